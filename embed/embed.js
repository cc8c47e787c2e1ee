/*! Woontop widget: host-page resize script. Our own code, public domain-style: copy freely.
 *
 * Include once on a page that embeds the widget in an <iframe data-woontop ...>. Makes each
 * such frame full width, then sizes it to the widget's content:
 * - where the browser has the proposed standard for embedded sizing (CSS
 *   `frame-sizing: content-height`; the widget's page opts in with its
 *   <meta name="responsive-embedded-sizing"> and calls window.requestResize() when its height
 *   changes), by that: the frame's height is `auto` from the start (the standard sizes a frame
 *   only if it is when the frame loads);
 * - elsewhere, and where the standard did not size a frame (this script ran after the frame
 *   had loaded), by the widget's message {type: "woontop:height", height: <CSS px>}, posted to
 *   its parent whenever its content height changes: the height of the one frame that sent it
 *   is set, after checking that the message comes from that frame's window and its origin.
 * No inline code, no eval, no style attribute: it works under a strict Content-Security-Policy
 * (styles are set through the CSSOM).
 */
(function () {
  'use strict';
  var standard = typeof CSS !== 'undefined' && typeof CSS.supports === 'function' &&
    CSS.supports('frame-sizing', 'content-height');
  function fit() {
    var frames = document.querySelectorAll('iframe[data-woontop]');
    for (var i = 0; i < frames.length; i++) {
      frames[i].style.width = '100%';
      frames[i].style.border = '0';
      if (standard) {
        frames[i].style.setProperty('frame-sizing', 'content-height');
        frames[i].style.height = 'auto';
      }
    }
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', fit);
  else fit();
  window.addEventListener('message', function (event) {
    var data = event.data;
    // A height is a finite, non-negative number: NaN, Infinity or a negative would reach
    // Math.min/max below and set the frame to "NaN", 20000 or 100 px.
    if (!data || data.type !== 'woontop:height' || typeof data.height !== 'number' ||
      !isFinite(data.height) || data.height < 0) return;
    var frames = document.querySelectorAll('iframe[data-woontop]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      var url;
      try { url = new URL(frame.src, document.baseURI); } catch (e) { return; }
      // A page loaded from file: has an opaque origin, which its messages report as "null"
      // (the URL's own origin is "null" in some browsers, "file://" in others). Accept "null"
      // only from a file: frame: an http(s) frame that reports it is sandboxed or no longer
      // shows the widget, and a data: or about: frame is not the widget.
      if (event.origin === 'null' ? url.protocol !== 'file:' : event.origin !== url.origin) return;
      var height = Math.max(100, Math.min(Math.ceil(data.height), 20000));
      if (standard) {
        // Sized by the standard: nothing to do. Otherwise the message sizes it from now on.
        if (Math.abs(frame.getBoundingClientRect().height - height) <= 2) return;
        frame.style.height = '';
      }
      frame.setAttribute('height', String(height));
      return;
    }
  });
}());
