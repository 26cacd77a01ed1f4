import { cleanup, screen, within } from '@testing-library/react';
import { renderApp } from '@/testing/render-app';

/** A count card on the Overview: its number and where it leads. */
async function countCard(name: RegExp) {
  const link = await screen.findByRole('link', { name });
  const value = Number(link.querySelector('.card__value')?.textContent);
  return { value, href: link.getAttribute('href')! };
}

/** Renders the app at `href` (a fresh page, as a reader following the link) and waits for `text`. */
async function follow(href: string, text: RegExp) {
  cleanup();
  renderApp(href);
  return screen.findByText(text);
}

describe('Overview: counts open exactly what they count', () => {
  it.each(['/', '/?from=2010&to=2020'])(
    'at %s, the visits card opens Visits with as many events',
    async (url) => {
      renderApp(url);
      const { value, href } = await countCard(/visits and meetings/);
      expect(value).toBeGreaterThan(0);
      await follow(href, new RegExp(`^${value} of \\d+ events?$`));
    },
  );

  it('the agreements card opens Visits with as many agreements', async () => {
    renderApp('/?from=2000&to=2020');
    const { value, href } = await countCard(/agreements signed/);
    expect(value).toBeGreaterThan(0);
    await follow(href, new RegExp(`^${value} of \\d+ events?$`));
  });

  it('the partnerships card opens Partner cities with as many pairs', async () => {
    renderApp('/?to=2010');
    const { value, href } = await countCard(/partnerships? of localities/);
    await follow(href, new RegExp(`^${value} of \\d+ partnerships?$`));
  });
});

describe('Overview: the last high-level visit each way', () => {
  it('names the newest each way, opens it in Visits, and lists every such visit', async () => {
    renderApp('/?to=2016');
    const section = await screen.findByRole('region', { name: 'Last high-level visit each way' });
    const vnToBy = within(section).getByText('Vietnam → Belarus').parentElement!;
    expect(within(vnToBy).getByText('26 – 27 Nov 2014')).toBeInTheDocument();
    expect(within(vnToBy).getByRole('link', { name: /Nguyen Phu Trong/ })).toHaveAttribute(
      'href',
      '/visits?event=visit-2014-11-nguyen-phu-trong&to=2016',
    );
    const byToVn = within(section).getByText('Belarus → Vietnam').parentElement!;
    expect(within(byToVn).getByRole('link', { name: /Lukashenko/ })).toHaveAttribute(
      'href',
      '/visits?event=visit-2015-12-lukashenko&to=2016',
    );
    const all = within(byToVn).getByRole('link', { name: /such visits in these years/ });
    const count = Number(/\d+/.exec(all.textContent!)![0]);
    await follow(all.getAttribute('href')!, new RegExp(`^${count} of \\d+ events?$`));
  });

  it('says when none went a way in the years chosen, in the reader’s language', async () => {
    renderApp('/ru/?from=1962&to=1996');
    const section = await screen.findByRole('region', {
      name: 'Последний визит на высоком уровне в каждом направлении',
    });
    expect(within(section).getAllByText('За эти годы нет')).toHaveLength(2);
  });
});

describe('Overview: the trade picture', () => {
  it('draws official totals and the newest press figures, and names them in a table', async () => {
    renderApp('/');
    const region = await screen.findByRole('region', { name: 'Total trade, US$ million' });
    expect(within(region).getByTestId('trade-picture').querySelectorAll('path').length).toBe(2);
    const table = within(region).getByRole('table', { name: 'The figures in the picture' });
    const row = (year: string) => within(table).getByRole('rowheader', { name: year }).closest('tr')!;
    // Belarus's official total for 2020 (IMF), and none from Vietnam that year.
    expect(row('2020')).toHaveTextContent('US$178.71 million');
    expect(row('2020')).toHaveTextContent('no figure');
    // The doubtful 2014 cell is said to be doubtful; the cards' 2025 part-year figure is named as such.
    expect(row('2014')).toHaveTextContent('(doubtful)');
    expect(row('2025')).toHaveTextContent('US$20.9 million, Vietnam, Q1 2025 only');
    expect(
      within(region).getByText(/No official total as Vietnam reports it: .*2001\u2060–\u20602013/),
    ).toBeInTheDocument();
    expect(within(region).getByRole('link', { name: /in Trade/ })).toHaveAttribute('href', '/trade');
  });

  it('keeps to the years chosen', async () => {
    renderApp('/vi/?from=2010&to=2012');
    const region = await screen.findByRole('region', { name: 'Tổng kim ngạch thương mại, triệu USD' });
    const table = within(region).getByRole('table');
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((r) => r.textContent),
    ).toEqual(['2010', '2011', '2012']);
    expect(within(region).getByRole('link', { name: /Thương mại/ })).toHaveAttribute(
      'href',
      '/vi/trade?from=2010&to=2012',
    );
  });
});
