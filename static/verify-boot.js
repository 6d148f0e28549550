// Starts the Verify page's own wasm module (the `verify` binary).
import init from './verify.js';

await init({ module_or_path: new URL('./verify_bg.wasm', import.meta.url) });
