/**
 * A change compares a figure with the latest earlier comparable one, which may be years back
 * (a gap in the series). Such a change must not read as a one-year change: these are the years
 * it skips, which the table names beside it.
 */

/** The years between a change's base year and the figure's, or null when they are adjacent. */
export interface SkippedYears {
  from: number;
  to: number;
}

/**
 * The years with no comparable figure between `vsYear` and `year`.
 *   skippedYears(2022, 2019) → { from: 2020, to: 2021 }
 *   skippedYears(2022, 2021) → null
 */
export function skippedYears(year: number, vsYear: number): SkippedYears | null {
  return year - vsYear > 1 ? { from: vsYear + 1, to: year - 1 } : null;
}
