/**
 * The shared year range: `?from=2010&to=2024`. Plain params rather than `2010..2024`, because
 * chat apps cut links that end in dots. Both are left out of the link when they equal the
 * dataset's first and last year.
 */
import type { ParamIssue, Parsed } from './params';

export interface YearRange {
  from: number;
  to: number;
}

export interface YearDomain {
  min: number;
  max: number;
}

const YEAR = /^\d{1,4}$/;

/** A year held within the domain. */
export function clampYear(year: number, domain: YearDomain): number {
  return Math.min(domain.max, Math.max(domain.min, year));
}

/** The range with one end moved to `year`, kept within the domain and not past the other end. */
export function moveRangeEnd(
  range: YearRange,
  end: keyof YearRange,
  year: number,
  domain: YearDomain,
): YearRange {
  const y = clampYear(year, domain);
  return end === 'from'
    ? { from: Math.min(y, range.to), to: range.to }
    : { from: range.from, to: Math.max(y, range.from) };
}

function parseYear(
  search: URLSearchParams,
  param: 'from' | 'to',
  domain: YearDomain,
  fallback: number,
): { year: number; issue?: ParamIssue } {
  const raw = search.get(param);
  if (raw === null || raw === '') return { year: fallback };
  if (!YEAR.test(raw.trim())) return { year: fallback, issue: { param, value: raw, action: 'ignored' } };
  const n = Number(raw.trim());
  const clamped = clampYear(n, domain);
  if (clamped !== n) {
    return { year: clamped, issue: { param, value: raw, action: 'clamped', usedValue: String(clamped) } };
  }
  return { year: n };
}

/**
 * `?from=2010&to=abc` → { from: 2010, to: domain.max } with an issue naming `to`;
 * `?from=2020&to=2010` → { from: 2010, to: 2020 } with an issue saying the two were swapped.
 */
export function parseYearRange(search: URLSearchParams, domain: YearDomain): Parsed<YearRange> {
  const from = parseYear(search, 'from', domain, domain.min);
  const to = parseYear(search, 'to', domain, domain.max);
  const issues = [from.issue, to.issue].filter((i): i is ParamIssue => i !== undefined);
  if (from.year > to.year) {
    // Most likely the two ends were written the wrong way round: show the years the link names.
    issues.push({ param: 'from', value: String(from.year), action: 'swapped', usedValue: String(to.year) });
    return { value: { from: to.year, to: from.year }, issues };
  }
  return { value: { from: from.year, to: to.year }, issues };
}

/** Writes the range into `search`, leaving out bounds equal to the domain's. */
export function writeYearRange(search: URLSearchParams, range: YearRange, domain: YearDomain): void {
  if (range.from <= domain.min) search.delete('from');
  else search.set('from', String(range.from));
  if (range.to >= domain.max) search.delete('to');
  else search.set('to', String(range.to));
}

/** Whether a year lies in the range (inclusive). */
export function yearInRange(year: number, range: YearRange): boolean {
  return year >= range.from && year <= range.to;
}
