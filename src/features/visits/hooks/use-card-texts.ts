import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '@/lib/url/lang';
import type { Place } from '@data/schema';
import { cardTexts } from '../utils/card-text';

/**
 * Each event's date, title and badges in the reader's language, worked out once per event: the
 * list's cards and the timeline's marks read the same texts.
 */
export function useCardTexts(lang: Lang, placeById: ReadonlyMap<string, Place>) {
  const { t } = useTranslation('visits');
  return useMemo(
    () =>
      cardTexts(
        {
          lang,
          kind: (k) => t(`kind.${k}`),
          level: (l) => t(`level.${l}`),
          dir: (d) => t(`dir.${d}`),
          metIn: (place) => t('metIn', { place }),
        },
        placeById,
      ),
    [t, lang, placeById],
  );
}
