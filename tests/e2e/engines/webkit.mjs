// WebKitGTK from Debian: WebKitWebDriver (package webkit2gtk-driver) launches WebKitGTK's
// MiniBrowser with --automation on an Xvfb display that this module starts and stops itself,
// and is driven with classic WebDriver over HTTP by the small client below (Node's fetch; no
// dependency). One session for all scenarios (a session takes seconds to start); `newPage()`
// navigates it to about:blank. Classic WebDriver cannot run a script before the page's own,
// so page errors are collected from the moment a page has loaded (a crash during start-up
// still shows: the widget then never becomes ready or shows its alert), and CSP violations
// are caught by the test server's report-uri endpoint.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { debianVersion, poll, withQueries } from './common.mjs';

const DRIVER_BIN = process.env.WEBKIT_DRIVER_BIN || 'WebKitWebDriver';
const VIEWPORT = { width: 1280, height: 900 };
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
// WebDriver's code points for the keys the scenarios press.
const KEYS = {
  Control: '\uE009', Shift: '\uE008', Alt: '\uE00A', Meta: '\uE03D', Backspace: '\uE003',
  Tab: '\uE004', Enter: '\uE007', Escape: '\uE00C', Space: '\uE00D', PageUp: '\uE00E',
  PageDown: '\uE00F', End: '\uE010', Home: '\uE011', ArrowLeft: '\uE012', ArrowUp: '\uE013',
  ArrowRight: '\uE014', ArrowDown: '\uE015', Delete: '\uE017',
};
const key = (name) => KEYS[name] ?? (name.length === 1 ? name : (() => { throw new Error(`unknown key ${name}`); })());

/** WebKitGTK's MiniBrowser (not on PATH: it lives in the library's own folder). */
export function findMiniBrowser() {
  if (process.env.WEBKIT_MINIBROWSER) return process.env.WEBKIT_MINIBROWSER;
  for (const lib of ['/usr/lib', ...readdirSync('/usr/lib').filter((d) => d.endsWith('-linux-gnu')).map((d) => join('/usr/lib', d))]) {
    for (const dir of ['webkitgtk-6.0', 'webkit2gtk-4.1', 'webkit2gtk-4.0']) {
      const bin = join(lib, dir, 'MiniBrowser');
      if (existsSync(bin)) return bin;
    }
  }
  throw new Error('WebKitGTK MiniBrowser not found (apt-get install webkit2gtk-driver; or set WEBKIT_MINIBROWSER)');
}

const freePort = () => new Promise((ok, fail) => {
  const s = createServer().once('error', fail).listen(0, '127.0.0.1', () => {
    const { port } = s.address();
    s.close(() => ok(port));
  });
});

// A child in its own process group, so that it ends with everything it started. `stop()`
// waits until it has exited (SIGKILL after 5 s), so that no process outlives the tests.
function start(bin, args, env) {
  const child = spawn(bin, args, { env, detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr = (stderr + d).slice(-4000); });
  const running = () => child.exitCode === null && child.signalCode === null;
  const signal = (name) => { try { process.kill(-child.pid, name); } catch { /* already gone */ } };
  const atExit = () => { if (running()) signal('SIGKILL'); };
  process.once('exit', atExit);
  const exited = new Promise((ok) => child.once('exit', ok));
  const stop = async () => {
    process.removeListener('exit', atExit);
    if (!running()) return;
    const kill = setTimeout(() => signal('SIGKILL'), 5000);
    signal('SIGTERM');
    await exited;
    clearTimeout(kill);
  };
  return { child, stop, stderr: () => stderr };
}

async function startXvfb() {
  for (let n = 90; n < 140; n++) {
    if (existsSync(`/tmp/.X11-unix/X${n}`) || existsSync(`/tmp/.X${n}-lock`)) continue;
    const x = start('Xvfb', [`:${n}`, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], process.env);
    try {
      await poll(() => existsSync(`/tmp/.X11-unix/X${n}`) || x.child.exitCode !== null, { timeoutMs: 10000, what: `Xvfb :${n}` });
    } catch (e) {
      await x.stop();
      throw e;
    }
    if (x.child.exitCode === null) return { ...x, display: `:${n}` };
    await x.stop(); // lost a race for this display number: try the next
  }
  throw new Error('no free X display for Xvfb');
}

