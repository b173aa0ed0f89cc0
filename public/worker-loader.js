// Starts the scheduler's Web Worker (src/worker.rs): the wasm-bindgen glue,
// then the worker's wasm, whose `main` installs the message handler.
importScripts('/rondas-worker.js');
wasm_bindgen({ module_or_path: '/rondas-worker_bg.wasm' });
