import { useTranslation } from 'react-i18next';
import type { ParamIssue } from '@/lib/url/params';

/** Names each link param that was ignored or clamped; the rest of the view works as usual. */
export function UrlNotice({ issues }: { issues: ParamIssue[] }) {
  const { t } = useTranslation();
  if (issues.length === 0) return null;
  return (
    <div className="notice" role="status">
      <strong>{t('urlNotice.title')}</strong>
      <ul>
        {issues.map((i) => (
          <li key={`${i.param}=${i.value}`}>
            {i.action === 'clamped'
              ? t('urlNotice.clamped', { param: i.param, value: i.value, used: i.usedValue })
              : t('urlNotice.ignored', { param: i.param, value: i.value })}
          </li>
        ))}
      </ul>
    </div>
  );
}
