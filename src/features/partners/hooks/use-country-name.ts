import { useTranslation } from 'react-i18next';
import type { Lang } from '@/lib/url/lang';
import { countryName } from '../utils/country-names';

/** `(code) => name`: a place's country in `lang` (see `countryName`), 'OTHER' from the locales. */
export function useCountryName(lang: Lang) {
  const { t } = useTranslation('partners');
  return (code: string) => countryName(code, lang, (c) => t(`country.${c}`, { defaultValue: c }));
}
