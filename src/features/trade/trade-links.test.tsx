import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import meta from 'virtual:dataset-meta';
import { serveData } from '@/testing/data-server';
import { makeEvent } from '@/testing/event-fixtures';
import { currentSearch, renderApp } from '@/testing/render-app';
import { figure, officialCell } from '@/testing/trade-fixtures';

// Years inside the dataset's domain, whatever the real data holds.
const Y = meta.maxYear - 1;

beforeEach(() => {
  const visit = makeEvent({
    id: 'visit-test-summit',
    date: { start: `${Y - 2}-05`, precision: 'month' },
    level: 'head-of-state',
  });
  serveData({
    trade: [figure({ year: Y - 3, valueUsd: 20e6 }), figure({ year: Y, valueUsd: 50e6 })],
    official: [officialCell('VN', 'exports', Y - 3, 10e6)],
    events: [visit],
  });
});

describe('/trade event marks', () => {
  it('link to the same view a click opens: the event in Visits, for the same years', async () => {
    const { router, container } = renderApp(`/trade?from=${Y - 3}&to=${Y}&scale=log`);
    const mark = await waitFor(() => {
      const a = container.querySelector<HTMLAnchorElement>('a.trade-chart__event');
      expect(a).not.toBeNull();
      return a!;
    });
    expect(mark.dataset.id).toBe('visit-test-summit');
    const href = mark.getAttribute('href')!;
    const linked = new URL(href, 'http://x');
    expect(linked.pathname).toBe('/visits');
    expect(linked.searchParams.get('event')).toBe('visit-test-summit');
    expect(linked.searchParams.get('from')).toBe(String(Y - 3));
    expect(linked.searchParams.get('to')).toBe(String(Y));
    // The view's own params (scale) stay behind.
    expect(linked.searchParams.get('scale')).toBeNull();
    fireEvent.click(mark);
    const { pathname, search } = router.state.location;
    expect(`${pathname}${search}`).toBe(href);
  }, 15_000);
});

describe('/trade links in the older forms', () => {
  it('open the same table order without a notice, and the next change writes the one form', async () => {
    const { router, user } = renderApp('/trade?tab=table&sort=value-desc&mirror=false');
    const table = await screen.findByRole('table', { name: /by year and reporter/ });
    expect(within(table).getByRole('columnheader', { name: /^Value/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    const firstRow = within(table).getAllByRole('row')[1]!;
    expect(firstRow).toHaveTextContent('US$50 million');
    expect(screen.queryByText(/was ignored/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Log' }));
    expect(currentSearch(router).toString()).toBe('scale=log&sort=-value&tab=table');
  }, 15_000);
});
