// Builds one self-contained HTML file from the release dist/: CSS, icon, JS glue and wasm are
// inlined, so that the file opens from disk (file://) with no server and no network.
// Browsers refuse to fetch a .wasm file or import a module from file://, hence the inlining:
// the wasm travels as base64 and is handed to the glue's init as bytes.
// Usage: node scripts/single-file.mjs [dist] [out.html]
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

const [dist = 'dist', out = 'dist-single/woontop.html'] = process.argv.slice(2);
let html = readFileSync(join(dist, 'index.html'), 'utf8');
const attr = (re, what) => {
  const m = html.match(re);
  if (!m) throw new Error(`single-file: no ${what} in ${dist}/index.html`);
  return m;
};
const file = (href) => readFileSync(join(dist, href.replace(/^\.\//, '')));

const script = attr(/<script type="module" src="[^"]*boot\.js" data-js="([^"]+)" data-wasm="([^"]+)"><\/script>/, 'boot script');
let glue = file(script[1]).toString('utf8');
const wasm = file(script[2]).toString('base64');
// The glue is an ES module; inline it as a module script without its export line. Its
// `import.meta.url` default is never evaluated, since init receives the bytes.
glue = glue.replace(/^export \{[^}]*\};?\s*$/m, '');
if (/<\/script|<!--/i.test(glue)) throw new Error('single-file: the glue contains </script or <!--');
const boot = `
try {
  const bytes = Uint8Array.from(atob(${JSON.stringify(wasm)}), (c) => c.charCodeAt(0));
  await __wbg_init({ module_or_path: bytes });
} catch (error) {
  console.error('Woontop widget could not start:', error);
  document.getElementById('app')?.classList.add('wt-failed');
}`;
html = html.replace(script[0], () => `<script type="module">${glue}\n${boot}</script>`);

const css = attr(/<link rel="stylesheet" href="([^"]+)"[^>]*>/, 'stylesheet');
html = html.replace(css[0], () => `<style>${file(css[1]).toString('utf8')}</style>`);
const icon = attr(/<link rel="icon" href="([^"]+)"[^>]*>/, 'icon');
html = html.replace(icon[0], () => `<link rel="icon" href="data:image/svg+xml;base64,${file(icon[1]).toString('base64')}">`);
html = html.replace(/<link rel="(modulepreload|preload)"[^>]*>/g, '');

mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, html);
console.log(`single-file: ${out} (${(html.length / 1024).toFixed(1)} KB)`);
