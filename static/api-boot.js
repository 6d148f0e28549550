// The JS API (window.refundEstimator) on our own page: the boot script
// imports this file once the estimator has rendered and the page is idle;
// it loads the engine module, beside the estimator's files.
try {
  const engine = await import('./engine.js');
  await engine.default({ module_or_path: new URL('./engine_bg.wasm', import.meta.url) });
  engine.installApi();
} catch (error) {
  console.error('refund estimator: the JS API could not load', error);
}
