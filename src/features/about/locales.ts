export const locales = {
  en: {
    title: 'About the data and method',
    lede: 'This dashboard gathers what public sources say about relations between Vietnam and Belarus. It shows each figure as reported, with its source, and shows gaps and disagreements rather than hiding them.',
    official: {
      title: 'Official statistics',
      body: 'The lines on the Trade chart are official statistics: the International Monetary Fund’s Direction of Trade Statistics (DOTS), in which each country reports its own exports and imports by partner, year by year. For Vietnam and Belarus they cover 1992–2020. They are read straight from the IMF’s spreadsheet files, and each value keeps the file and cell it comes from. Where a country reported nothing for a year the line has a gap: nothing is filled in.',
    },
    press: {
      title: 'Figures quoted in the news',
      body: 'From 2021 the dashboard has no official series, only figures that ministers, customs offices and embassies gave to journalists: one number, often rounded or for part of a year, relayed by a news report with its own wording (about, almost, over). They are a different kind of figure from a statistical table, so they are drawn as separate marks, never joined into a line, and each keeps its quote and source.',
    },
    mirror: {
      title: 'Mirror statistics: why the two sides differ',
      body: 'Every shipment is counted twice: once by the exporting country, valued as it leaves (free on board, FOB), and once by the importing country, valued as it arrives, with freight and insurance (cost, insurance and freight, CIF). Goods routed through third countries, shipments counted in different years and different rules on where goods come from make the two figures differ, sometimes by several times. Neither side is “right”: the dashboard shows both, and the mirror view shades the gap between them.',
    },
    sides: {
      title: 'Two reporting sides',
      body: 'Trade figures come either from Vietnam (its customs office or Ministry of Industry and Trade, usually via the news agency VNA) or from Belarus (its statistics office, via BelTA and state media). The two sides count differently and their totals for the same year differ a lot: the Trade view says by how much, and which two figures it compares. They are always kept as separate series and never mixed in one line. Where a source does not say whose statistics it uses, the figure is marked as having an unclear reporter.',
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
      body: 'No figure is estimated, interpolated or derived and then shown as if reported. Targets and forecasts are not shown as data. A total or balance is shown only where one side gives both exports and imports for the same period, and it is labelled as computed; an official value that looks wrong is kept as published and flagged, with a note saying why.',
    },
    data: {
      title: 'What the dataset holds',
      what: 'dataset summary',
      sources: '{{count}} sources ({{news}} news, {{official}} official, {{statistics}} statistics)',
      trade: '{{count}} trade figures quoted in the news',
      official: '{{count}} official statistics (IMF DOTS cells, {{from}}–{{to}})',
      events: '{{count}} visits, meetings, agreements and milestones',
      partnerships: '{{count}} partnerships of localities',
      updated: 'Newest source: {{date}}.',
      allSources: 'See every source and what cites it.',
      download: 'Download the whole dataset (zip: a CSV per file, the JSON, a codebook and the sources)',
    },
  },
  vi: {
    title: 'Về dữ liệu và phương pháp',
    lede: 'Bảng số liệu này tập hợp những gì các nguồn công khai cho biết về quan hệ Việt Nam – Belarus. Mỗi số liệu được hiển thị đúng như nguồn công bố, kèm nguồn, và các khoảng trống hay khác biệt được nêu rõ chứ không bị che đi.',
    official: {
      title: 'Số liệu thống kê chính thức',
      body: 'Các đường trên biểu đồ Thương mại là số liệu thống kê chính thức: Thống kê Hướng thương mại (DOTS) của Quỹ Tiền tệ Quốc tế (IMF), trong đó mỗi nước tự báo cáo xuất khẩu và nhập khẩu theo từng đối tác, từng năm. Với Việt Nam và Belarus, số liệu có cho giai đoạn 1992–2020. Các giá trị được đọc trực tiếp từ tệp bảng tính của IMF, và mỗi giá trị ghi rõ tệp và ô mà nó lấy ra. Năm nào một nước không báo cáo thì đường bị đứt: không có gì được điền thêm.',
    },
    press: {
      title: 'Số liệu báo chí đưa tin',
      body: 'Từ năm 2021, bảng số liệu không có chuỗi số liệu chính thức, chỉ có các con số mà bộ trưởng, cơ quan hải quan và đại sứ quán nêu với báo chí: một con số, thường được làm tròn hoặc chỉ cho một phần năm, được bài báo thuật lại theo cách diễn đạt riêng (khoảng, gần, hơn). Đây là loại số liệu khác với bảng thống kê, nên được vẽ thành các điểm riêng, không bao giờ nối thành đường, và mỗi số liệu đều kèm trích dẫn và nguồn.',
    },
    mirror: {
      title: 'Thống kê đối xứng: vì sao số liệu hai bên khác nhau',
      body: 'Mỗi lô hàng được tính hai lần: một lần bởi nước xuất khẩu, tính giá trị khi hàng rời đi (giá FOB), và một lần bởi nước nhập khẩu, tính khi hàng đến, gồm cả cước vận chuyển và bảo hiểm (giá CIF). Hàng đi qua nước thứ ba, lô hàng được tính vào các năm khác nhau và cách xác định xuất xứ khác nhau khiến hai con số chênh nhau, có khi tới vài lần. Không bên nào là “đúng”: bảng số liệu hiển thị cả hai, và chế độ đối chiếu tô màu phần chênh lệch giữa chúng.',
    },
    sides: {
      title: 'Hai phía công bố số liệu',
      body: 'Số liệu thương mại đến từ phía Việt Nam (Tổng cục Hải quan hoặc Bộ Công Thương, thường qua TTXVN) hoặc từ phía Belarus (cơ quan thống kê, qua BelTA và báo chí nhà nước). Hai phía tính khác nhau và tổng số của cùng một năm chênh lệch lớn: trang Thương mại cho biết chênh bao nhiêu và so sánh hai con số nào. Hai chuỗi số liệu luôn được tách riêng, không bao giờ gộp vào một đường. Khi nguồn không nói rõ số liệu của phía nào, số liệu được ghi là chưa rõ nguồn.',
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
      body: 'Không số liệu nào được ước tính, nội suy hay tự tính rồi hiển thị như số liệu công bố. Mục tiêu và dự báo không được coi là số liệu. Tổng kim ngạch hay cán cân chỉ hiển thị khi một bên có cả xuất khẩu và nhập khẩu cùng kỳ, và được ghi rõ là số tự tính; một giá trị chính thức có vẻ sai được giữ nguyên như công bố và được đánh dấu, kèm ghi chú giải thích.',
    },
    data: {
      title: 'Bộ dữ liệu gồm những gì',
      what: 'tóm tắt bộ dữ liệu',
      sources: '{{count}} nguồn ({{news}} báo chí, {{official}} chính thức, {{statistics}} thống kê)',
      trade: '{{count}} số liệu thương mại từ báo chí',
      official: '{{count}} số liệu thống kê chính thức (ô dữ liệu IMF DOTS, {{from}}–{{to}})',
      events: '{{count}} chuyến thăm, cuộc gặp, hiệp định và mốc sự kiện',
      partnerships: '{{count}} cặp địa phương hợp tác',
      updated: 'Nguồn mới nhất: {{date}}.',
      allSources: 'Xem mọi nguồn và các bản ghi trích dẫn.',
      download: 'Tải toàn bộ bộ dữ liệu (zip: mỗi tệp một CSV, JSON, bảng mô tả trường và danh sách nguồn)',
    },
  },
  ru: {
    title: 'О данных и методе',
    lede: 'Этот сайт собирает то, что открытые источники сообщают об отношениях Вьетнама и Беларуси. Каждая цифра показана так, как её опубликовали, вместе с источником; пробелы и расхождения не скрываются, а показываются.',
    official: {
      title: 'Официальная статистика',
      body: 'Линии на графике торговли — это официальная статистика: статистика направлений торговли (DOTS) Международного валютного фонда, в которой каждая страна сама сообщает свой экспорт и импорт по партнёрам за каждый год. Для Вьетнама и Беларуси она охватывает 1992–2020 гг. Значения считываются прямо из файлов МВФ, и у каждого указаны файл и ячейка, откуда оно взято. Где страна ничего не сообщила за год, в линии разрыв: ничего не дописывается.',
    },
    press: {
      title: 'Цифры, приведённые в прессе',
      body: 'С 2021 г. официального ряда нет, есть только цифры, которые министры, таможни и посольства назвали журналистам: одно число, часто округлённое или за часть года, пересказанное в новости своими словами (около, почти, более). Это другой вид данных, чем статистическая таблица, поэтому они нарисованы отдельными маркерами, никогда не соединяются в линию, и у каждой есть цитата и источник.',
    },
    mirror: {
      title: 'Зеркальная статистика: почему стороны расходятся',
      body: 'Каждая поставка учитывается дважды: страной-экспортёром, которая оценивает товар при отправке (ФОБ), и страной-импортёром, которая оценивает его при поступлении, вместе с фрахтом и страховкой (СИФ). Товары, идущие через третьи страны, поставки, учтённые в разные годы, и разные правила определения происхождения приводят к расхождению цифр, иногда в несколько раз. Ни одна из сторон не «права»: дашборд показывает обе, а зеркальный вид закрашивает разрыв между ними.',
    },
    sides: {
      title: 'Две отчитывающиеся стороны',
      body: 'Данные о торговле приходят либо от Вьетнама (его таможни или Министерства промышленности и торговли, обычно через Вьетнамское информационное агентство), либо от Беларуси (её статистического ведомства, через БЕЛТА и государственные СМИ). Стороны считают по-разному, и их итоги за один и тот же год сильно расходятся: раздел «Торговля» показывает, насколько, и какие две цифры он сравнивает. Они всегда показаны отдельными рядами и никогда не сводятся в одну линию. Если источник не говорит, чья это статистика, у цифры отмечено, что отчитывающаяся сторона неясна.',
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
      body: 'Ни одна цифра не оценивается, не интерполируется и не выводится, чтобы затем быть показанной как опубликованная. Цели и прогнозы не показываются как данные. Товарооборот или сальдо показаны только там, где одна сторона даёт и экспорт, и импорт за один период, и помечены как расчётные; официальное значение, вызывающее сомнения, сохраняется в опубликованном виде и отмечается, с примечанием о причине.',
    },
    data: {
      title: 'Что содержит набор данных',
      what: 'сводку набора данных',
      sources:
        'Источников: {{count}} (новости: {{news}}, официальные: {{official}}, статистика: {{statistics}})',
      trade: 'Торговых показателей из прессы: {{count}}',
      official: 'Официальных статистических значений (ячеек IMF DOTS, {{from}}–{{to}} гг.): {{count}}',
      events: 'Визитов, встреч, соглашений и важных дат: {{count}}',
      partnerships: 'Партнёрств городов и регионов: {{count}}',
      updated: 'Самый новый источник: {{date}}.',
      allSources: 'Все источники и то, что на них ссылается.',
      download:
        'Скачать весь набор данных (zip: CSV по каждому файлу, JSON, описание полей и список источников)',
    },
  },
};
