/**
 * The button on a year heading of the Visits timeline (namespace `visitsSince`): it moves the
 * start of the year filter at the top to that year, and its name says so.
 */
export const locales = {
  en: {
    label: 'Set the start year to {{year}}',
    description: 'Changes the years at the top of the page to start in {{year}}; every view follows.',
  },
  vi: {
    label: 'Chỉ hiện từ năm {{year}}',
    description: 'Đặt năm bắt đầu của bộ lọc năm ở đầu trang là {{year}}; mọi trang đều theo.',
  },
  ru: {
    label: 'Показать с {{year}} года',
    description: 'Годы вверху страницы начнутся с {{year}}; это действует во всех разделах.',
  },
};
