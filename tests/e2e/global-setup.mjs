// Starts the test site once for every test: the repository root (dist/, examples/) under a
// sub-path, with a strict Content-Security-Policy header that adds nothing to the page's own
// meta policy (the head script's hash is read from the built page). The tests find it by
// WOONTOP_SITE.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { serve } from './server.mjs';

/** The header policy the tests serve the widget with: the page's own, without what a header
 * need not repeat. */
export function headerPolicy(dist = resolve('dist')) {
  const html = readFileSync(resolve(dist, 'index.html'), 'utf8');
  const hash = html.match(/'sha256-[A-Za-z0-9+/=]+'/)?.[0];
  if (!hash) throw new Error('dist/index.html has no script hash in its policy');
  return `default-src 'self'; script-src 'self' ${hash} 'wasm-unsafe-eval'; style-src 'self'; frame-src 'self'; img-src 'self' blob:`;
}

export default async function globalSetup() {
  const site = await serve(resolve('.'), { prefix: '/some/sub/path/', headers: { 'content-security-policy': headerPolicy() } });
  process.env.WOONTOP_SITE = site.url;
  return () => site.close();
}
