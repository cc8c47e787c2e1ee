// What the three engine adapters share: condition-based waiting (poll until true or a
// timeout, never a fixed sleep) and the queries built on `evaluate`, so that each adapter
// only maps a few primitives onto its own driver. See ../cross.mjs for the interface.
import { execFileSync } from 'node:child_process';

/** Calls `probe` until it returns a truthy value (returned), or throws after `timeoutMs`. */
export async function poll(probe, { timeoutMs = 10000, intervalMs = 50, what = 'condition' } = {}) {
  const end = Date.now() + timeoutMs;
  let last;
  for (;;) {
    try {
      last = await probe();
      if (last) return last;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) {
      const detail = last instanceof Error ? last.message : JSON.stringify(last);
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what} (last: ${detail})`);
    }
    await new Promise((ok) => setTimeout(ok, intervalMs));
  }
}

/** The Debian package version of `pkg`, or '' where dpkg does not know it. */
export function debianVersion(pkg) {
  try {
    return execFileSync('dpkg-query', ['-W', '-f=${Version}', pkg], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return '';
  }
}

/** Adds the queries every adapter offers on top of its own `evaluate(fn, ...args)`. */
export function withQueries(engine) {
  const one = (selector) => `no element matches ${selector}`;
  return Object.assign(engine, {
    /** Waits until `selector` matches an element. */
    waitFor: (selector, timeoutMs = 15000) => poll(
      () => engine.evaluate((s) => document.querySelector(s) !== null, selector),
      { timeoutMs, what: selector }),
    /** Waits until `fn(...args)`, evaluated in the page, returns something truthy. */
    until: (fn, timeoutMs = 10000, ...args) => poll(
      () => engine.evaluate(fn, ...args), { timeoutMs, what: String(fn).slice(0, 200) }),
    /** The textContent of every element that matches. */
    texts: (selector) => engine.evaluate((s) => Array.from(document.querySelectorAll(s), (e) => e.textContent), selector),
    count: (selector) => engine.evaluate((s) => document.querySelectorAll(s).length, selector),
    attr: async (selector, name) => {
      const r = await engine.evaluate((s, n) => {
        const e = document.querySelector(s);
        return e ? [e.getAttribute(n)] : null;
      }, selector, name);
      if (!r) throw new Error(one(selector));
      return r[0];
    },
    /** The live value of a form field (not its value attribute). */
    value: async (selector) => {
      const r = await engine.evaluate((s) => {
        const e = document.querySelector(s);
        return e ? [e.value] : null;
      }, selector);
      if (!r) throw new Error(one(selector));
      return r[0];
    },
    focus: async (selector) => {
      const ok = await engine.evaluate((s) => {
        const e = document.querySelector(s);
        e?.focus();
        return e !== null && document.activeElement === e;
      }, selector);
      if (!ok) throw new Error(`could not focus ${selector}`);
    },
  });
}
