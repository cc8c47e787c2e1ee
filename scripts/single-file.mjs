// Builds one self-contained HTML file from the release dist/: CSS, icon, JS glue and wasm (of
// both languages' builds) are inlined, so that the file opens from disk (file://) with no server and no network.
// Browsers refuse to fetch a file or import a module from file://, so the glue and the wasm
// travel as data: URLs in the boot script's own data attributes, and js/boot.js itself is
// inlined unchanged: the single file starts (and shows its messages) exactly like dist/.
// Works on Trunk's minified HTML (attributes in any order, quoted or not).
//
// The page's meta Content-Security-Policy is rewritten for what the file inlines: the head
// script (which marks the page from the link before the first paint), the boot script and
// the style sheet by their SHA-256 hashes, the icon, the glue module and the wasm
// as data: URLs. The glue needs `data:` in script-src: boot.js imports it with import(), and
// neither a hash (it matches inline scripts, and external ones only through integrity metadata,
// which import() cannot carry) nor 'strict-dynamic' (an import inherits the parser-inserted
// boot script's metadata, which 'strict-dynamic' refuses) admits it; 'data:' is the tightest
// source that does. Everything else is 'none'.
// Usage: node scripts/single-file.mjs [dist] [out.html]
import { createHash } from 'node:crypto';
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
// An inline script's or style's text as the browser hashes it: the HTML parser turns CR LF and
// CR into LF, so the text is inlined that way too.
const inlineText = (bytes) => bytes.toString('utf8').replace(/\r\n?/g, '\n');
const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

// The page's own inline head script, as shipped.
const head = html.match(/<script>([^<]*)<\/script>/);
if (!head) throw new Error(`single-file: no inline head script in ${dist}/index.html`);
const boot = findTag('script', (a) => a['data-js'] && a['data-wasm'], 'boot script');
const bootJs = inlineText(file('boot.js'));
if (/<\/script|<!--/i.test(bootJs)) throw new Error('single-file: boot.js contains </script or <!--');
const start = html.indexOf(boot.tag);
const end = html.indexOf('</script>', start) + '</script>'.length;
html = html.slice(0, start)
  + `<script type="module" async data-js="${dataUrl('text/javascript', file(boot.attrs['data-js']))}"`
  + ` data-wasm="${dataUrl('application/wasm', file(boot.attrs['data-wasm']))}"`
  + (boot.attrs['data-wasm-en'] ? ` data-js-en="${dataUrl('text/javascript', file(boot.attrs['data-js-en']))}"`
    + ` data-wasm-en="${dataUrl('application/wasm', file(boot.attrs['data-wasm-en']))}"` : '')
  + ` data-image="${dataUrl('text/javascript', file('image.js'))}">${bootJs}</script>`
  + html.slice(end);

const css = findTag('link', (a) => a.rel === 'stylesheet', 'stylesheet');
const cssText = inlineText(file(css.attrs.href));
if (/<\/style/i.test(cssText)) throw new Error('single-file: the style sheet contains </style');
html = html.replace(css.tag, () => `<style>${cssText}</style>`);
const icon = findTag('link', (a) => a.rel === 'icon', 'icon');
html = html.replace(icon.tag, () => `<link rel="icon" href="${dataUrl('image/svg+xml', file(icon.attrs.href))}">`);
html = html.replace(/<link\b[^>]*\brel=["']?(modulepreload|preload)\b[^>]*>/gi, '');

// connect-src: boot.js fetches the wasm from its data: URL. No base, form, frame or object.
const policy = [
  "default-src 'none'",
  `script-src ${sha256(head[1])} ${sha256(bootJs)} data: 'wasm-unsafe-eval'`,
  `style-src ${sha256(cssText)}`,
  // blob: for the PNG download, drawn from its SVG (js/boot.js).
  'img-src data: blob:',
  'connect-src data:',
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
const csp = findTag('meta', (a) => a['http-equiv']?.toLowerCase() === 'content-security-policy', 'CSP meta element');
html = html.replace(csp.tag, () => `<meta http-equiv="Content-Security-Policy" content="${policy}">`);

// The file has nothing beside it: the page hides the links to the dataset files and to the
// accessibility statement, which live beside the widget on its site, and says so.
html = html.replace(/<html\b/i, '<html data-single');

mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, html);
console.log(`single-file: ${out} (${(html.length / 1024).toFixed(1)} KB)`);
