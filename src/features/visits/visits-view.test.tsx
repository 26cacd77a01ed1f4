import { screen, waitFor, within } from '@testing-library/react';
import Papa from 'papaparse';
import { captureDownloads } from '@/lib/csv/download-testing';
import { failDataFile, requestedDataFiles, restoreDataFile, serveData } from '@/testing/data-server';
import {
  beltaReport,
  datePoint,
  golovchenkoVisit,
  HANOI_MINSK,
  makeEvent,
  PEOPLE,
  PLACES,
  vnaReport,
} from '@/testing/event-fixtures';
import { expectLink } from '@/testing/link-assertions';
import { currentSearch, renderApp } from '@/testing/render-app';
import type { Partnership, Person } from '@data/schema';

// Events, places, sources, partnerships and people are fixtures built here, so growing data files
// never change what these tests expect.
const places = [PLACES.hanoi, PLACES.minsk];
const sources = [vnaReport('Prime Minister welcomes'), beltaReport('Seed article', '2010-05-02')];
const partnerships: Partnership[] = [HANOI_MINSK];
const people: Person[] = [PEOPLE.golovchenko, PEOPLE.phamMinhChinh];
const events = [
  golovchenkoVisit({ partnershipIds: ['hanoi-minsk'] }),
  makeEvent({
    id: 'visit-2010-05-minister',
    kind: 'visit',
    direction: 'by-to-vn',
    sourceIds: ['src-b'],
    title: { en: 'Minister visits Hanoi', vi: 'Bộ trưởng thăm Hà Nội' },
  }),
  makeEvent({ id: 'talks-2015', date: datePoint('2015'), kind: 'talks', direction: 'vn-to-by' }),
  makeEvent({
    id: 'agreement-2008',
    date: { ...datePoint('2008'), circa: true },
    kind: 'agreement',
    direction: 'bilateral',
  }),
];

beforeEach(() => serveData({ events, places, sources, partnerships, people }));

// Event cards are the timeline's top-level list items (details hold lists of their own); a year
// the filters emptied stays in the page hidden, and its cards are not shown.
const cards = () =>
  Array.from(document.querySelectorAll<HTMLElement>('.visits-year:not([hidden]) .visits-year__events > li'));

