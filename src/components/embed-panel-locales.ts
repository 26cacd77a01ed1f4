/** The Embed panel's strings, every language; they load with the panel's chunk, not the shell. */
export const locales = {
  en: {
    embedTitle: 'Embed this view',
    embedHelp:
      "Paste this into an article's HTML. The view keeps its years, filters and language, without the site's header.",
    embedHelpChart:
      "Paste this into an article's HTML. The chart keeps its years, choices and language, with its title, legend, sources and a link to the full view.",
    embedKind: 'What to embed',
    embedKind_chart: 'The chart alone',
    embedKind_full: 'The whole view',
    snippet: 'HTML snippet',
    copySnippet: 'Copy snippet',
    snippetCopied: 'Snippet copied',
    close: 'Close',
    copyFailed: 'Could not copy; select the address bar instead',
  },
  vi: {
    embedTitle: 'Nhúng trang này',
    embedHelp:
      'Dán đoạn mã này vào HTML của bài viết. Trang giữ nguyên năm, bộ lọc và ngôn ngữ, không có phần đầu trang.',
    embedHelpChart:
      'Dán đoạn mã này vào HTML của bài viết. Biểu đồ giữ nguyên năm, lựa chọn và ngôn ngữ, kèm tiêu đề, chú giải, nguồn và liên kết tới trang đầy đủ.',
    embedKind: 'Nhúng phần nào',
    embedKind_chart: 'Chỉ biểu đồ',
    embedKind_full: 'Toàn bộ trang',
    snippet: 'Đoạn mã HTML',
    copySnippet: 'Sao chép đoạn mã',
    snippetCopied: 'Đã sao chép đoạn mã',
    close: 'Đóng',
    copyFailed: 'Không sao chép được; hãy chọn thanh địa chỉ',
  },
  ru: {
    embedTitle: 'Встроить этот раздел',
    embedHelp: 'Вставьте этот код в HTML статьи. Раздел сохранит годы, фильтры и язык, но без шапки сайта.',
    embedHelpChart:
      'Вставьте этот код в HTML статьи. График сохранит годы, настройки и язык, а также заголовок, легенду, источники и ссылку на полную версию.',
    embedKind: 'Что встроить',
    embedKind_chart: 'Только график',
    embedKind_full: 'Весь раздел',
    snippet: 'HTML-код',
    copySnippet: 'Копировать код',
    snippetCopied: 'Код скопирован',
    close: 'Закрыть',
    copyFailed: 'Не удалось скопировать; выделите адресную строку',
  },
};
