/** What only paper shows, every language; loaded with the print frame, not the shell. */
export const locales = {
  en: {
    years: 'Years {{from}}–{{to}}',
    footer: '{{url}} · printed {{date}}',
    filters: 'Choices shown',
  },
  vi: {
    years: 'Các năm {{from}}–{{to}}',
    footer: '{{url}} · in ngày {{date}}',
    filters: 'Lựa chọn đang hiển thị',
  },
  ru: {
    years: 'Годы {{from}}–{{to}}',
    footer: '{{url}} · напечатано {{date}}',
    filters: 'Выбранные параметры',
  },
};
