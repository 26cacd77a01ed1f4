import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useReportIssues } from '@/hooks/use-link-issues';
import type { ParamIssue } from '@/lib/url/params';

const Swapped = lazy(() => import('./url-notice-swapped').then((m) => ({ default: m.UrlNoticeSwapped })));

/** Names each link param that was ignored, clamped or swapped; the rest of the view works as usual. */
export function UrlNotice({ issues }: { issues: ParamIssue[] }) {
  const { t } = useTranslation();
  // The share controls leave out what this notice names (src/lib/url/without-issues.ts).
  useReportIssues(issues);
  if (issues.length === 0) return null;
  return (
    <div className="notice" role="status">
      <strong>{t('urlNotice.title')}</strong>
      <ul>
        {issues.map((i) => (
          <li key={`${i.param}=${i.value}`}>
            {i.action === 'swapped' ? (
              <Suspense>
                <Swapped from={i.value} to={i.usedValue} />
              </Suspense>
            ) : (
              t(`urlNotice.${i.action}`, { param: i.param, value: i.value, used: i.usedValue })
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
