import { describe, expect, it } from 'vitest';
import { rovingStep } from './roving-step';

describe(rovingStep.name, () => {
  it('moves forward with Right and Down, back with Left and Up', () => {
    expect(rovingStep('ArrowRight', 1, 4)).toBe(2);
    expect(rovingStep('ArrowDown', 1, 4)).toBe(2);
    expect(rovingStep('ArrowLeft', 1, 4)).toBe(0);
    expect(rovingStep('ArrowUp', 1, 4)).toBe(0);
  });

  it('jumps to the ends with Home and End', () => {
    expect(rovingStep('Home', 2, 4)).toBe(0);
    expect(rovingStep('End', 0, 4)).toBe(3);
  });

  it('stops at the ends instead of wrapping', () => {
    expect(rovingStep('ArrowRight', 3, 4)).toBe(3);
    expect(rovingStep('ArrowLeft', 0, 4)).toBe(0);
  });

  it('leaves other keys (Tab, Space, Enter) alone', () => {
    expect(rovingStep('Tab', 1, 4)).toBeNull();
    expect(rovingStep(' ', 1, 4)).toBeNull();
    expect(rovingStep('Enter', 1, 4)).toBeNull();
    expect(rovingStep('ArrowRight', 0, 0)).toBeNull();
  });
});
