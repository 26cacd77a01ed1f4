/** The update notice's strings, every language; they load with the notice, not the shell. */
import type { NamespaceResources } from '@/i18n/add-namespace';

export const locales = {
  en: {
    message: 'A newer version of the data is available.',
    load: 'Load it',
  },
  vi: {
    message: 'Đã có phiên bản dữ liệu mới hơn.',
    load: 'Tải bản mới',
  },
  ru: {
    message: 'Доступна более новая версия данных.',
    load: 'Загрузить',
  },
} satisfies NamespaceResources;
