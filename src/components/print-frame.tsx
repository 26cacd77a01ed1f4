import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { registerNamespace } from '@/i18n/i18n';
import { formatDatePoint } from '@/lib/format';
import type { Lang } from '@/lib/url/lang';
import { locales } from './print-frame-locales';

registerNamespace('print', locales);

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
  const { t } = useTranslation('print');
  return (
    <div className="print-only print-header">
      <p className="print-header__site">{t('common:appName')}</p>
      <p className="print-header__years">{t('years', { from, to })}</p>
    </div>
  );
}

/** A CSS string literal of any text (quotes, backslashes and line breaks escaped). */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/[\n\r]/g, ' ')}"`;
}

/**
 * The foot of every printed page: the view's link and the print date, drawn in the page's bottom
 * margin by an `@page` margin box, so it repeats on each page without covering any content (a
 * fixed-position footer would sit over the last lines of a page).
 */
export function PrintFooter({ url, lang }: { url: string; lang: Lang }) {
  const { t } = useTranslation('print');
  const date = usePrintDate();
  const text = t('footer', { url, date: formatDatePoint({ start: date, precision: 'day' }, lang) });
  return (
    <style data-print-footer="">
      {`@media print { @page { @bottom-left { content: ${cssString(text)}; font: 7.5pt Inter, system-ui, sans-serif; color: #444; } } }`}
    </style>
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
  const { t } = useTranslation('print');
  if (items.length === 0) return null;
  return (
    <dl className="print-only print-filters" aria-label={t('filters')}>
      {items.map((i) => (
        <div key={i.label}>
          <dt>{i.label}</dt>
          <dd>{i.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The page-wide print additions: the header line and every page's foot. */
export function PrintFrame({ from, to, url, lang }: { from: number; to: number; url: string; lang: Lang }) {
  return (
    <>
      <PrintHeader from={from} to={to} />
      <PrintFooter url={url} lang={lang} />
    </>
  );
}
