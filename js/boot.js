// Starts the widget: compiles the wasm while importing the JS glue, then runs it. An external
// module (not Trunk's default inline script), so that the page works under a strict
// Content-Security-Policy: script-src 'self' 'wasm-unsafe-eval'. If WebAssembly cannot start,
// the page's own Dutch message is shown at once instead of a blank box.
const tag = document.querySelector('script[data-wasm]');
const url = (path) => new URL(path, document.baseURI).href;

// A panic in the wasm ends in a trap (the release build's std aborts at once, without any
// message of its own), which reaches JS as a WebAssembly.RuntimeError from whatever called in:
// startup, an event handler or a scheduled render. The widget's state is then unusable, so it
// is replaced by a readable message in the page's language (the app keeps <html lang> current)
// rather than left half-drawn and frozen.
const crashText = {
  nl: 'Er ging iets mis in de rekenhulp. Laad de pagina opnieuw; blijft het misgaan, dan staan de cijfers in het boekje Woontopafspraken 2024-2030.',
  en: 'Something went wrong in the calculator. Please reload the page; if it keeps failing, the figures are in the booklet Woontopafspraken 2024-2030.',
};
const crashed = (error) => {
  const root = document.getElementById('app');
  // Where WebAssembly is blocked the global itself is missing: a failed start, not a crash.
  const trap = typeof WebAssembly !== 'undefined' && error instanceof WebAssembly.RuntimeError;
  if (!trap || !root) return false;
  const lang = document.documentElement.lang === 'en' ? 'en' : 'nl';
  const p = document.createElement('p');
  p.className = 'wt-error';
  p.lang = lang;
  p.setAttribute('role', 'alert');
  p.textContent = crashText[lang];
  root.replaceChildren(p);
  root.removeAttribute('data-ready');
  return true;
};
addEventListener('error', (event) => crashed(event.error));
addEventListener('unhandledrejection', (event) => crashed(event.reason));

// The wasm is compiled while the page is still being parsed (this script is `async`, so it
// runs as soon as it has loaded), but the app starts only once the whole page is parsed: it
// mounts into #app and then removes the static content, which must all be there by then.
const compileWasm = async () => {
  const response = await fetch(url(tag.dataset.wasm));
  if (!response.ok) throw new Error(`${response.status} ${response.url}`);
  // Streaming compilation needs the right MIME type, which not every static host sends.
  return (response.headers.get('content-type') ?? '').startsWith('application/wasm')
    ? WebAssembly.compileStreaming(response)
    : WebAssembly.compile(await response.arrayBuffer());
};
const parsed = () => document.readyState !== 'loading'
  || new Promise((done) => addEventListener('DOMContentLoaded', done, { once: true }));

try {
  const [glue, module] = await Promise.all([import(url(tag.dataset.js)), compileWasm()]);
  await parsed();
  await glue.default({ module_or_path: module });
} catch (error) {
  console.error('Woontop widget could not start:', error);
  if (!crashed(error)) document.getElementById('app')?.classList.add('wt-failed');
}
