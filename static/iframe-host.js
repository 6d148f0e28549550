// For pages that embed embed.html in an iframe: sizes each
// <iframe data-refund-estimator> to its content. Include once per page.
window.addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'refund-estimator:height' || typeof data.height !== 'number') return;
  for (const frame of document.querySelectorAll('iframe[data-refund-estimator]')) {
    if (frame.contentWindow === event.source) frame.style.height = `${data.height}px`;
  }
});
