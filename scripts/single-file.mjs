// Builds one self-contained HTML file from the release dist/: CSS, icon, JS glue and wasm are
// inlined, so that the file opens from disk (file://) with no server and no network.
// Browsers refuse to fetch a file or import a module from file://, so the glue and the wasm
// travel as data: URLs in the boot script's own data attributes, and js/boot.js itself is
// inlined unchanged: the single file starts (and shows its messages) exactly like dist/.
// Works on Trunk's minified HTML (attributes in any order, quoted or not).
// Usage: node scripts/single-file.mjs [dist] [out.html]
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

const [dist = 'dist', out = 'dist-single/woontop.html'] = process.argv.slice(2);
let html = readFileSync(join(dist, 'index.html'), 'utf8');

// The first tag `<name ...>` whose attributes pass `test`, with its attributes.
const findTag = (name, test, what) => {
  for (const m of html.matchAll(new RegExp(`<${name}\\b[^>]*>`, 'gi'))) {
    const attrs = {};
    for (const a of m[0].slice(name.length + 1, -1).matchAll(/([\w-]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g)) {
      attrs[a[1].toLowerCase()] = (a[2] ?? '').replace(/^["']|["']$/g, '').replace(/&amp;/g, '&');
    }
    if (test(attrs)) return { tag: m[0], attrs };
  }
  throw new Error(`single-file: no ${what} in ${dist}/index.html`);
};
const file = (href) => readFileSync(join(dist, href.replace(/^\.\//, '')));
const dataUrl = (type, bytes) => `data:${type};base64,${bytes.toString('base64')}`;

const boot = findTag('script', (a) => a['data-js'] && a['data-wasm'], 'boot script');
const bootJs = file('boot.js').toString('utf8');
if (/<\/script|<!--/i.test(bootJs)) throw new Error('single-file: boot.js contains </script or <!--');
const start = html.indexOf(boot.tag);
const end = html.indexOf('</script>', start) + '</script>'.length;
html = html.slice(0, start)
  + `<script type="module" async data-js="${dataUrl('text/javascript', file(boot.attrs['data-js']))}"`
  + ` data-wasm="${dataUrl('application/wasm', file(boot.attrs['data-wasm']))}">${bootJs}</script>`
  + html.slice(end);

const css = findTag('link', (a) => a.rel === 'stylesheet', 'stylesheet');
html = html.replace(css.tag, () => `<style>${file(css.attrs.href).toString('utf8')}</style>`);
const icon = findTag('link', (a) => a.rel === 'icon', 'icon');
html = html.replace(icon.tag, () => `<link rel="icon" href="${dataUrl('image/svg+xml', file(icon.attrs.href))}">`);
html = html.replace(/<link\b[^>]*\brel=["']?(modulepreload|preload)\b[^>]*>/gi, '');

mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, html);
console.log(`single-file: ${out} (${(html.length / 1024).toFixed(1)} KB)`);
