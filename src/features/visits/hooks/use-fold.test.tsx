import { act, renderHook } from '@testing-library/react';
import { useFold } from './use-fold';

describe(useFold.name, () => {
  it('starts folded, points its button at its panel, and each press unfolds or folds it', () => {
    const { result } = renderHook(() => useFold());
    expect(result.current.open).toBe(false);
    expect(result.current.buttonProps['aria-controls']).toBe(result.current.panelId);
    expect(result.current.buttonProps['aria-expanded']).toBe(false);
    act(() => result.current.buttonProps.onClick());
    expect(result.current.open).toBe(true);
    expect(result.current.buttonProps['aria-expanded']).toBe(true);
    act(() => result.current.buttonProps.onClick());
    expect(result.current.open).toBe(false);
  });
});
