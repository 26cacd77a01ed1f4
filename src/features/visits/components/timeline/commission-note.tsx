import { useTranslation } from 'react-i18next';
import { useLang } from '@/hooks/use-lang';
import { runLabels, type CommissionGaps } from '../../utils/commission-gaps';

/** "Intergovernmental commission: sessions 1–7, 11 and 13 (of 16) are not in the data." */
export function CommissionNote({ gaps }: { gaps: readonly CommissionGaps[] }) {
  const { t } = useTranslation('visits');
  const { locale } = useLang();
  if (gaps.length === 0) return null;
  // Intl.ListFormat joins the runs the way each language writes a list ("1–7, 11 and 13").
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });
  return (
    <ul className="tl-gaps">
      {gaps.map((g) => (
        <li key={g.kind}>
          {t('timeline.missingSessions', {
            commission: t(`kind.${g.kind}`),
            sessions: list.format(runLabels(g.missing)),
            last: g.last,
          })}
        </li>
      ))}
    </ul>
  );
}
