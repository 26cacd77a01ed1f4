import { withoutIssues } from './without-issues';

describe(withoutIssues.name, () => {
  it('drops a param the view ignored, and only the bad members of a set', () => {
    expect(
      withoutIssues('?flow=sideways&from=2010', [{ param: 'flow', value: 'sideways', action: 'ignored' }]),
    ).toBe('?from=2010');
    expect(
      withoutIssues('?kind=visit,bogus&q=x', [{ param: 'kind', value: 'bogus', action: 'ignored' }]),
    ).toBe('?kind=visit&q=x');
  });

  it('writes a clamped or swapped value as the view used it', () => {
    expect(
      withoutIssues('?from=1900', [{ param: 'from', value: '1900', action: 'clamped', usedValue: '1957' }]),
    ).toBe('?from=1957');
    expect(
      withoutIssues('?from=2020&to=2010', [
        { param: 'from', value: '2020', action: 'swapped', usedValue: '2010' },
      ]),
    ).toBe('?from=2010&to=2020');
  });

  it('leaves a link without issues as it is', () => {
    expect(withoutIssues('?from=2010', [])).toBe('?from=2010');
  });
});
