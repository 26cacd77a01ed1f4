import { skippedYears } from './change-gap';

describe(skippedYears.name, () => {
  it('names the years between the base year and the figure’s', () => {
    expect(skippedYears(2022, 2019)).toEqual({ from: 2020, to: 2021 });
  });

  it('names a single missing year as a range of one', () => {
    expect(skippedYears(2021, 2019)).toEqual({ from: 2020, to: 2020 });
  });

  it('gives nothing for a change between adjacent years', () => {
    expect(skippedYears(2022, 2021)).toBeNull();
  });
});
