import { saveFile } from './csv/download';
import { wrapText } from './text-width';
/**
 * Saves a chart or map as a file that stands alone: the SVG is cloned with every colour, dash and
 * font inlined from the computed styles (CSS variables and the theme do not travel), on a
 * background of the page's colour, with a title above and a credit below when given. PNG is
 * drawn from that SVG through a canvas.
 */

const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linejoin',
  'paint-order',
  'opacity',
  'font-family',
  'font-size',
  'font-style',
  'font-weight',
  'letter-spacing',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const;

/**
 * Geometry a drawing may set by CSS rather than attributes (the Visits timeline places its marks
 * and spans so): carried into the file only where CSS set it, so other drawings stay as they are.
 */
function cssGeometry(el: Element, computed: CSSStyleDeclaration): string[] {
  const out: string[] = [];
  const transform = computed.getPropertyValue('transform');
  if (transform && transform !== 'none' && !el.hasAttribute('transform')) out.push(`transform:${transform}`);
  if (el.tagName.toLowerCase() === 'rect' && !el.hasAttribute('x')) {
    out.push(`x:${computed.getPropertyValue('x')}`, `width:${computed.getPropertyValue('width')}`);
  }
  return out;
}

/** Credit line height (px) and font size of the credit; the title's. */
const LINE = 15;
const CREDIT_FONT = 11;
const TITLE_HEIGHT = 26;
const TITLE_FONT = 15;

/**
 * What is printed around an exported image: a `title` above it (e.g. the view's title and
 * years) and credit `lines` below it (sources, the dashboard's name, the view's link), each
 * wrapped to the image's width. A plain string is one credit line.
 */
export type ExportCredit = string | { title?: string; lines: string[] };

/** The image's size in user units: its viewBox, else its width and height. */
function sizeOf(svg: SVGSVGElement): { width: number; height: number } {
  const vb = svg.viewBox.baseVal;
  if (vb && vb.width > 0 && vb.height > 0) return { width: vb.width, height: vb.height };
  return { width: svg.width.baseVal.value, height: svg.height.baseVal.value };
}

/** Title and credit laid out for an image `width` px wide: the lines and the extra height. */
export function creditLayout(
  credit: ExportCredit | undefined,
  width: number,
): { title: string[]; lines: string[]; top: number; bottom: number } {
  if (!credit) return { title: [], lines: [], top: 0, bottom: 0 };
  const c = typeof credit === 'string' ? { lines: [credit] } : credit;
  // A word wider than the image (a link) stands whole on a line of its own.
  const title = c.title ? wrapText(c.title, width - 16, TITLE_FONT) : [];
  const lines = c.lines.flatMap((l) => wrapText(l, width - 16, CREDIT_FONT));
  return {
    title,
    lines,
    top: title.length ? TITLE_HEIGHT + (title.length - 1) * (TITLE_FONT + 4) : 0,
    bottom: lines.length ? lines.length * LINE + 6 : 0,
  };
}

/**
 * The chart's SVG as a standalone document string with computed styles inlined; `credit` adds
 * a title above and credit lines below, so a reused image says what it shows and where its
 * figures come from.
 */
export function standaloneSvg(svg: SVGSVGElement, credit?: ExportCredit): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const source = [svg, ...svg.querySelectorAll('*')];
  const target = [clone, ...clone.querySelectorAll('*')];
  source.forEach((el, i) => {
    const computed = getComputedStyle(el);
    const out = target[i] as SVGElement;
    const style = [
      ...STYLE_PROPS.map((p) => `${p}:${computed.getPropertyValue(p)}`),
      ...cssGeometry(el, computed),
    ]
      .filter((d) => !d.endsWith(':'))
      .join(';');
    out.setAttribute('style', style);
    out.removeAttribute('class');
    out.removeAttribute('tabindex');
  });
  // Links and ARIA roles mean nothing in a file.
  for (const a of clone.querySelectorAll('a')) a.removeAttribute('href');
  const { width, height: chartHeight } = sizeOf(svg);
  const layout = creditLayout(credit, width);
  const height = chartHeight + layout.top + layout.bottom;
  const ns = 'http://www.w3.org/2000/svg';
  const family = getComputedStyle(svg).fontFamily;
  const fg = getComputedStyle(svg).color || '#111';
  const muted = getComputedStyle(svg.querySelector('text') ?? svg).fill || '#555';
  const text = (x: number, y: number, value: string, style: string) => {
    const t = document.createElementNS(ns, 'text');
    t.setAttribute('x', String(x));
    t.setAttribute('y', String(y));
    t.setAttribute('style', `font-family:${family};${style}`);
    t.textContent = value;
    return t;
  };
  // The chart itself moves down below the title, in a group of its own.
  const body = document.createElementNS(ns, 'g');
  if (layout.top) body.setAttribute('transform', `translate(0 ${layout.top})`);
  while (clone.firstChild) body.appendChild(clone.firstChild);
  const bg = document.createElementNS(ns, 'rect');
  bg.setAttribute('width', String(width));
  bg.setAttribute('height', String(height));
  bg.setAttribute('fill', getComputedStyle(document.documentElement).backgroundColor || '#fff');
  clone.append(bg, body);
  layout.title.forEach((line, i) =>
    clone.appendChild(
      text(8, 18 + i * (TITLE_FONT + 4), line, `font-size:${TITLE_FONT}px;font-weight:600;fill:${fg}`),
    ),
  );
  layout.lines.forEach((line, i) =>
    clone.appendChild(
      text(8, layout.top + chartHeight + (i + 1) * LINE, line, `font-size:${CREDIT_FONT}px;fill:${muted}`),
    ),
  );
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  clone.setAttribute('xmlns', ns);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}`;
}

/** The chart as a PNG at `scale` times its size. */
export async function svgToPng(svg: SVGSVGElement, credit?: ExportCredit, scale = 2): Promise<Blob> {
  const text = standaloneSvg(svg, credit);
  const { width, height } = sizeOf(svg);
  const layout = creditLayout(credit, width);
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width * scale;
    canvas.height = (height + layout.top + layout.bottom) * scale;
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

/**
 * Saves a drawn chart as `fileName` (SVG or PNG) with its credit, one file per click (`saveFile`
 * drops a double-click's second): the one way every view and embed saves its picture. Nothing is
 * saved before the chart is drawn.
 */
export function saveImage(
  svg: SVGSVGElement | null,
  fileName: string,
  ext: 'png' | 'svg',
  credit: () => ExportCredit | Promise<ExportCredit>,
): void {
  if (!svg) return;
  void saveFile(fileName, async () => {
    const c = await credit();
    return ext === 'svg' ? new Blob([standaloneSvg(svg, c)], { type: 'image/svg+xml' }) : svgToPng(svg, c);
  });
}
