// Starts the widget (and offers it `woontopImage`, which loads js/image.js): once the page's first paint is on screen,
// fetches and compiles the wasm while importing the JS glue, then runs it. An external module
// (not Trunk's default inline script), so that the page works under a strict
// Content-Security-Policy. If WebAssembly cannot start, the static page stays whole, with its
// message, instead of a blank box.
const tag = document.querySelector('script[data-wasm]');
const url = (path) => new URL(path, document.baseURI).href;
// One build per language (scripts/finish.mjs): a link's `lang` picks it, read as the app reads
// it (src/core/link.rs: the first `lang`, trimmed, any case); Dutch otherwise, and wherever
// there is one build for both (`trunk serve`).
const english = new URLSearchParams(location.search).get('lang')?.trim().toLowerCase() === 'en'
  && tag.dataset.wasmEn;
const build = english ? { js: tag.dataset.jsEn, wasm: tag.dataset.wasmEn } : tag.dataset;

// A panic in the wasm ends in a trap (the release build's std aborts at once, without any
// message of its own), which reaches JS as a WebAssembly.RuntimeError from whatever called in:
// startup, an event handler or a scheduled render. The widget's state is then unusable, so it
// is replaced by a readable message in the page's language (the app keeps <html lang> current)
// rather than left half-drawn and frozen.
const crashed = (error) => {
  const root = document.getElementById('app');
  // Where WebAssembly is blocked the global itself is missing: a failed start, not a crash.
  const trap = typeof WebAssembly !== 'undefined' && error instanceof WebAssembly.RuntimeError;
  if (!trap || !root) return false;
  // The message in the page's language (the app keeps <html lang> current), written into the
  // page from the app's own texts (src/static_page.rs), Dutch where there is none.
  const lang = document.documentElement.lang;
  const messages = document.getElementById('wt-crash');
  const text = messages?.querySelector(`p[lang="${lang}"]`) ?? messages?.querySelector('p');
  const p = document.createElement('p');
  p.className = 'wt-error';
  p.lang = text?.lang ?? 'nl';
  p.setAttribute('role', 'alert');
  p.textContent = text?.textContent ?? 'Er ging iets mis in de rekenhulp. Laad de pagina opnieuw.';
  root.replaceChildren(p);
  root.removeAttribute('data-ready');
  return true;
};
addEventListener('error', (event) => crashed(event.error));
addEventListener('unhandledrejection', (event) => crashed(event.reason));

// Images of the drawings (features/share/image.rs makes the words and the name): js/image.js,
// imported the first time a visitor asks for one (from its own file, or in the single-file
// build from the boot script's data-image), so that its code is not loaded at start.
globalThis.woontopImage = (...args) => import(tag.dataset.image ?? url('image.js'))
  .then((image) => image.default(...args))
  .catch((error) => console.warn('Woontop widget: the image could not be made:', error));

const compileWasm = async () => {
  const response = await fetch(url(build.wasm));
  if (!response.ok) throw new Error(`${response.status} ${response.url}`);
  // Streaming compilation needs the right MIME type, which not every static host sends.
  return (response.headers.get('content-type') ?? '').startsWith('application/wasm')
    ? WebAssembly.compileStreaming(response)
    : WebAssembly.compile(await response.arrayBuffer());
};
// The app starts only once the whole page is parsed: it reads the static page (its texts, its
// width) and then replaces it, which must all be there by then.
const parsed = () => document.readyState !== 'loading'
  || new Promise((done) => addEventListener('DOMContentLoaded', done, { once: true }));

// Fetched once the first paint is on screen (its paint timing entry is reported then): on a
// slow network the 130 KB would otherwise share the line with the page and its stylesheet, and
// on a phone of two cores compiling the wasm slowed the drawing of that first frame by up to a
// second. Without paint timing, after the next frame; a page that does not paint (a hidden
// tab, a frame out of view) fetches after 2 s all the same.
await new Promise((painted) => {
  try {
    new PerformanceObserver(painted).observe({ type: 'paint', buffered: true });
  } catch {
    requestAnimationFrame(() => setTimeout(painted));
  }
  setTimeout(painted, 2000);
});
// Embedded where the host sizes the frame by the proposed standard (embed/embed.js), the frame
// takes the page's height as it is painted; the app tells it again once drawn.
try { if (parent !== window) window.requestResize?.(); } catch { /* not opted in: the message sizes it */ }
try {
  const [glue, module] = await Promise.all([import(url(build.js)), compileWasm()]);
  await parsed();
  await glue.default({ module_or_path: module });
  document.getElementById('app')?.setAttribute('data-started', '');
} catch (error) {
  console.error('Woontop widget could not start:', error);
  if (!crashed(error)) document.getElementById('app')?.classList.add('wt-failed');
}

