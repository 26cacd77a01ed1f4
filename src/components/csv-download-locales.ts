/**
 * The "Download CSV" buttons' strings, every language: the label says how many rows the file
 * will hold, the description what a row is. One namespace (`csv`) for the three views.
 */
export const locales = {
  en: {
    label: {
      events_one: 'Download CSV ({{count}} event)',
      events_other: 'Download CSV ({{count}} events)',
      pairs_one: 'Download CSV ({{count}} pair)',
      pairs_other: 'Download CSV ({{count}} pairs)',
      sources_one: 'Download CSV ({{count}} source)',
      sources_other: 'Download CSV ({{count}} sources)',
    },
    description: {
      events_one: 'Saves the {{count}} event listed here as a spreadsheet file (CSV), one row per event.',
      events_other: 'Saves the {{count}} events listed here as a spreadsheet file (CSV), one row per event.',
      pairs_one: 'Saves the {{count}} pair in the table as a spreadsheet file (CSV), one row per pair.',
      pairs_other: 'Saves the {{count}} pairs in the table as a spreadsheet file (CSV), one row per pair.',
      sources_one: 'Saves the {{count}} source listed here as a spreadsheet file (CSV), one row per source.',
      sources_other:
        'Saves the {{count}} sources listed here as a spreadsheet file (CSV), one row per source.',
    },
  },
  vi: {
    label: {
      events_other: 'Tải CSV ({{count}} sự kiện)',
      pairs_other: 'Tải CSV ({{count}} cặp địa phương)',
      sources_other: 'Tải CSV ({{count}} nguồn)',
    },
    description: {
      events_other: 'Lưu {{count}} sự kiện đang hiển thị thành tệp bảng tính (CSV), mỗi sự kiện một dòng.',
      pairs_other: 'Lưu {{count}} cặp địa phương trong bảng thành tệp bảng tính (CSV), mỗi cặp một dòng.',
      sources_other: 'Lưu {{count}} nguồn đang hiển thị thành tệp bảng tính (CSV), mỗi nguồn một dòng.',
    },
  },
  ru: {
    label: {
      events_one: 'Скачать CSV ({{count}} событие)',
      events_few: 'Скачать CSV ({{count}} события)',
      events_many: 'Скачать CSV ({{count}} событий)',
      events_other: 'Скачать CSV ({{count}} события)',
      pairs_one: 'Скачать CSV ({{count}} пара)',
      pairs_few: 'Скачать CSV ({{count}} пары)',
      pairs_many: 'Скачать CSV ({{count}} пар)',
      pairs_other: 'Скачать CSV ({{count}} пары)',
      sources_one: 'Скачать CSV ({{count}} источник)',
      sources_few: 'Скачать CSV ({{count}} источника)',
      sources_many: 'Скачать CSV ({{count}} источников)',
      sources_other: 'Скачать CSV ({{count}} источника)',
    },
    description: {
      events_one:
        'Сохраняет {{count}} событие из списка в файл для электронных таблиц (CSV), по строке на событие.',
      events_few:
        'Сохраняет {{count}} события из списка в файл для электронных таблиц (CSV), по строке на событие.',
      events_many:
        'Сохраняет {{count}} событий из списка в файл для электронных таблиц (CSV), по строке на событие.',
      events_other:
        'Сохраняет {{count}} события из списка в файл для электронных таблиц (CSV), по строке на событие.',
      pairs_one:
        'Сохраняет {{count}} пару из таблицы в файл для электронных таблиц (CSV), по строке на пару.',
      pairs_few:
        'Сохраняет {{count}} пары из таблицы в файл для электронных таблиц (CSV), по строке на пару.',
      pairs_many:
        'Сохраняет {{count}} пар из таблицы в файл для электронных таблиц (CSV), по строке на пару.',
      pairs_other:
        'Сохраняет {{count}} пары из таблицы в файл для электронных таблиц (CSV), по строке на пару.',
      sources_one:
        'Сохраняет {{count}} источник из списка в файл для электронных таблиц (CSV), по строке на источник.',
      sources_few:
        'Сохраняет {{count}} источника из списка в файл для электронных таблиц (CSV), по строке на источник.',
      sources_many:
        'Сохраняет {{count}} источников из списка в файл для электронных таблиц (CSV), по строке на источник.',
      sources_other:
        'Сохраняет {{count}} источника из списка в файл для электронных таблиц (CSV), по строке на источник.',
    },
  },
};
