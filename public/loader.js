// Starts the app: the wasm-bindgen glue, then the app's wasm, whose `main`
// mounts it. A file of its own rather than the inline script Trunk writes by
// default (Trunk.toml: pattern_script), so that the Content-Security-Policy of
// index.html can refuse every inline script.
import init from '/rondas.js';

await init({ module_or_path: '/rondas_bg.wasm' });
