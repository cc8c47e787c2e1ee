// A minimal static file server for the end-to-end tests and the benchmark: serves a folder
// under a chosen sub-path on 127.0.0.1, with the right MIME types (wasm needs
// application/wasm for streaming compilation). Test-only; nothing here is shipped.
// With `cspReports`, the Content-Security-Policy header gets `; report-uri <this server>` and
// the reports browsers POST there (application/csp-report or application/reports+json) are
// collected in `reports`: the way to see violations where a driver cannot listen in the page
// (classic WebDriver cannot add a script before the page's own).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { brotliCompressSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm', '.json': 'application/json', '.svg': 'image/svg+xml',
  '.csv': 'text/csv; charset=utf-8', '.txt': 'text/plain; charset=utf-8',
};

const REPORT_PATH = '/__csp-report';

// One report body as a list of { directive, blocked, document }.
function parseReports(type, text) {
  const json = JSON.parse(text);
  if (type.startsWith('application/reports+json')) {
    return json.filter((r) => r.type === 'csp-violation').map(({ body: b }) => (
      { directive: b.effectiveDirective ?? b.violatedDirective, blocked: b.blockedURL, document: b.documentURL }));
  }
  const r = json['csp-report'] ?? json;
  return [{ directive: r['effective-directive'] ?? r['violated-directive'], blocked: r['blocked-uri'], document: r['document-uri'] }];
}

/** Serves `root` under `prefix` (e.g. "/sub/path/"); resolves to { url, close, reports }. With
 * `brotli`, text, JS and wasm go brotli-compressed to a client that accepts it, as a real
 * static host would serve them (the benchmark's Lighthouse run). */
export async function serve(root, { prefix = '/', headers = {}, brotli = false, cspReports = false } = {}) {
  const compressed = new Map();
  const reports = [];
  let reportUri = '';
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      if (cspReports && path === REPORT_PATH && req.method === 'POST') {
        const chunks = [];
        for await (const c of req) chunks.push(c);
        const type = req.headers['content-type'] ?? '';
        try { reports.push(...parseReports(type, Buffer.concat(chunks).toString('utf8'))); }
        catch { reports.push({ directive: '?', blocked: `unparsed ${type} report`, document: '' }); }
        res.writeHead(204).end();
        return;
      }
      if (!path.startsWith(prefix)) { res.writeHead(404).end('not found'); return; }
      let file = normalize(join(root, path.slice(prefix.length)));
      if (!file.startsWith(normalize(root + sep)) && file !== normalize(root)) {
        res.writeHead(403).end(); return;
      }
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      let body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const extra = {};
      if (brotli && /\bbr\b/.test(req.headers['accept-encoding'] ?? '') && /text|javascript|wasm|json|svg/.test(type)) {
        if (!compressed.has(file)) compressed.set(file, brotliCompressSync(body));
        body = compressed.get(file);
        extra['content-encoding'] = 'br';
      }
      const csp = Object.keys(headers).find((k) => k.toLowerCase() === 'content-security-policy');
      if (cspReports && csp) extra[csp] = `${headers[csp]}; report-uri ${reportUri}`;
      res.writeHead(200, { 'content-type': type, ...headers, ...extra });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  reportUri = `http://127.0.0.1:${port}${REPORT_PATH}`;
  return {
    url: `http://127.0.0.1:${port}${prefix}`, reports,
    close: () => new Promise((ok) => { server.close(ok); server.closeAllConnections(); }),
  };
}