describe('/visits', () => {
  it('shows the events a filtered link names, with the count', async () => {
    renderApp('/visits?kind=visit&dir=by-to-vn');
    expect(await screen.findByText('2 of 4 events')).toBeInTheDocument();
    // Newest first, as an old link without `order` opens too.
    expect(cards().map((c) => within(c).getByRole('button', { expanded: false }).textContent)).toEqual([
      // Intl puts thin spaces around the range dash.
      expect.stringMatching(/^6\s–\s9 Dec 2023 Golovchenko visits Vietnam$/),
      'May 2010 Minister visits Hanoi',
    ]);
    expect(screen.getByRole('heading', { level: 2, name: /2010/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Belarus → Vietnam (2)' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(screen.getByRole('button', { name: 'Visit (2)' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.queryByRole('button', { name: /Milestone/ })).not.toBeInTheDocument();
  });

  it('writes the dates the Vietnamese way in Vietnamese', async () => {
    renderApp('/vi/visits?kind=visit&dir=by-to-vn&order=oldest');
    await waitFor(() => expect(cards()).toHaveLength(2));
    expect(cards().map((c) => within(c).getByRole('button', { expanded: false }).textContent)).toEqual([
      expect.stringMatching(/^tháng 5\/2010 /),
      expect.stringMatching(/^6–9\/12\/2023 /),
    ]);
  });

  it('turns the list oldest first with the order control, kept in the link, and Back undoes it', async () => {
    const { user, router } = renderApp('/visits');
    await screen.findByText('4 of 4 events');
    const years = () =>
      screen.getAllByRole('heading', { level: 2, name: /^\d{4}/ }).map((h) => h.textContent!.slice(0, 4));
    expect(years()).toEqual(['2023', '2015', '2010', '2008']);
    await user.click(screen.getByRole('radio', { name: 'Oldest first' }));
    expect(currentSearch(router).get('order')).toBe('oldest');
    await waitFor(() => expect(years()).toEqual(['2008', '2010', '2015', '2023']));
    await router.navigate(-1);
    await waitFor(() => expect(years()).toEqual(['2023', '2015', '2010', '2008']));
    expect(screen.getByRole('radio', { name: 'Newest first' })).toBeChecked();
  });

  it('draws a mark per shown event on the timeline; a filter changes the marks, a click opens the event', async () => {
    const { user, router } = renderApp('/visits');
    await screen.findByText('4 of 4 events');
    const timeline = screen.getByRole('group', { name: /^Timeline of events/ });
    const marks = () => within(timeline).getAllByRole('button');
    expect(marks()).toHaveLength(4);
    // A screen reader hears the date, the title and the level only.
    expect(
      within(timeline).getByRole('button', { name: 'c. 2008, Event agreement-2008, Ministerial' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Belarus → Vietnam (2)' }));
    await waitFor(() => expect(marks()).toHaveLength(2));
    await user.click(within(timeline).getByRole('button', { name: /Minister visits Hanoi/ }));
    expect(currentSearch(router).get('event')).toBe('visit-2010-05-minister');
    expect(await screen.findByRole('button', { expanded: true })).toHaveTextContent('Minister visits Hanoi');
    expect(within(timeline).getByRole('button', { name: /Minister visits Hanoi/ })).toHaveAttribute(
      'data-selected',
      'true',
    );
  });

  it('opens the event a link names, with its date, people, sources and links out', async () => {
    renderApp('/visits?event=visit-2023-12-golovchenko&from=2010');
    const toggle = await screen.findByRole('button', { expanded: true });
    expect(toggle).toHaveTextContent(/6\s–\s9 Dec 2023/);
    await waitFor(() => expect(toggle).toHaveFocus());
    const card = toggle.closest('li')!;
    expect(card).toHaveTextContent('Participants: Roman Golovchenko, Pham Minh Chinh');
    expectLink(card, 'Prime Minister welcomes', 'https://example.org/a');
    // Each source with the words the card rests on.
    expect(within(card).getByText('A quote.').closest('li')).toHaveTextContent('Prime Minister welcomes');
    expectLink(card, 'Trade in 2023', '/trade?from=2010&year=2023');
    expectLink(card, 'Partner cities: Hanoi – Minsk', '/partners?from=2010&pair=hanoi-minsk');
  });

  it('a link to an event asks for its sources beside the events, and holds their room while they load', async () => {
    let releaseEvents!: () => void;
    const eventsHeld = new Promise<void>((r) => (releaseEvents = r));
    let releaseSources!: () => void;
    const sourcesHeld = new Promise<void>((r) => (releaseSources = r));
    serveData({ events: eventsHeld.then(() => events), sources: sourcesHeld.then(() => sources) });
    renderApp('/visits?event=visit-2023-12-golovchenko');
    // Before the events have come: the sources are already on their way.
    await waitFor(() => expect(requestedDataFiles()).toContain('sources'));
    expect(requestedDataFiles()).toContain('events');
    releaseEvents();
    const card = (await screen.findByRole('button', { expanded: true })).closest('li')!;
    const list = card.querySelector('.visits-card__sources')!;
    expect(list).toHaveAttribute('aria-busy', 'true');
    // Placeholders, not the bare source ids.
    expect(list.querySelectorAll('li.skeleton')).toHaveLength(1);
    expect(list).not.toHaveTextContent(/src-/);
    releaseSources();
    expect(await within(card).findByRole('link', { name: 'Prime Minister welcomes' })).toBeInTheDocument();
    expect(list).toHaveAttribute('aria-busy', 'false');
    expect(list.querySelectorAll('li.skeleton')).toHaveLength(0);
  });

  it('names the participants as readers of Russian and Vietnamese know them', async () => {
    const ru = renderApp('/ru/visits?event=visit-2023-12-golovchenko');
    const card = (await screen.findByRole('button', { expanded: true })).closest('li')!;
    expect(card).toHaveTextContent('Участники: Роман Головченко, Фам Минь Тьинь');
    expect(card).not.toHaveTextContent('Pham Minh Chinh');
    ru.unmount();

    renderApp('/vi/visits?event=visit-2023-12-golovchenko');
    const viCard = (await screen.findByRole('button', { expanded: true })).closest('li')!;
    expect(viCard).toHaveTextContent('Người tham gia: Roman Golovchenko, Phạm Minh Chính');
  });

  it('finds an event by a participant’s name in Russian and in Vietnamese', async () => {
    const { user } = renderApp('/ru/visits');
    await screen.findByText(/^4 из 4/);
    await user.type(screen.getByRole('searchbox'), 'фам минь тьинь');
    await waitFor(() => expect(cards()).toHaveLength(1));
    expect(cards()[0]).toHaveTextContent('Golovchenko visits Vietnam');
    // The older transcription finds him too.
    await user.clear(screen.getByRole('searchbox'));
    await user.type(screen.getByRole('searchbox'), 'фам минь тинь');
    await waitFor(() => expect(cards()).toHaveLength(1));
    await user.clear(screen.getByRole('searchbox'));
    await user.type(screen.getByRole('searchbox'), 'phạm minh chính');
    await waitFor(() => expect(cards()).toHaveLength(1));
  }, 15_000);

  it('filters by a diacritic-free search, and Clear filters brings every event back', async () => {
    const { user, router } = renderApp('/visits');
    await screen.findByText('4 of 4 events');
    await user.type(screen.getByRole('searchbox'), 'pham minh');
    expect(await screen.findByText('1 of 4 events')).toBeInTheDocument();
    expect(currentSearch(router).get('q')).toBe('pham minh');
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(await screen.findByText('4 of 4 events')).toBeInTheDocument();
    expect(screen.getByRole('searchbox')).toHaveValue('');
  }, 15_000);

  it('names an unknown event, and offers to show one the filters hide', async () => {
    const first = renderApp('/visits?event=no-such-event');
    expect(await screen.findByText('“event=no-such-event” was ignored.')).toBeInTheDocument();
    first.unmount();

    const { user, router } = renderApp('/visits?kind=talks&event=agreement-2008');
    await user.click(await screen.findByRole('button', { name: 'Show it' }));
    await waitFor(() => expect(currentSearch(router).toString()).toBe('event=agreement-2008'));
    expect(await screen.findByRole('button', { expanded: true })).toHaveTextContent('c. 2008');
  });

  it('toggles a direction into the URL, and Back undoes it', async () => {
    const { user, router } = renderApp('/visits');
    await screen.findByText('4 of 4 events');
    await user.click(screen.getByRole('button', { name: 'Vietnam → Belarus (1)' }));
    expect(currentSearch(router).get('dir')).toBe('vn-to-by');
    expect(await screen.findByText('1 of 4 events')).toBeInTheDocument();
    expect(cards()).toHaveLength(1);
    // Years left empty are not shown (nor read out), and come back with the filter undone.
    expect(screen.getAllByRole('heading', { level: 2, name: /^\d{4}/ })).toHaveLength(1);
    expect(screen.getAllByRole('button', { expanded: false, name: /visits|talks|agreement/i })).toHaveLength(
      1,
    );
    await router.navigate(-1);
    expect(await screen.findByText('4 of 4 events')).toBeInTheDocument();
    expect(cards()).toHaveLength(4);
  });

  it('makes each chip group one Tab stop: arrows move inside it, Space toggles', async () => {
    const { user, router } = renderApp('/visits');
    await screen.findByText('4 of 4 events');
    const direction = screen.getByRole('toolbar', { name: 'Direction' });
    const chips = within(direction).getAllByRole('button');
    expect(chips.filter((c) => c.tabIndex === 0)).toHaveLength(1);
    chips[0]!.focus();
    await user.keyboard('{ArrowRight}');
    expect(chips[1]).toHaveFocus();
    await user.keyboard('{End}');
    expect(chips.at(-1)).toHaveFocus();
    await user.keyboard('{Home}{ArrowDown}');
    expect(chips[1]).toHaveFocus();
    // The chip last moved to is now the group's Tab stop.
    expect(chips.filter((c) => c.tabIndex === 0)).toEqual([chips[1]]);
    await user.keyboard(' ');
    expect(currentSearch(router).get('dir')).toBeTruthy();
    expect(chips[1]).toHaveAttribute('aria-pressed', 'true');
    await user.tab();
    expect(screen.getByRole('toolbar', { name: 'Level' })).toContainElement(
      document.activeElement as HTMLElement,
    );
  });

  it('keeps the timeline when the sources fail, and the opened card offers Retry', async () => {
    failDataFile('sources', 500);
    const { user } = renderApp('/visits?event=visit-2010-05-minister');
    const toggle = await screen.findByRole('button', { expanded: true });
    const card = toggle.closest('li')!;
    expect(await within(card).findByText(/source list could not be loaded/)).toBeInTheDocument();
    expect(card).toHaveTextContent('src-b');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    restoreDataFile('sources');
    await user.click(within(card).getByRole('button', { name: 'Retry' }));
    expect(await within(card).findByText('Seed article')).toBeInTheDocument();
  });

  it('downloads the events it lists, with their sources’ addresses, as one file named after the filters', async () => {
    const files = captureDownloads();
    const { user } = renderApp('/visits?kind=visit&dir=by-to-vn&from=2000');
    await screen.findByText('2 of 4 events');
    const button = screen.getByRole('button', { name: 'Download CSV (2 events)' });
    expect(button).toHaveAccessibleDescription(/Saves the 2 events listed here/);
    await user.dblClick(button);
    await waitFor(() => expect(files.count()).toBe(1));
    const [file] = await files.read();
    expect(file!.fileName).toMatch(/^vietnam-belarus-visits-visit-by-to-vn-2000-\d{4}\.csv$/);
    const rows = Papa.parse<Record<string, string>>(file!.text, { header: true, skipEmptyLines: true }).data;
    // In the list's order: newest first.
    expect(rows.map((r) => r.id)).toEqual(['visit-2023-12-golovchenko', 'visit-2010-05-minister']);
    expect(rows[0]).toMatchObject({
      title: 'Golovchenko visits Vietnam',
      source_urls: 'https://example.org/a',
    });
    vi.restoreAllMocks();
  });
});
