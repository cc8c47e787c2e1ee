// Images of the drawings (the chart, the chart of the maximum, the map; features/share/image.rs
// makes the words and the name), loaded by js/boot.js the first time a visitor asks for one.
// The drawing is copied as the page shows it, with the styles main.css gives each element
// written in as presentation attributes: an image file has no style sheet, and a <style>
// inside it would meet the page's strict policy. Inherited properties are written where they
// differ from the parent's; the others where they differ from the default. The words are laid
// out around it in the page's font and colours, wrapped to its width. A PNG is the SVG drawn
// on a canvas at twice the CSS size (needs `img-src blob:`).
const SVG = 'http://www.w3.org/2000/svg';
const INHERITED = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray',
  'stroke-linejoin', 'paint-order', 'font-family', 'font-size', 'font-weight', 'font-style',
  'text-anchor', 'dominant-baseline', 'visibility'];
const paint = (from, to, parent) => {
  const style = getComputedStyle(from);
  for (const name of INHERITED) {
    const value = style.getPropertyValue(name);
    // Chrome gives a pattern's url() absolute (quoted or not): the file refers to its own #id.
    if (value !== parent?.getPropertyValue(name)) to.setAttribute(name, value.replace(/url\((['"]?)[^)]*?(#[\w-]+)\1\)/, 'url($2)'));
  }
  if (style.display === 'none') to.setAttribute('display', 'none');
  // The map's lines keep their width in px however the drawing is scaled.
  if ((style.vectorEffect ?? 'none') !== 'none') to.setAttribute('vector-effect', style.vectorEffect);
  if (style.opacity !== '1') to.setAttribute('opacity', style.opacity);
  [...from.children].forEach((child, i) => paint(child, to.children[i], style));
};
const save = (blob, file) => {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = file;
  document.body.append(a);
  a.click();
  a.remove();
  // Safari may still be reading the file a few seconds after the click.
  setTimeout(() => URL.revokeObjectURL(a.href), 40000);
};
export default (selector, file, png, title, sub, foot) => (async () => {
  const live = document.querySelector(selector);
  const { width, height } = live?.getBoundingClientRect() ?? {};
  if (!width) throw new Error(`nothing drawn at ${selector}`);
  const page = getComputedStyle(document.documentElement);
  const colour = (name) => page.getPropertyValue(name).trim();
  const font = getComputedStyle(live).fontFamily;
  const pad = 12;
  const ink = colour('--wt-color-text');
  const out = document.createElementNS(SVG, 'svg');
  const el = (name, attrs) => {
    const node = out.appendChild(document.createElementNS(SVG, name));
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    return node;
  };
  el('title', {}).textContent = title;
  el('rect', { width: '100%', height: '100%', fill: colour('--wt-color-bg') });
  const measure = document.createElement('canvas').getContext('2d');
  let y = pad;
  // A paragraph in lines of at most `max` px in the font last set, broken at spaces (or
  // inside a word longer than a line, a link).
  const wrap = (paragraph, max) => {
    const fits = (s) => measure.measureText(s).width <= max;
    const lines = [''];
    for (let word of paragraph.split(' ')) {
      for (;;) {
        const last = lines.length - 1;
        const joined = lines[last] ? `${lines[last]} ${word}` : word;
        if (fits(joined)) { lines[last] = joined; break; }
        if (lines[last]) { lines.push(''); continue; }
        // At least one character a line, however narrow the drawing.
        let cut = Math.max(1, word.length - 1);
        while (cut > 1 && !fits(word.slice(0, cut))) cut--;
        lines[last] = word.slice(0, cut);
        lines.push('');
        word = word.slice(cut);
      }
    }
    return lines.filter(Boolean);
  };
  const text = (words, size, weight, fill) => {
    measure.font = `${weight} ${size}px ${font}`;
    for (const line of words.split('\n').flatMap((p) => wrap(p, width))) {
      y += size * 1.4;
      el('text', { x: pad, y: y - size * 0.4, 'font-size': size, 'font-weight': weight, fill }).textContent = line;
    }
    y += pad / 2;
  };
  // A copy of a drawing on the page, with its styles, at (x, y) in the given size.
  const place = (from, x, y, width, height) => {
    const copy = from.cloneNode(true);
    paint(from, copy);
    for (const [k, v] of Object.entries({ x, y, width, height })) copy.setAttribute(k, v);
    out.append(copy);
  };
  // A legend swatch (an empty span main.css draws) as SVG: its box, round where it is drawn
  // round, filled and outlined as drawn and turned by its transform (the diamond); with
  // padding, the fill sits inside the outline (the range's dot). A gradient gives way to the
  // background colour.
  const swatch = (span, x, y) => {
    const s = getComputedStyle(span);
    const [w, h, b, p] = [s.width, s.height, s.borderTopWidth, s.paddingTop].map(parseFloat);
    const [cx, cy] = [x + w / 2, y + h / 2];
    const box = (inset, attrs) => el('rect', {
      x: x + inset, y: y + inset, width: w - 2 * inset, height: h - 2 * inset,
      rx: s.borderTopLeftRadius === '50%' ? w / 2 - inset : 0, opacity: s.opacity,
      transform: `translate(${cx} ${cy}) ${s.transform.replace('none', '')} translate(${-cx} ${-cy})`, ...attrs,
    });
    const dash = s.borderTopStyle === 'dashed' ? '3 2' : 'none';
    box(b / 2, { class: 'wt-swatch', fill: p ? 'none' : s.backgroundColor, stroke: s.borderTopColor, 'stroke-width': b, 'stroke-dasharray': dash });
    if (p) box(b + p, { fill: s.backgroundColor });
  };
  text(title, 16, 700, ink);
  text(sub, 13, 400, ink);
  // The figure's legend: its swatches and labels in rows as wide as the drawing; a label wider
  // than that is wrapped beside its swatch, on rows of its own.
  measure.font = `400 13px ${font}`;
  let x = pad;
  for (const item of live.closest('figure').querySelectorAll('.wt-legend li')) {
    const label = item.textContent.trim();
    const w = 26 + measure.measureText(label).width;
    if (x > pad && x + w > width + pad) { x = pad; y += 18; }
    swatch(item.querySelector('.wt-swatch'), x, y);
    const lines = wrap(label, width - 26);
    lines.forEach((line, i) => {
      el('text', { x: x + 26, y: y + 11 + 18 * i, 'font-size': 13, fill: ink }).textContent = line;
    });
    if (lines.length > 1) { y += 18 * (lines.length - 1); x = width + pad; }
    x += w + 16;
  }
  if (x > pad) y += 18 + pad / 2;
  place(live, pad, y, width, height);
  y += height + pad / 2;
  text(foot, 12, 400, colour('--wt-color-muted'));
  const [w, h] = [width + 2 * pad, Math.ceil(y + pad / 2)];
  for (const [k, v] of Object.entries({ width: w, height: h, viewBox: `0 0 ${w} ${h}`, 'font-family': font })) out.setAttribute(k, v);
  let blob = new Blob([new XMLSerializer().serializeToString(out)], { type: 'image/svg+xml' });
  if (png) {
    const img = new Image();
    img.src = URL.createObjectURL(blob);
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(2 * w);
    canvas.height = 2 * h;
    canvas.getContext('2d').drawImage(img, 0, 0, canvas.width, canvas.height);
    URL.revokeObjectURL(img.src);
    blob = await new Promise((done) => canvas.toBlob(done, 'image/png'));
  }
  save(blob, file);
})().catch((error) => console.warn('Woontop widget: the image could not be made:', error));
