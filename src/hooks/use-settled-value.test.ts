import { act, renderHook } from '@testing-library/react';
import { vi } from 'vitest';
import { useSettledValue } from './use-settled-value';

describe(useSettledValue.name, () => {
  it('keeps the last settled value while the value keeps changing, then catches up', () => {
    vi.useFakeTimers();
    try {
      const { result, rerender } = renderHook(({ v }) => useSettledValue(v, 250), { initialProps: { v: 1 } });
      rerender({ v: 2 });
      act(() => void vi.advanceTimersByTime(100));
      rerender({ v: 3 });
      act(() => void vi.advanceTimersByTime(200));
      // 300 ms after the first change, but only 200 ms after the last: still the first value.
      expect(result.current).toBe(1);
      act(() => void vi.advanceTimersByTime(60));
      expect(result.current).toBe(3);
    } finally {
      vi.useRealTimers();
    }
  });
});
