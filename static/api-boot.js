// Appended to our own page's boot script by the build: once the estimator
// has rendered and the page is idle, the JS API (window.refundEstimator)
// comes from the engine module, beside the estimator's files.
const loadApi = async () => {
  const engine = await import('./engine.js');
  await engine.default({ module_or_path: new URL('./engine_bg.wasm', import.meta.url) });
  engine.installApi();
};
(self.requestIdleCallback ?? setTimeout)(() => {
  loadApi().catch((error) => console.error('refund estimator: the JS API could not load', error));
});
