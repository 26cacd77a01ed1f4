import Papa from 'papaparse';
import { figure, officialCell } from '@/testing/trade-fixtures';
import { exportFileName, tradeCsv } from './trade-export';
import { balancePoints, changesById, officialPointsForFlow, pointsForFlow } from './trade-series';

const sources = [
  {
    id: 'a',
    publisher: 'Customs, "GSO"',
    title: 'Trade, 2022',
    date: '2023',
    language: 'en',
    kind: 'statistics',
    url: 'https://example.org/a',
  },
  { id: 'b', publisher: 'Belstat', title: 'Foreign trade', date: '2023', language: 'ru', kind: 'statistics' },
] as const;

describe(exportFileName.name, () => {
  it('names the flow and the years', () => {
    expect(exportFileName('total', { from: 2010, to: 2024 }, 'csv')).toBe(
      'vietnam-belarus-trade-total-2010-2024.csv',
    );
  });
});

describe(tradeCsv.name, () => {
  it('writes one quoted line per row, in order, with source columns', () => {
    const points = pointsForFlow(
      [
        figure({ year: 2021, valueUsd: 100, sourceId: 'a' }),
        figure({ year: 2022, valueUsd: 150, sourceId: 'a', quote: 'said "150", roughly' }),
      ],
      'total',
    );
    const csv = tradeCsv([...points].reverse(), changesById(points, points), [...sources], 'total');
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true });
    expect(parsed.data.map((r) => [r.year, r.value_usd, r.change_pct, r.change_vs_year])).toEqual([
      ['2022', '150', '50', '2021'],
      ['2021', '100', '', ''],
    ]);
    expect(parsed.data[0]).toMatchObject({
      publisher: 'Customs, "GSO"',
      title: 'Trade, 2022',
      url: 'https://example.org/a',
      quote: 'said "150", roughly',
    });
  });

  it('lists both sources of a computed balance', () => {
    const points = balancePoints([
      figure({ year: 2022, flow: 'vn-exports', valueUsd: 9, sourceId: 'a' }),
      figure({ year: 2022, flow: 'vn-imports', valueUsd: 4, sourceId: 'b' }),
    ]);
    const [row] = Papa.parse<Record<string, string>>(tradeCsv(points, new Map(), [...sources], 'balance'), {
      header: true,
    }).data;
    expect(row).toMatchObject({ value_usd: '5', computed: 'true', publisher: 'Customs, "GSO" | Belstat' });
  });

  it('writes an official total with its kind, both cells and their basis, and no quote', () => {
    const points = officialPointsForFlow(
      [
        { ...officialCell('VN', 'exports', 2015, 4627260), sourceId: 'b' },
        { ...officialCell('VN', 'imports', 2015, 120125085), sourceId: 'b' },
      ],
      'total',
    );
    const [row] = Papa.parse<Record<string, string>>(tradeCsv(points, new Map(), [...sources], 'total'), {
      header: true,
    }).data;
    expect(row).toMatchObject({
      kind: 'official',
      value_usd: '124752345',
      computed: 'true',
      figure_ids: 'dots-vn-exports-by-2015 | dots-vn-imports-by-2015',
      basis: 'VN exports FOB | VN imports CIF',
      cell: 'DOTS.xlsx Exports, FOB A1 | DOTS.xlsx Imports, CIF A1',
      publisher: 'Belstat | Belstat',
      quote: '',
    });
  });
});
