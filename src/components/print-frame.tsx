import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDatePoint } from '@/lib/format';
import type { Lang } from '@/lib/url/lang';

/** Today as YYYY-MM-DD, renewed when the reader prints (a tab left open prints today's date). */
function usePrintDate(): string {
  const today = () => new Date().toISOString().slice(0, 10);
  const [date, setDate] = useState(today);
  useEffect(() => {
    const renew = () => setDate(today());
    window.addEventListener('beforeprint', renew);
    return () => window.removeEventListener('beforeprint', renew);
  }, []);
  return date;
}

/**
 * What only paper shows: the dashboard's name and the years at the top of the first page, and on
 * every page's foot the link that reopens this exact view and the date it was printed.
 */
export function PrintHeader({ from, to }: { from: number; to: number }) {
  const { t } = useTranslation();
  return (
    <div className="print-only print-header">
      <p className="print-header__site">{t('appName')}</p>
      <p className="print-header__years">{t('print.years', { from, to })}</p>
    </div>
  );
}

export function PrintFooter({ url, lang }: { url: string; lang: Lang }) {
  const { t } = useTranslation();
  const date = usePrintDate();
  return (
    <p className="print-only print-footer">
      {t('print.footer', { url, date: formatDatePoint({ start: date, precision: 'day' }, lang) })}
    </p>
  );
}

export interface PrintFilter {
  label: string;
  value: string;
}

/**
 * A view's own choices stated in words under its title, in print only (on paper the controls
 * are not shown, so the reader of a printout sees what was chosen).
 */
export function PrintFilters({ items }: { items: PrintFilter[] }) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  return (
    <dl className="print-only print-filters" aria-label={t('print.filters')}>
      {items.map((i) => (
        <div key={i.label}>
          <dt>{i.label}</dt>
          <dd>{i.value}</dd>
        </div>
      ))}
    </dl>
  );
}
