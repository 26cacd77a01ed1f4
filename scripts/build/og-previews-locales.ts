/** The link-preview images' own words (build only; never shipped to the browser). */
/** A count's label in a language's plural forms (picked with `countLabel`). */
type Forms = { one?: string; few?: string; many?: string; other: string };

/** The form of `forms` that goes with `n` in `lang` (the CLDR rules i18next also follows). */
export function countLabel(lang: string, forms: Forms, n: number): string {
  const form = new Intl.PluralRules(lang).select(n) as keyof Forms;
  return forms[form] ?? forms.other;
}

export const previewLocales = {
  en: {
    doubtful: 'a total resting on a figure the IMF flags as uncertain',
    usdMillion: 'Exports plus imports, US$ million',
    sourceImf:
      'Source: IMF, Direction of Trade Statistics (DOTS), as each country reports it. A year without both flows is left as a gap.',
    sourceOverview: 'Sources: news reports (publisher named) and IMF, Direction of Trade Statistics (DOTS)',
    sourceRecords: 'Counted from the dashboard’s records; every record names its source',
    visitsCount: {
      one: 'event on the timeline: visits, talks, agreements, milestones',
      other: 'events on the timeline: visits, talks, agreements, milestones',
    },
    perYear: 'Events per year',
    since: 'since {{year}}',
    pairs: { one: 'partner pair of localities', other: 'partner pairs of localities' },
    morePairs: 'and {{count}} more',
    sources: { one: 'source', other: 'sources' },
    publishers: { one: 'publisher', other: 'publishers' },
    altOverview:
      'each side’s newest trade figure quoted in the news and its newest official statistic, and the numbers of visits, agreements and partnerships',
    altTrade: 'lines of total trade by year, as each side reports it to the IMF',
    altVisits: '{{count}} events, and how many fall in each year',
    altPartners: '{{count}} partner pairs and some of their names',
    altSources: '{{count}} sources and their publishers',
    altAbout: 'what the dashboard gathers and how',
  },
  vi: {
    doubtful: 'tổng dựa trên số liệu IMF ghi chú là chưa chắc chắn',
    usdMillion: 'Xuất khẩu cộng nhập khẩu, triệu USD',
    sourceImf:
      'Nguồn: IMF, Thống kê Hướng thương mại (DOTS), theo báo cáo của mỗi nước. Năm thiếu một trong hai chiều được để trống.',
    sourceOverview: 'Nguồn: báo chí (có ghi tên cơ quan) và IMF, Thống kê Hướng thương mại (DOTS)',
    sourceRecords: 'Đếm từ các bản ghi của bảng số liệu; mọi bản ghi đều ghi nguồn',
    visitsCount: { other: 'sự kiện: chuyến thăm, hội đàm, thỏa thuận, dấu mốc' },
    perYear: 'Số sự kiện mỗi năm',
    since: 'từ {{year}}',
    pairs: { other: 'cặp địa phương kết nghĩa, hợp tác' },
    morePairs: 'và {{count}} cặp khác',
    sources: { other: 'nguồn' },
    publishers: { other: 'cơ quan công bố' },
    altOverview:
      'số liệu thương mại mới nhất báo chí đưa tin và thống kê chính thức mới nhất của mỗi bên, cùng số chuyến thăm, hiệp định và cặp địa phương',
    altTrade: 'đường tổng kim ngạch theo năm, theo số liệu mỗi bên báo cáo IMF',
    altVisits: '{{count}} sự kiện và số sự kiện mỗi năm',
    altPartners: '{{count}} cặp địa phương và tên một số cặp',
    altSources: '{{count}} nguồn và các cơ quan công bố',
    altAbout: 'bảng số liệu tập hợp gì và bằng cách nào',
  },
  ru: {
    doubtful: 'сумма включает цифру, которую МВФ помечает как неточную',
    usdMillion: 'Экспорт плюс импорт, млн долл. США',
    sourceImf:
      'Источник: МВФ, Direction of Trade Statistics (DOTS), по данным каждой страны. Год без обоих потоков оставлен пропуском.',
    sourceOverview: 'Источники: пресса (издание указано) и МВФ, Direction of Trade Statistics (DOTS)',
    sourceRecords: 'Подсчитано по записям сайта; у каждой записи указан источник',
    visitsCount: {
      one: 'событие в хронике: визиты, переговоры, соглашения, важные даты',
      few: 'события в хронике: визиты, переговоры, соглашения, важные даты',
      many: 'событий в хронике: визиты, переговоры, соглашения, важные даты',
      other: 'события в хронике: визиты, переговоры, соглашения, важные даты',
    },
    perYear: 'Событий по годам',
    since: 'с {{year}} г.',
    pairs: {
      one: 'пара городов и регионов',
      few: 'пары городов и регионов',
      many: 'пар городов и регионов',
      other: 'пары городов и регионов',
    },
    morePairs: 'и ещё {{count}}',
    sources: { one: 'источник', few: 'источника', many: 'источников', other: 'источника' },
    publishers: { one: 'издатель', few: 'издателя', many: 'издателей', other: 'издателя' },
    altOverview:
      'последняя цифра товарооборота в прессе и последняя официальная статистика каждой стороны, число визитов, соглашений и партнёрств',
    altTrade: 'линии товарооборота по годам по данным каждой стороны для МВФ',
    altVisits: 'событий: {{count}}, и их число по годам',
    altPartners: 'пар городов: {{count}}, и названия некоторых из них',
    altSources: 'источников: {{count}}, и их издатели',
    altAbout: 'что собирает сайт и как',
  },
} as const;
