// Starts the widget: fetches the wasm while importing the JS glue, then runs it. An external
// module (not Trunk's default inline script), so that the page works under a strict
// Content-Security-Policy: script-src 'self' 'wasm-unsafe-eval'. If WebAssembly cannot start,
// the page's own Dutch message is shown at once instead of a blank box.
const tag = document.querySelector('script[data-wasm]');
const url = (path) => new URL(path, document.baseURI).href;
try {
  const wasm = fetch(url(tag.dataset.wasm));
  const glue = await import(url(tag.dataset.js));
  await glue.default({ module_or_path: wasm });
} catch (error) {
  console.error('Woontop widget could not start:', error);
  document.getElementById('app')?.classList.add('wt-failed');
}
