import { sameProps } from './same-props';

describe(sameProps.name, () => {
  const onToggle = () => {};
  const a = { year: 2020, hidden: false, onToggle, events: [1] };

  it('is true when every named prop is the same value', () => {
    expect(sameProps(a, { ...a }, ['year', 'hidden', 'onToggle'])).toBe(true);
  });

  it('is false when one named prop differs, a callback by identity too', () => {
    expect(sameProps(a, { ...a, hidden: true }, ['year', 'hidden'])).toBe(false);
    expect(sameProps(a, { ...a, onToggle: () => {} }, ['year', 'onToggle'])).toBe(false);
  });

  it('ignores props it is not given, and compares arrays by identity', () => {
    expect(sameProps(a, { ...a, events: [1] }, ['year'])).toBe(true);
    expect(sameProps(a, { ...a, events: [1] }, ['events'])).toBe(false);
  });
});
