/*! Woontop widget: host-page resize script. Our own code, public domain-style: copy freely.
 *
 * Include once on a page that embeds the widget in an <iframe data-woontop ...>. The widget
 * posts {type: "woontop:height", height: <CSS px>} to its parent whenever its content height
 * changes; this script sets the height of the one iframe that sent it, after checking that the
 * message comes from that iframe's window and from the iframe's own origin.
 * No inline code, no eval, no style attribute: it works under a strict Content-Security-Policy.
 */
(function () {
  'use strict';
  // Full width and no border, set through the CSSOM (allowed under a strict style-src, unlike
  // a style attribute in the snippet).
  function fit() {
    var frames = document.querySelectorAll('iframe[data-woontop]');
    for (var i = 0; i < frames.length; i++) {
      frames[i].style.width = '100%';
      frames[i].style.border = '0';
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
      frame.setAttribute('height', String(height));
      return;
    }
  });
}());