export async function launch() {
  const minibrowser = findMiniBrowser();
  const xvfb = await startXvfb();
  const port = await freePort();
  const driver = start(DRIVER_BIN, [`--port=${port}`], { ...process.env, DISPLAY: xvfb.display });
  const base = `http://127.0.0.1:${port}`;
  const stopAll = async () => { await driver.stop(); await xvfb.stop(); };

  async function wd(method, path, body) {
    let res;
    try {
      res = await fetch(base + path, {
        method, signal: AbortSignal.timeout(60000),
        headers: body ? { 'content-type': 'application/json; charset=utf-8' } : {},
        body: body ? JSON.stringify(body) : undefined,
      });
    } catch (e) {
      throw new Error(`WebDriver ${method} ${path}: ${e.message}${driver.child.exitCode !== null ? `; WebKitWebDriver exited: ${driver.stderr()}` : ''}`);
    }
    const json = await res.json().catch(() => ({ value: { error: `HTTP ${res.status}`, message: '' } }));
    if (!res.ok || json.value?.error) throw new Error(`WebDriver ${method} ${path}: ${json.value?.error}: ${json.value?.message}`);
    return json.value;
  }

  let session;
  try {
    await poll(async () => (await wd('GET', '/status')).ready, { timeoutMs: 15000, what: 'WebKitWebDriver' });
    session = await wd('POST', '/session', {
      capabilities: {
        alwaysMatch: {
          'webkitgtk:browserOptions': { binary: minibrowser, args: ['--automation'] },
          pageLoadStrategy: 'normal',
          timeouts: { pageLoad: 30000, script: 30000, implicit: 0 },
        },
      },
    });
  } catch (e) {
    await stopAll();
    throw e;
  }
  const s = (path) => `/session/${session.sessionId}${path}`;
  const caps = session.capabilities ?? {};
  const find = async (selector) => (await wd('POST', s('/element'), { using: 'css selector', value: selector }))[ELEMENT];
  // An element found a moment before the app draws its part again is stale: WebDriver's answer
  // is to find it again (a few times, then the error stands).
  const fresh = async (action) => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await action();
      } catch (e) {
        if (attempt >= 3 || !/stale element/i.test(String(e))) throw e;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  };
  const keys = (names) => wd('POST', s('/actions'), {
    actions: [{
      type: 'key', id: 'keyboard',
      actions: [...names.map((k) => ({ type: 'keyDown', value: key(k) })), ...names.reverse().map((k) => ({ type: 'keyUp', value: key(k) }))],
    }],
  });

  let harvested = [];
  let size = null;
  const engine = {
    name: 'webkit',
    version: `${caps.browserName ?? 'MiniBrowser'} ${caps.browserVersion ?? '?'} (Debian libwebkit2gtk-4.1-0 ${debianVersion('libwebkit2gtk-4.1-0') || '?'}, webkit2gtk-driver ${debianVersion('webkit2gtk-driver') || '?'}), classic WebDriver, Xvfb ${xvfb.display}`,
    async newPage() {
      await engine.open('about:blank');
      harvested = [];
      if (size) await engine.setViewport(VIEWPORT.width, VIEWPORT.height);
      size = null;
    },
    async open(url) {
      // Keep what the page being left has seen.
      harvested.push(...await engine.evaluate(() => window.__wtErrors ?? []).catch(() => []));
      await wd('POST', s('/url'), { url });
      if (url !== 'about:blank') await engine.evaluate(installErrorCollector);
    },
    /** Runs `fn(...args)` in the page (an async function is awaited); returns its JSON value. */
    async evaluate(fn, ...args) {
      const script = `const done = arguments[arguments.length - 1];
        const args = Array.prototype.slice.call(arguments, 0, -1);
        Promise.resolve().then(() => (${String(fn)}).apply(null, args))
          .then((v) => done({ ok: v === undefined ? null : v }), (e) => done({ error: String((e && e.stack) || e) }));`;
      const r = await wd('POST', s('/execute/async'), { script, args });
      if (r && 'error' in r) throw new Error(`in the page: ${r.error}`);
      return r?.ok;
    },
    async click(selector) {
      await fresh(async () => wd('POST', s(`/element/${await find(selector)}/click`), {}));
    },
    /** Types like a person (Element Clear would fire only `change`): click, select all, delete, type. */
    async type(selector, text) {
      const id = await fresh(async () => {
        const found = await find(selector);
        await wd('POST', s(`/element/${found}/click`), {});
        return found;
      });
      await keys(['Control', 'a']);
      await keys(['Backspace']);
      await wd('POST', s(`/element/${id}/value`), { text });
    },
    /** One key or a "Control+a" chord, sent to the focused element. */
    press: (chord) => keys(chord.split('+')),
    /** Chooses an option by clicking it, as WebDriver selects one. */
    async select(selector, value) {
      const has = await engine.evaluate((sel, v) => Array.from(document.querySelectorAll(`${sel} option`)).some((o) => o.value === v), selector, value);
      if (!has) throw new Error(`${selector} has no option ${value}`);
      const options = await wd('POST', s('/elements'), { using: 'css selector', value: `${selector} option` });
      for (const o of options) {
        if (await wd('GET', s(`/element/${o[ELEMENT]}/property/value`)) === value) {
          await wd('POST', s(`/element/${o[ELEMENT]}/click`), {});
          return;
        }
      }
    },
    /** Sets the window so that its viewport (innerWidth × innerHeight) has this size. */
    async setViewport(width, height) {
      let w = width;
      let h = height;
      for (let i = 0; i < 3; i++) {
        await wd('POST', s('/window/rect'), { width: w, height: h });
        const [iw, ih] = await engine.evaluate(() => [innerWidth, innerHeight]);
        if (iw === width && ih === height) break;
        w += width - iw;
        h += height - ih;
      }
      size = { width, height };
    },
    url: () => wd('GET', s('/url')),
    back: () => wd('POST', s('/back'), {}),
    forward: () => wd('POST', s('/forward'), {}),
    errors: async () => [...harvested, ...await engine.evaluate(() => window.__wtErrors ?? []).catch(() => [])],
    async close() {
      try { await wd('DELETE', s('')); } finally { await stopAll(); }
    },
  };
  try {
    await engine.setViewport(VIEWPORT.width, VIEWPORT.height);
  } catch (e) {
    await engine.close().catch(() => {});
    throw e;
  }
  size = null;
  return withQueries(engine);
}

// Installed in each loaded page: uncaught errors, rejections and console.error calls.
function installErrorCollector() {
  if (window.__wtErrors) return;
  const list = [];
  window.__wtErrors = list;
  addEventListener('error', (e) => list.push(String(e.message ?? e)));
  addEventListener('unhandledrejection', (e) => list.push(`unhandled rejection: ${e.reason}`));
  const original = console.error;
  console.error = (...a) => {
    list.push(a.map(String).join(' '));
    original.apply(console, a);
  };
}

