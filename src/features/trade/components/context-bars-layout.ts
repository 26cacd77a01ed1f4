/** One bar of the comparison, with its words already in the reader's language. */
export interface ContextRow {
  id: string;
  value: number;
  reporter: 'VN' | 'BY' | 'other';
  isBelarus: boolean;
  partner: string;
  reportedBy: string;
  /** The months of a part-year figure ("Jan–Aug 2024"), else null. */
  period: string | null;
  valueText: string;
  source: string;
  sourceUrl: string | null;
}

/** Below this width the row's words sit above its bar instead of in a column on the left. */
export const CONTEXT_NARROW = 560;
export const CONTEXT_AXIS_HEIGHT = 26;
/** Room under the last bar for its source, inside the plot. */
export const CONTEXT_PAD_BOTTOM = 12;

/** Space around the bars: room for the first row's words (narrow) and the last row's source. */
export const contextMargin = (width: number) =>
  width < CONTEXT_NARROW
    ? { top: 16, right: 150, bottom: 0, left: 22 }
    : { top: 4, right: 150, bottom: 0, left: 4 };

/** Height of one row (words, bar, source) at a chart width. */
export const contextRowHeight = (width: number) => (width < CONTEXT_NARROW ? 64 : 46);

/** The chart's height, known before recharts loads so the placeholder holds the same space. */
export function contextChartHeight(rows: number, width: number): number {
  const m = contextMargin(width);
  return m.top + rows * contextRowHeight(width) + CONTEXT_PAD_BOTTOM + m.bottom + CONTEXT_AXIS_HEIGHT;
}
