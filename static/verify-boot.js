// Starts the Verify page with the engine module (the `engine` binary).
import init, { startVerify } from './engine.js';

await init({ module_or_path: new URL('./engine_bg.wasm', import.meta.url) });
startVerify();
