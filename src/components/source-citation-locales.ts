/** How a source names the copy its files were read from, every language (namespace `sourceCitation`). */
export const locales = {
  en: {
    copy: {
      inline: 'copy used:',
      line: 'Copy used:',
      year: ', {{year}}',
      detail: ', commit {{commit}} ({{date}}): {{paths}}',
    },
  },
  vi: {
    copy: {
      inline: 'bản sao đã dùng:',
      line: 'Bản sao đã dùng:',
      year: ', {{year}}',
      detail: ', commit {{commit}} ({{date}}): {{paths}}',
    },
  },
  ru: {
    copy: {
      inline: 'использована копия:',
      line: 'Использована копия:',
      year: ', {{year}}',
      detail: ', коммит {{commit}} ({{date}}): {{paths}}',
    },
  },
};
