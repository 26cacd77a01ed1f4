/** How a source names the copy its files were read from, every language (namespace `sourceCitation`). */
export const locales = {
  en: {
    notes: 'Sources cited in the table',
    copy: {
      inline: 'copy used:',
      line: 'Copy used:',
      year: ', {{year}}',
      detail: ', commit {{commit}} ({{date}}): {{paths}}',
    },
  },
  vi: {
    notes: 'Nguồn được dẫn trong bảng',
    copy: {
      inline: 'bản sao đã dùng:',
      line: 'Bản sao đã dùng:',
      year: ', {{year}}',
      detail: ', commit {{commit}} ({{date}}): {{paths}}',
    },
  },
  ru: {
    notes: 'Источники, указанные в таблице',
    copy: {
      inline: 'использована копия:',
      line: 'Использована копия:',
      year: ', {{year}}',
      detail: ', коммит {{commit}} ({{date}}): {{paths}}',
    },
  },
};
