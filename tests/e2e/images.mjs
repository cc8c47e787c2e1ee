// The chart's and the map's image downloads, read back in the page (a download's file cannot be
// read back over classic WebDriver): `recordBlobs` keeps every Blob the page turns into a URL,
// `readImages` describes each. Both are evaluated in the page, so they close over nothing.

/** Keeps the Blobs handed to URL.createObjectURL in window.__wtBlobs. */
export const recordBlobs = () => {
  window.__wtBlobs = [];
  const create = URL.createObjectURL;
  URL.createObjectURL = (blob) => { window.__wtBlobs.push(blob); return create.call(URL, blob); };
};

/** Each recorded image: a PNG's pixel size and how much of it is drawn on; an SVG as parsed (size, title, its own lines of
 *  text, legend swatches, background, whether it carries a style sheet, the fill of the
 *  drawing's first bar or selected area). */
export const readImages = () => Promise.all((window.__wtBlobs ?? []).map(async (blob) => {
  if (blob.type === 'image/png') {
    const bitmap = await createImageBitmap(blob);
    // The share of sampled pixels unlike the top left one (the background): not a blank image.
    const canvas = document.createElement('canvas');
    [canvas.width, canvas.height] = [bitmap.width, bitmap.height];
    const context = canvas.getContext('2d');
    context.drawImage(bitmap, 0, 0);
    const px = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
    let inked = 0;
    let sampled = 0;
    for (let i = 0; i < px.length; i += 4 * 7, sampled++) {
      if (px[i] !== px[0] || px[i + 1] !== px[1] || px[i + 2] !== px[2]) inked++;
    }
    return { type: 'png', width: bitmap.width, height: bitmap.height, ink: inked / sampled };
  }
  const doc = new DOMParser().parseFromString(await blob.text(), 'image/svg+xml');
  const svg = doc.documentElement;
  const mark = svg.querySelector('.wt-svg .wt-chart-bar[data-s="0"], .wt-map-svg .wt-map-sym:not([data-off])');
  return {
    type: blob.type,
    parsed: svg.localName === 'svg' && !doc.querySelector('parsererror'),
    width: Number(svg.getAttribute('width')),
    height: Number(svg.getAttribute('height')),
    title: svg.querySelector('title')?.textContent,
    lines: Array.from(svg.children).filter((e) => e.localName === 'text').map((e) => e.textContent),
    swatches: svg.querySelectorAll(':scope > .wt-swatch').length,
    // Every swatch is drawn: filled with a colour, or outlined.
    swatchesDrawn: [...svg.querySelectorAll(':scope > .wt-swatch')].every((e) => !/^(none|rgba\(0, 0, 0, 0\))$/.test(e.getAttribute('fill')) || e.getAttribute('stroke') !== 'none'),
    background: svg.querySelector('rect')?.getAttribute('fill'),
    styleSheet: doc.querySelector('style') !== null,
    // Written where it differs from the parent's: the nearest fill up the tree is the mark's.
    markFill: mark?.closest('[fill]')?.getAttribute('fill') ?? null,
    // The map's lines keep their px width when the drawing is scaled.
    landEffect: svg.querySelector('.wt-map-land')?.getAttribute('vector-effect') ?? null,
  };
}));

/** Checks an SVG image (see readImages) for its title and the words drawn around the drawing. */
export function checkWords(image, { title, summary, link }) {
  const text = image.lines.join(' ');
  const problems = [];
  if (!image.parsed) problems.push('does not parse');
  if (image.title !== title) problems.push(`title ${JSON.stringify(image.title)}`);
  if (image.lines[0] !== title.slice(0, image.lines[0]?.length)) problems.push(`first line ${JSON.stringify(image.lines[0])}`);
  if (!text.includes(summary.split(' ').slice(0, 4).join(' '))) problems.push('no summary');
  if (!/(Bron|Source): Woontopafspraken 2024-2030\./.test(text)) problems.push('no source line');
  if (!/Dataset \d{4}\.\d+\./.test(text)) problems.push('no dataset version');
  // The link is broken inside itself where it is longer than a line.
  if (!image.lines.join('').includes(link)) problems.push(`no link ${link}`);
  if (image.styleSheet) problems.push('carries a <style>');
  if (!image.markFill || image.markFill === 'none' || image.markFill === 'rgb(0, 0, 0)') problems.push(`drawing unstyled: fill ${image.markFill}`);
  if (/^(Kaart|Map)/.test(image.title) && image.landEffect !== 'non-scaling-stroke') problems.push(`map lines scaled: ${image.landEffect}`);
  if (problems.length) throw new Error(`${title}: ${problems.join('; ')}\n${JSON.stringify(image.lines)}`);
}
