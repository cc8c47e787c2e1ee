// Tests of the host-page resize script embed/embed.js without a browser: the script runs in a
// node:vm context with a small fake window and document, and messages are delivered to its
// listener as a browser would deliver them. Usage: node --test tests/embed.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import vm from 'node:vm';

const SCRIPT = readFileSync(new URL('../embed/embed.js', import.meta.url), 'utf8');
const WIDGET = 'https://widget.example/woontop/index.html?v=1&g=amw&embed=1';

// A fake iframe[data-woontop]: its own window object, its src, its attributes and style (the
// CSSOM's setProperty included), and its event listeners.
function iframe(src) {
  const attributes = {};
  const listeners = {};
  const style = {};
  Object.defineProperty(style, 'setProperty', { value(name, value) { style[name] = value; }, enumerable: false });
  return {
    contentWindow: {},
    src,
    style,
    attributes,
    listeners,
    setAttribute(name, value) { attributes[name] = value; },
    addEventListener(type, fn) { (listeners[type] ??= []).push(fn); },
    // The frame's rendered height: its CSS height where set, else its attribute's.
    rendered: 150,
    getBoundingClientRect() { return { height: this.rendered }; },
  };
}

// Loads embed.js into a fresh context with these frames on the page; returns the frames, a
// function that delivers a message event, and the listeners registered.
function host(sources, { readyState = 'complete', standard = false } = {}) {
  const frames = sources.map(iframe);
  const listeners = { window: {}, document: {} };
  const on = (target) => (type, fn) => { (listeners[target][type] ??= []).push(fn); };
  const document = {
    readyState,
    baseURI: 'https://host.example/news/article.html',
    querySelectorAll(selector) {
      assert.equal(selector, 'iframe[data-woontop]');
      return frames;
    },
    addEventListener: on('document'),
  };
  const window = { addEventListener: on('window') };
  // The proposed standard for embedded sizing, where the browser has it.
  const CSS = { supports: (property, value) => standard && property === 'frame-sizing' && value === 'content-height' };
  vm.runInContext(SCRIPT, vm.createContext({ window, document, URL, CSS }));
  const post = (data, { from = frames[0], origin = new URL(from.src).origin } = {}) => {
    for (const fn of listeners.window.message ?? []) fn({ data, source: from.contentWindow, origin });
  };
  return { frames, post, listeners };
}

const height = (data) => ({ type: 'woontop:height', height: data });

test('a height from the frame, at its origin, sets that frame, rounded up and kept in bounds', () => {
  const { frames: [frame], post } = host([WIDGET]);
  post(height(612.2));
  assert.equal(frame.attributes.height, '613');
  post(height(0));
  assert.equal(frame.attributes.height, '100');
  post(height(1e9));
  assert.equal(frame.attributes.height, '20000');
});

test('a height that is not a finite, non-negative number is ignored', () => {
  const { frames: [frame], post } = host([WIDGET]);
  post(height(500));
  for (const bad of [NaN, Infinity, -Infinity, -5, -0.5, '300', null, undefined, {}, [300]]) {
    post(height(bad));
    assert.equal(frame.attributes.height, '500', `height ${String(bad)}`);
  }
  post({ type: 'other', height: 300 });
  post(null);
  post('woontop:height');
  assert.equal(frame.attributes.height, '500');
});

test('a message from another window, or for another frame, sets nothing else', () => {
  const { frames: [a, b], post } = host([WIDGET, WIDGET.replace('g=amw', 'g=amz')]);
  post(height(300), { from: iframe(WIDGET) });
  assert.deepEqual([a.attributes, b.attributes], [{}, {}], 'a window that is not one of the frames');
  post(height(300), { from: b });
  assert.deepEqual([a.attributes, b.attributes], [{}, { height: '300' }], 'only the frame that sent it');
});

test('a message from another origin than the frame\'s is ignored', () => {
  const { frames: [frame], post } = host([WIDGET]);
  post(height(300), { origin: 'https://evil.example' });
  post(height(300), { origin: 'http://widget.example' });
  post(height(300), { origin: 'https://host.example' });
  assert.deepEqual(frame.attributes, {});
});

test('the origin "null" counts only for a frame loaded from file:', () => {
  // A sandboxed or navigated http(s) frame, and data: and about: frames (whose URL origin is
  // "null" too), are not the widget.
  for (const src of [WIDGET, 'data:text/html,<p>hi</p>', 'about:blank']) {
    const { frames: [frame], post } = host([src]);
    post(height(300), { origin: 'null' });
    assert.deepEqual(frame.attributes, {}, src);
  }
  // The single-file widget opened from disk in a host page that is on disk too.
  const { frames: [frame], post } = host(['file:///home/ann/woontop.html?embed=1']);
  post(height(300), { origin: 'null' });
  assert.equal(frame.attributes.height, '300');
  post(height(400), { origin: 'https://widget.example' });
  assert.equal(frame.attributes.height, '300', 'but no real origin for a file: frame');
});

test('a relative src is read against the page, as the browser does', () => {
  const { frames: [frame], post } = host(['../woontop/?embed=1']);
  post(height(300), { origin: 'https://host.example' });
  assert.equal(frame.attributes.height, '300');
});

test('frames are made full width without a border, now or once the page is parsed', () => {
  const { frames: [frame] } = host([WIDGET]);
  assert.deepEqual(frame.style, { width: '100%', border: '0' });
  const later = host([WIDGET], { readyState: 'loading' });
  assert.deepEqual(later.frames[0].style, {});
  for (const fn of later.listeners.document.DOMContentLoaded) fn();
  assert.deepEqual(later.frames[0].style, { width: '100%', border: '0' });
});

test('where the browser has frame-sizing, the frame is left to the standard: height auto from the start', () => {
  const { frames: [frame], post } = host([WIDGET], { standard: true });
  assert.equal(frame.style['frame-sizing'], 'content-height');
  assert.equal(frame.style.height, 'auto');
  // The standard sized it to the content already: its message changes nothing.
  frame.rendered = 612;
  post(height(612));
  assert.deepEqual(frame.attributes, {});
  assert.equal(frame.style.height, 'auto');
});

test('where the standard did not size the frame, its messages do from then on', () => {
  const { frames: [frame], post } = host([WIDGET], { standard: true });
  frame.rendered = 1400;
  post(height(612), { origin: 'https://evil.example' });
  assert.equal(frame.style.height, 'auto', 'not from another origin');
  post(height(612));
  assert.equal(frame.style.height, '');
  assert.equal(frame.attributes.height, '612');
});

test('without the standard nothing of it is set', () => {
  const { frames: [frame] } = host([WIDGET]);
  assert.equal(frame.style['frame-sizing'], undefined);
  assert.equal(frame.style.height, undefined);
});
