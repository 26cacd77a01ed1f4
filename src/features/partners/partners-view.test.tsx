import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import { failDataFile, serveData } from '@/testing/data-server';
import { datePoint, makePair } from '@/testing/event-fixtures';
import { expectLink } from '@/testing/link-assertions';
import { currentSearch, renderApp } from '@/testing/render-app';
import type { DatasetEvent, Partnership, Place, Source } from '@data/schema';

const place = (
  id: string,
  en: string,
  country: 'VN' | 'BY',
  kind: Place['kind'],
  lat: number,
  lon: number,
): Place => ({
  id,
  names: { en, vi: en, ru: `${en} (ru)` },
  country,
  kind,
  latitude: lat,
  longitude: lon,
  geonamesId: 1,
});
const kazan: Place = {
  ...place('kazan', 'Kazan', 'VN', 'city', 55.79, 49.12),
  names: { en: 'Kazan', vi: 'Kazan', ru: 'Казань' },
  country: 'RU',
};
const places = [
  kazan,
  place('hanoi', 'Hanoi', 'VN', 'city', 21.02, 105.84),
  place('hcmc', 'Ho Chi Minh City', 'VN', 'city', 10.82, 106.63),
  place('lao-cai', 'Lao Cai province', 'VN', 'region', 22.49, 103.97),
  place('minsk', 'Minsk', 'BY', 'city', 53.9, 27.57),
  place('brest-region', 'Brest region', 'BY', 'region', 52.1, 23.69),
];
const pair = (
  id: string,
  vn: string,
  by: string,
  status: Partnership['status'],
  start: string | null,
  sourceIds: string[],
): Partnership =>
  makePair({
    id,
    vnPlaceId: vn,
    byPlaceId: by,
    status,
    since: start ? datePoint(start) : null,
    documents:
      start === '2004-11'
        ? [{ title: { en: 'Cooperation agreement', vi: 'Thỏa thuận hợp tác' }, date: '2004-11-02' }]
        : [],
    sourceIds,
    quotes: sourceIds.map((sourceId) => ({ sourceId, text: 'A quote.', shows: status })),
  });
const partnerships = [
  pair('hanoi-minsk', 'hanoi', 'minsk', 'signed', '2004-11', ['s1']),
  pair('hcmc-minsk', 'hcmc', 'minsk', 'signed', null, ['s2']),
  pair('lao-cai-brest', 'lao-cai', 'brest-region', 'proposed', '2017', ['s1']),
];
const events: DatasetEvent[] = [
  {
    id: 'visit-minsk-2010',
    date: { start: '2010-05-12', precision: 'day' },
    kind: 'visit',
    level: 'local',
    direction: 'vn-to-by',
    placeId: 'minsk',
    participants: [],
    title: { en: 'Hanoi delegation in Minsk', vi: 'Đoàn Hà Nội thăm Minsk' },
    summary: { en: 'x', vi: 'x' },
    documents: [],
    sourceIds: ['s1'],
    quotes: [{ sourceId: 's1', text: 'A quote.' }],
    tags: [],
    partnershipIds: ['hanoi-minsk'],
  },
];
const sources: Source[] = [
  {
    id: 's1',
    publisher: 'BelTA',
    title: 'Twinning news',
    date: '2017-03-01',
    language: 'en',
    kind: 'news',
    url: 'https://example.org/a',
  },
  {
    id: 's2',
    publisher: 'Seed article',
    title: 'Old review',
    date: '2011-01-01',
    language: 'vi',
    kind: 'news',
  },
];
const geo: unknown = JSON.parse(readFileSync(resolve(process.cwd(), 'data/geo-countries.topo.json'), 'utf8'));

beforeEach(() => serveData({ places, partnerships, events, sources, 'geo-countries': geo }));

const map = () => screen.findByRole('group', { name: /map of partner localities/i });

