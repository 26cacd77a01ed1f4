/**
 * Saves a chart as a file that stands alone: the SVG is cloned with every colour, dash and
 * font inlined from the computed styles (CSS variables and the theme do not travel), on a
 * background of the page's colour. PNG is drawn from that SVG through a canvas.
 */

const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const;

const CREDIT_HEIGHT = 18;

/**
 * The chart's SVG as a standalone document string with computed styles inlined; `credit` (the
 * dashboard's name and the view's link) is added as a last line, so a reused image says where
 * its numbers come from.
 */
export function standaloneSvg(svg: SVGSVGElement, credit?: string): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const source = [svg, ...svg.querySelectorAll('*')];
  const target = [clone, ...clone.querySelectorAll('*')];
  source.forEach((el, i) => {
    const computed = getComputedStyle(el);
    const out = target[i] as SVGElement;
    const style = STYLE_PROPS.map((p) => `${p}:${computed.getPropertyValue(p)}`)
      .filter((d) => !d.endsWith(':'))
      .join(';');
    out.setAttribute('style', style);
    out.removeAttribute('class');
    out.removeAttribute('tabindex');
  });
  // Links and ARIA roles mean nothing in a file.
  for (const a of clone.querySelectorAll('a')) a.removeAttribute('href');
  const width = svg.width.baseVal.value;
  const height = svg.height.baseVal.value + (credit ? CREDIT_HEIGHT : 0);
  if (credit) {
    const muted = getComputedStyle(svg.querySelector('text') ?? svg).fill || '#555';
    const line = document.createElementNS('http://www.w3.org/2000/svg', 'text');
    line.setAttribute('x', '8');
    line.setAttribute('y', String(height - 5));
    line.setAttribute(
      'style',
      `font-size:11px;font-family:${getComputedStyle(svg).fontFamily};fill:${muted}`,
    );
    line.textContent = credit;
    clone.appendChild(line);
    clone.setAttribute('height', String(height));
    clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  }
  const bg = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  bg.setAttribute('width', String(width));
  bg.setAttribute('height', String(height));
  bg.setAttribute('fill', getComputedStyle(document.documentElement).backgroundColor || '#fff');
  clone.insertBefore(bg, clone.firstChild);
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}`;
}

/** The chart as a PNG at `scale` times its size. */
export async function svgToPng(svg: SVGSVGElement, credit?: string, scale = 2): Promise<Blob> {
  const text = standaloneSvg(svg, credit);
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = svg.width.baseVal.value * scale;
    canvas.height = (svg.height.baseVal.value + (credit ? CREDIT_HEIGHT : 0)) * scale;
    const ctx = canvas.getContext('2d')!;
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
