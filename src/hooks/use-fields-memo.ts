import { useMemo } from 'react';

/**
 * `compute(input)`, computed again only when a field of `input` changes (compared by identity):
 * a memo keyed by the very object it is computed from, so a field added to the input can never
 * be left out of the keys. `input` must be an object literal with the same fields every render.
 */
export function useFieldsMemo<I extends object, R>(compute: (input: I) => R, input: I): R {
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the keys are every field of `input`.
  return useMemo(() => compute(input), Object.values(input));
}
