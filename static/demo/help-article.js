// The help center listens to results, as an integrator would: one DOM
// event, `refund-estimator:result`, from the <refund-estimator> elements
// and (through iframe-host.js, which checks every message) from the
// iframe. No dates and no free text reach it; it never reads raw messages.
const log = document.createElement('p');
log.id = 'result-log';
document.querySelector('.hc-article').append(log);
document.addEventListener('refund-estimator:result', (event) => {
  const { verdict, ground, refund } = event.detail;
  log.textContent = `Last result from #${event.target.id}: ${verdict} (${ground ?? 'no ground'})`
    + (refund ? `, refund ${refund.currency} ${refund.amount}` : '');
});
