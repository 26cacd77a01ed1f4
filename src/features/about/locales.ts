export const locales = {
  en: {
    title: 'About the data and method',
    lede: 'This dashboard gathers what public sources say about relations between Vietnam and Belarus. It shows each figure as reported, with its source, and shows gaps and disagreements rather than hiding them.',
    sides: {
      title: 'Two reporting sides',
      body: 'Trade figures come either from Vietnam (its customs office or Ministry of Industry and Trade, usually via the news agency VNA) or from Belarus (its statistics office, via BelTA and state media). The two sides count differently and their totals differ a lot, by up to four times in the same year. They are always kept as separate series and never mixed in one line. Where a source does not say whose statistics it uses, the figure is marked as having an unclear reporter.',
    },
    partial: {
      title: 'Part-year figures',
      body: 'Many figures cover only part of a year (for example January–August 2011, or the first quarter of 2025). They keep their months, are drawn as hollow markers and are labelled with their months. Change is only computed between figures of the same side covering the same months, never between a part year and a full year.',
    },
    dates: {
      title: 'Dates and uncertainty',
      body: 'Each date is given to the precision the source allows: a day, a month or only a year. Dates inferred from context are marked “c.”. Figures a source gives as approximate keep its wording (about, almost, over). Figures that sources give differently are marked “sources disagree” and all versions are kept.',
    },
    places: {
      title: 'Places',
      body: 'Coordinates and GeoNames ids come from the GeoNames gazetteer. A province or region is placed at its administrative centre. Vietnamese localities are named as they were when an agreement was signed; Vietnam merged many provinces on 1 July 2025, which is noted where it applies.',
    },
    never: {
      title: 'What is never done',
      body: 'No figure is estimated, interpolated or derived and then shown as if reported. Targets and forecasts are not shown as data. The trade balance is shown only where a source gives both exports and imports for the same period, and it is labelled as computed.',
    },
    data: {
      title: 'What the dataset holds',
      what: 'dataset summary',
      sources: '{{count}} sources ({{news}} news, {{official}} official, {{statistics}} statistics)',
      trade: '{{count}} trade figures',
      events: '{{count}} visits, meetings, agreements and milestones',
      partnerships: '{{count}} partnerships of localities',
      updated: 'Newest source: {{date}}.',
      allSources: 'See every source and what cites it.',
    },
  },
  vi: {
    title: 'Về dữ liệu và phương pháp',
    lede: 'Bảng số liệu này tập hợp những gì các nguồn công khai cho biết về quan hệ Việt Nam – Belarus. Mỗi số liệu được hiển thị đúng như nguồn công bố, kèm nguồn, và các khoảng trống hay khác biệt được nêu rõ chứ không bị che đi.',
    sides: {
      title: 'Hai phía công bố số liệu',
      body: 'Số liệu thương mại đến từ phía Việt Nam (Tổng cục Hải quan hoặc Bộ Công Thương, thường qua TTXVN) hoặc từ phía Belarus (cơ quan thống kê, qua BelTA và báo chí nhà nước). Hai phía tính khác nhau và tổng số chênh lệch lớn, có năm gấp bốn lần. Hai chuỗi số liệu luôn được tách riêng, không bao giờ gộp vào một đường. Khi nguồn không nói rõ số liệu của phía nào, số liệu được ghi là chưa rõ nguồn.',
    },
    partial: {
      title: 'Số liệu một phần năm',
      body: 'Nhiều số liệu chỉ tính một phần năm (ví dụ 8 tháng đầu năm 2011, hay quý I/2025). Các số liệu này giữ nguyên số tháng, được vẽ bằng điểm rỗng và ghi rõ các tháng. Mức thay đổi chỉ được tính giữa hai số liệu cùng một phía, cùng số tháng; không bao giờ so một phần năm với cả năm.',
    },
    dates: {
      title: 'Ngày tháng và mức độ chắc chắn',
      body: 'Mỗi ngày được ghi theo mức chi tiết mà nguồn cho phép: ngày, tháng hoặc chỉ năm. Ngày suy ra từ ngữ cảnh được ghi “khoảng”. Số liệu mà nguồn nêu ước chừng giữ nguyên cách diễn đạt (khoảng, gần, hơn). Khi các nguồn đưa số liệu khác nhau, số liệu được đánh dấu “các nguồn khác nhau” và mọi phiên bản đều được giữ lại.',
    },
    places: {
      title: 'Địa danh',
      body: 'Tọa độ và mã GeoNames lấy từ cơ sở dữ liệu địa danh GeoNames. Tỉnh hoặc vùng được đặt tại trung tâm hành chính. Địa phương Việt Nam được ghi theo tên tại thời điểm ký kết; ngày 1/7/2025 Việt Nam sắp xếp, hợp nhất nhiều tỉnh, điều này được ghi chú ở nơi liên quan.',
    },
    never: {
      title: 'Những điều không bao giờ làm',
      body: 'Không số liệu nào được ước tính, nội suy hay tự tính rồi hiển thị như số liệu công bố. Mục tiêu và dự báo không được coi là số liệu. Cán cân thương mại chỉ hiển thị khi nguồn có cả xuất khẩu và nhập khẩu cùng kỳ, và được ghi rõ là số tự tính.',
    },
    data: {
      title: 'Bộ dữ liệu gồm những gì',
      what: 'tóm tắt bộ dữ liệu',
      sources: '{{count}} nguồn ({{news}} báo chí, {{official}} chính thức, {{statistics}} thống kê)',
      trade: '{{count}} số liệu thương mại',
      events: '{{count}} chuyến thăm, cuộc gặp, hiệp định và mốc sự kiện',
      partnerships: '{{count}} cặp địa phương hợp tác',
      updated: 'Nguồn mới nhất: {{date}}.',
      allSources: 'Xem mọi nguồn và các bản ghi trích dẫn.',
    },
  },
  ru: {
    title: 'О данных и методе',
    lede: 'Этот сайт собирает то, что открытые источники сообщают об отношениях Вьетнама и Беларуси. Каждая цифра показана так, как её опубликовали, вместе с источником; пробелы и расхождения не скрываются, а показываются.',
    sides: {
      title: 'Две отчитывающиеся стороны',
      body: 'Данные о торговле приходят либо от Вьетнама (его таможни или Министерства промышленности и торговли, обычно через Вьетнамское информационное агентство), либо от Беларуси (её статистического ведомства, через БЕЛТА и государственные СМИ). Стороны считают по-разному, и их итоги сильно расходятся, до четырёх раз за один и тот же год. Они всегда показаны отдельными рядами и никогда не сводятся в одну линию. Если источник не говорит, чья это статистика, у цифры отмечено, что отчитывающаяся сторона неясна.',
    },
    partial: {
      title: 'Данные за часть года',
      body: 'Многие цифры охватывают лишь часть года (например, январь–август 2011\u00a0г. или I квартал 2025\u00a0г.). Они сохраняют свои месяцы, рисуются полыми маркерами и подписываются месяцами. Изменение считается только между цифрами одной стороны за одни и те же месяцы и никогда между частью года и целым годом.',
    },
    dates: {
      title: 'Даты и неопределённость',
      body: 'Каждая дата указана с той точностью, которую позволяет источник: день, месяц или только год. Даты, выведенные из контекста, помечены «прибл.». Цифры, которые источник даёт приблизительно, сохраняют его формулировку (около, почти, более). Цифры, которые источники приводят по-разному, помечены «источники расходятся», и все версии сохранены.',
    },
    places: {
      title: 'Места',
      body: 'Координаты и идентификаторы GeoNames взяты из географического справочника GeoNames. Провинция или область помещена в свой административный центр. Населённые пункты Вьетнама названы так, как они назывались при подписании соглашения; 1 июля 2025\u00a0г. Вьетнам объединил многие провинции, и это отмечено там, где касается.',
    },
    never: {
      title: 'Чего здесь никогда не делают',
      body: 'Ни одна цифра не оценивается, не интерполируется и не выводится, чтобы затем быть показанной как опубликованная. Цели и прогнозы не показываются как данные. Сальдо торговли показано только там, где источник даёт и экспорт, и импорт за один период, и помечено как расчётное.',
    },
    data: {
      title: 'Что содержит набор данных',
      what: 'сводку набора данных',
      sources:
        'Источников: {{count}} (новости: {{news}}, официальные: {{official}}, статистика: {{statistics}})',
      trade: 'Торговых показателей: {{count}}',
      events: 'Визитов, встреч, соглашений и важных дат: {{count}}',
      partnerships: 'Партнёрств городов и регионов: {{count}}',
      updated: 'Самый новый источник: {{date}}.',
      allSources: 'Все источники и то, что на них ссылается.',
    },
  },
};
