import { renderHook } from '@testing-library/react';
import { vi } from 'vitest';
import { useFieldsMemo } from './use-fields-memo';

describe(useFieldsMemo.name, () => {
  it('computes again only when a field of its input changes', () => {
    const compute = vi.fn(({ a, b }: { a: number; b: number[] }) => a + b.length);
    const list = [1, 2];
    const { result, rerender } = renderHook(({ a, b }) => useFieldsMemo(compute, { a, b }), {
      initialProps: { a: 1, b: list },
    });
    // A new input object with the same fields: nothing is laid out again.
    rerender({ a: 1, b: list });
    expect(compute).toHaveBeenCalledTimes(1);
    rerender({ a: 2, b: list });
    rerender({ a: 2, b: [1, 2, 3] });
    expect(compute).toHaveBeenCalledTimes(3);
    expect(result.current).toBe(5);
  });
});
