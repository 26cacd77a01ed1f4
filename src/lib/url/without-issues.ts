/**
 * The link as the view reads it: what a notice named as ignored is left out, and a value the
 * view clamped or swapped is written as used. Copy link, Embed and Cite give this link, so they
 * never repeat what the page has just said it ignored.
 *   withoutIssues('?kind=visit,bogus&q=x', [{ param: 'kind', value: 'bogus', action: 'ignored' }])
 *     → '?kind=visit&q=x'
 */
import type { ParamIssue } from './params';

export function withoutIssues(search: string, issues: readonly ParamIssue[]): string {
  if (issues.length === 0) return search;
  const s = new URLSearchParams(search);
  for (const issue of issues) {
    const current = s.get(issue.param);
    if (current === null) continue;
    if (issue.action === 'ignored') {
      // A set param keeps its other members: `kind=visit,bogus` loses only `bogus`.
      const bad = new Set(issue.value.split(','));
      const kept = current.split(',').filter((part) => !bad.has(part));
      if (current === issue.value || kept.length === 0) s.delete(issue.param);
      else s.set(issue.param, kept.join(','));
    } else if (issue.usedValue !== undefined) {
      s.set(issue.param, issue.usedValue);
      // A swapped range: the other end takes the value this one had.
      if (issue.action === 'swapped') {
        const other = issue.param === 'from' ? 'to' : issue.param === 'to' ? 'from' : null;
        if (other) s.set(other, issue.value);
      }
    }
  }
  const out = s.toString();
  return out ? `?${out}` : '';
}
