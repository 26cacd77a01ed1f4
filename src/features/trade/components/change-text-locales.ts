/**
 * The note beside a change whose base year is not the year before (namespace `tradeChange`):
 * "+12% vs 2019 (no figures for 2020–2021)", never read as a one-year change.
 */
export const locales = {
  en: {
    gapYear: '(no figure for {{year}})',
    gapYears: '(no figures for {{from}}–{{to}})',
  },
  vi: {
    gapYear: '(không có số liệu năm {{year}})',
    gapYears: '(không có số liệu các năm {{from}}–{{to}})',
  },
  ru: {
    gapYear: '(нет данных за {{year}} г.)',
    gapYears: '(нет данных за {{from}}–{{to}} гг.)',
  },
};
