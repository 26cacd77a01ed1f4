import { sourceNotes } from './source-notes';

describe(sourceNotes.name, () => {
  it('numbers each source once, in the order the rows first cite it', () => {
    const notes = sourceNotes([['imf', 'imf'], ['belta', 'imf'], [], ['vna', 'belta']]);
    expect([...notes]).toEqual([
      ['imf', 1],
      ['belta', 2],
      ['vna', 3],
    ]);
  });
});
