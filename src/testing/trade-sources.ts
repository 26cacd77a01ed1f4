/** Test fixtures: the statistics sources trade figures cite, never shown in the app. */
import type { Source } from '@data/schema';
import { sourceRecord } from './source-fixtures';

/** A statistics source (a customs or statistics office's report), in English unless given. */
export function statisticsSource(
  id: string,
  publisher: string,
  title: string,
  date: string,
  language: Source['language'] = 'en',
): Source {
  return { ...sourceRecord(id, publisher), title, date, language, kind: 'statistics' };
}

/** `src-a`, the source `figure()` cites by default: a customs report published in `year`. */
export const customsReport = (year: number): Source =>
  statisticsSource('src-a', 'Customs A', 'Trade report', String(year));
