import { BURST_IDLE_MS, continuesBurst, type BurstMark } from './use-search-updater';

describe(continuesBurst.name, () => {
  const last: BurstMark = { burst: 'years', search: '/?from=1960', at: 1000 };

  it('starts a burst when there was none', () => {
    expect(continuesBurst(null, 'years', '/?from=1960', 1000)).toBe(false);
  });

  it('continues a burst from the page it wrote, within the idle time', () => {
    expect(continuesBurst(last, 'years', '/?from=1960', 1000 + BURST_IDLE_MS - 1)).toBe(true);
  });

  it('ends a burst after the idle time', () => {
    expect(continuesBurst(last, 'years', '/?from=1960', 1000 + BURST_IDLE_MS)).toBe(false);
  });

  it('ends a burst when the page shows something else (Back, another filter, another view)', () => {
    expect(continuesBurst(last, 'years', '/?from=1959', 1100)).toBe(false);
    expect(continuesBurst(last, 'years', '/sources?from=1960', 1100)).toBe(false);
  });

  it('keeps bursts of different controls apart', () => {
    expect(continuesBurst(last, 'q', '/?from=1960', 1100)).toBe(false);
  });
});
