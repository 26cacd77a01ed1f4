/**
 * How a view is embedded, from the `embed` param:
 *   `embed=1`     → 'full'  the whole view without the site chrome;
 *   `embed=chart` → 'chart' only the view's figure (title, legend, chart, source line, link to
 *                           the full view), sized for an article's iframe;
 *   absent        → null    the site as usual.
 * Any other value is ignored (and named by the URL notice, like every bad param).
 */
export type EmbedMode = 'full' | 'chart';

export function parseEmbed(value: string | null): EmbedMode | null {
  if (value === '1') return 'full';
  if (value === 'chart') return 'chart';
  return null;
}

/** Views that have a chart-only embed (the others offer the full-view embed only). */
export const CHART_EMBED_PATHS = ['/trade', '/partners', '/visits'] as const;

/** Whether the view at `path` (without its language, src/hooks/use-shared.tsx) has a chart-only embed. */
export function hasChartEmbed(path: string): boolean {
  return (CHART_EMBED_PATHS as readonly string[]).includes(path);
}

/**
 * The iframe height of each snippet, in CSS px. The chart-only embed fits whole in it at 600 px
 * wide and wider (a browser test measures the figure at 600 and 1000 px); the full view scrolls.
 */
export const EMBED_HEIGHT: Record<EmbedMode, number> = { full: 640, chart: 560 };
