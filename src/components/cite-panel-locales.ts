/** The Cite panel's strings, every language; they load with the panel's chunk, not the shell. */
export const locales = {
  en: {
    title: 'Cite this view',
    site: 'Vietnam–Belarus Relations dashboard',
    help: 'Each citation gives this view’s exact link (years, filters and language), today as the access date, and the dataset’s version: the date of its newest source.',
    formats: {
      apa: 'APA (7th edition)',
      chicago: 'Chicago (17th edition, bibliography)',
      bibtex: 'BibTeX',
      ris: 'RIS (Zotero, EndNote, Mendeley)',
    },
    copy: 'Copy {{format}}',
    copied: '{{format}} copied',
    close: 'Close',
  },
  vi: {
    title: 'Trích dẫn trang này',
    site: 'Bảng dữ liệu Quan hệ Việt Nam – Belarus',
    help: 'Mỗi trích dẫn ghi đúng liên kết của trang này (năm, bộ lọc và ngôn ngữ), ngày truy cập là hôm nay, và phiên bản bộ dữ liệu: ngày của nguồn mới nhất.',
    formats: {
      vn: 'Kiểu trích dẫn thường dùng tại Việt Nam (cơ quan (năm), “tên trang”, ngày truy cập)',
      apa: 'APA (ấn bản 7)',
      chicago: 'Chicago (ấn bản 17, thư mục)',
      bibtex: 'BibTeX',
      ris: 'RIS (Zotero, EndNote, Mendeley)',
    },
    copy: 'Sao chép {{format}}',
    copied: 'Đã sao chép {{format}}',
    close: 'Đóng',
  },
  ru: {
    title: 'Цитировать этот раздел',
    site: 'Дашборд «Отношения Вьетнама и Беларуси»',
    help: 'В каждой ссылке — точный адрес этого раздела (годы, фильтры и язык), сегодняшняя дата обращения и версия набора данных: дата его самого нового источника.',
    formats: {
      gost: 'ГОСТ Р 7.0.100–2018 (библиографическая ссылка на электронный ресурс)',
      apa: 'APA (7-е издание)',
      chicago: 'Chicago (17-е издание, библиография)',
      bibtex: 'BibTeX',
      ris: 'RIS (Zotero, EndNote, Mendeley)',
    },
    copy: 'Копировать {{format}}',
    copied: '{{format}}: скопировано',
    close: 'Закрыть',
  },
};
