// Starts the reader module (wasm) in this module worker. Its first message
// says where the reader's JS and wasm are: a bundler may have renamed them,
// and only the loader's own `new URL('./…', import.meta.url)` lines know the
// new names. The reader answers `ready` once it listens.
self.addEventListener('message', async (event) => {
  const { js, wasm } = event.data;
  const reader = await import(js);
  await reader.default({ module_or_path: wasm });
}, { once: true });