describe('/partners', () => {
  it('draws both countries, one connector per pair and a table row per pair', async () => {
    const { container } = renderApp('/partners');
    expect(await screen.findByRole('heading', { level: 1, name: 'Partner cities' })).toBeInTheDocument();
    await map();
    expect(container.querySelector('[data-country="VN"]')).toHaveAttribute('d');
    expect(container.querySelector('[data-country="BY"]')).toHaveAttribute('d');
    expect(container.querySelectorAll('svg [data-pair]')).toHaveLength(3);
    expect(screen.getByText('3 of 3 partnerships')).toBeInTheDocument();
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    expect(screen.getByRole('button', { name: 'Minsk, Belarus: 2 partnerships' })).toBeInTheDocument();
  });

  it("draws Hoàng Sa and Trường Sa in Vietnam's fill, with their names and the East Sea", async () => {
    const { container } = renderApp('/partners');
    await map();
    for (const id of ['hoang-sa', 'truong-sa']) {
      const shapes = container.querySelectorAll(`[data-archipelago="${id}"] .partners-map__islet`);
      expect(shapes.length).toBeGreaterThan(1);
      for (const s of shapes) expect(s).toHaveClass('partners-map__country--VN');
      expect(container.querySelector(`path[data-archipelago="${id}"]`)).toHaveClass(
        'partners-map__country--VN',
      );
    }
    expect(screen.getByRole('img', { name: 'Hoang Sa (Paracel) Islands' })).toHaveTextContent(
      'Hoang Sa (Paracel)Islands',
    );
    expect(screen.getByRole('img', { name: 'Truong Sa (Spratly) Islands' })).toBeInTheDocument();
    expect(screen.getByText('East Sea')).toBeInTheDocument();
  });

  it('shows only the figure in a chart-only embed: title, map, legend, credit and a link to the full view', async () => {
    const { container } = renderApp('/partners?embed=chart&place=minsk');
    expect(await screen.findByRole('heading', { level: 1, name: 'Partner cities' })).toBeInTheDocument();
    await map();
    expect(screen.getByRole('group', { name: 'Legend' })).toBeInTheDocument();
    expect(screen.getByText('Sources: BelTA, Seed article')).toBeInTheDocument();
    const link = screen.getByRole('link', { name: /View the full map/ });
    expect(link).toHaveAttribute('target', '_blank');
    expect(link.getAttribute('href')).toMatch(/\/partners\?(?=.*place=minsk)(?!.*embed)/);
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(screen.queryByRole('complementary')).toBeNull();
    expect(container.querySelector('[data-place="minsk"]')).toHaveAttribute('aria-pressed', 'true');
  });

  it('opens every partnership of a locality from a shared link, with dates, sources and events', async () => {
    renderApp('/partners?place=minsk');
    const panel = await screen.findByRole('complementary', { name: 'Minsk' });
    expect(within(panel).getByText('City in Belarus')).toBeInTheDocument();
    expect(within(panel).getByText('Minsk (ru)')).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Hanoi' })).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Ho Chi Minh City' })).toBeInTheDocument();
    expect(within(panel).getByText(/Nov(ember)? 2004/)).toBeInTheDocument();
    expect(within(panel).getByText(/date unknown/)).toBeInTheDocument();
    expectLink(panel, 'BelTA (2017)', 'https://example.org/a');
    expectLink(panel, 'Hanoi delegation in Minsk', '/visits?event=visit-minsk-2010');
  });

  it('selects a pair from the table, shows it on the map, and Escape clears it', async () => {
    const { router, user } = renderApp('/partners');
    await map();
    await user.click(screen.getByRole('button', { name: 'Select Lao Cai province – Brest region' }));
    expect(currentSearch(router).get('pair')).toBe('lao-cai-brest');
    const panel = await screen.findByRole('complementary', { name: 'Lao Cai province – Brest region' });
    expect(within(panel).getByText(/proposed: talks/)).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: /Lao Cai province – Brest region: Proposed, 2017/ }),
    ).toHaveAttribute('aria-pressed', 'true');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(currentSearch(router).get('pair')).toBeNull());
  });

  it('selects a locality on the map with the keyboard', async () => {
    const { router, user } = renderApp('/partners');
    const minsk = await screen.findByRole('button', { name: 'Minsk, Belarus: 2 partnerships' });
    minsk.focus();
    await user.keyboard('{Enter}');
    expect(currentSearch(router).get('place')).toBe('minsk');
  });

  it('filters by end year, status and undated, and names a bad value', async () => {
    const { container, user } = renderApp('/partners?to=2010&status=signed,bogus');
    expect(await screen.findByText('2 of 3 partnerships')).toBeInTheDocument();
    expect(screen.getByText(/“status=bogus” was ignored/)).toBeInTheDocument();
    await map();
    expect(container.querySelectorAll('svg [data-pair]')).toHaveLength(2);
    await user.click(screen.getByRole('checkbox', { name: 'Show pairs with no known date' }));
    expect(await screen.findByText(/1 of 3 partnerships/)).toBeInTheDocument();
    expect(screen.getByText(/1 undated pair hidden/)).toBeInTheDocument();
  });

  it.each([
    ['vi', 'Trung Quốc', 'Lào', 'Minsk, Belarus: 2 quan hệ đối tác'],
    ['ru', 'Китай', 'Лаос', 'Minsk (ru), Беларусь: 2 партнёрства'],
  ])('names every country and locality on the map in %s', async (lang, china, laos, minsk) => {
    const { container } = renderApp(`/${lang}/partners`);
    expect(await screen.findByRole('button', { name: minsk })).toBeInTheDocument();
    const tooltips = [...container.querySelectorAll('.partners-map__svg title')].map((t) => t.textContent);
    expect(tooltips).toEqual(expect.arrayContaining([china, laos]));
    expect(tooltips).not.toEqual(expect.arrayContaining(['China']));
    expect(tooltips).not.toEqual(expect.arrayContaining(['Laos']));
    expect(tooltips).not.toEqual(expect.arrayContaining(['Thailand']));
  });

  it('names the country of a locality outside Vietnam and Belarus in the reader’s language', async () => {
    renderApp('/vi/partners?place=kazan');
    const panel = await screen.findByRole('complementary', { name: 'Kazan' });
    expect(within(panel).getByText('Thành phố ở Nga')).toBeInTheDocument();
  });

  it('words the how-to for a touch screen as well as for a mouse and keys', async () => {
    renderApp('/ru/partners');
    await screen.findByRole('group', { name: /Карта городов/ });
    // CSS shows the wording for the reader's pointer; both are in the page, so prerendering matches.
    expect(screen.getByText(/^Коснитесь места или линии/)).toHaveClass('partners-map__hint-touch');
    expect(screen.getByText(/^Наведите указатель/)).toHaveClass('partners-map__hint-pointer');
    expect(screen.getByText(/^С клавиатуры: Tab/)).toHaveClass('partners-map__hint-keys');
  });

  it('keeps the table when the map shapes fail to load', async () => {
    failDataFile('geo-countries', 503);
    renderApp('/partners');
    expect(await screen.findByRole('alert')).toHaveTextContent(/map shapes could not be loaded/);
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(4);
  });
});
