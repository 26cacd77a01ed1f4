import { keyStep } from './key-step';

describe(keyStep.name, () => {
  it('moves by one with the arrows, to the ends with Home and End, and stays within the list', () => {
    expect(keyStep('ArrowRight', 2, 5)).toBe(3);
    expect(keyStep('ArrowDown', 2, 5)).toBe(3);
    expect(keyStep('ArrowLeft', 2, 5)).toBe(1);
    expect(keyStep('ArrowUp', 0, 5)).toBe(0);
    expect(keyStep('ArrowRight', 4, 5)).toBe(4);
    expect(keyStep('Home', 3, 5)).toBe(0);
    expect(keyStep('End', 0, 5)).toBe(4);
    expect(keyStep('Enter', 1, 5)).toBeNull();
  });

  it('has nowhere to go in an empty list', () => {
    expect(keyStep('ArrowRight', 0, 0)).toBeNull();
    expect(keyStep('End', 0, 0)).toBeNull();
  });
});
