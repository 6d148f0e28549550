// The help center listens to results, as an integrator would (no dates, no
// free text reach it), and shows the last one under the article.
const log = document.createElement('p');
log.id = 'result-log';
document.querySelector('.hc-article').append(log);
document.addEventListener('refund-estimator:result', (event) => {
  const { verdict, ground, refund } = event.detail;
  log.textContent = `Last result from #${event.target.id}: ${verdict} (${ground ?? 'no ground'})`
    + (refund ? `, refund ${refund.currency} ${refund.amount}` : '');
});
window.addEventListener('message', (event) => {
  if (event.data?.type === 'refund-estimator:result') {
    log.textContent = `Last result from the iframe: ${event.data.detail.verdict}`;
  }
});
