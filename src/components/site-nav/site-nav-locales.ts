/** The nav's scroll cues on narrow screens, every language (namespace `siteNav`). */
export const locales = {
  en: {
    more: 'More views',
    back: 'Previous views',
  },
  vi: {
    more: 'Xem thêm mục',
    back: 'Các mục trước',
  },
  ru: {
    more: 'Другие разделы',
    back: 'Предыдущие разделы',
  },
};
