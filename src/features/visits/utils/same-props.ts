/**
 * Whether two props objects hold the same values (`===`) under `keys`: the part of a memoised
 * component's comparison that needs no special rule.
 *   sameProps({ a: 1, b: [] }, { a: 1, b: [] }, ['a']) → true
 */
export function sameProps<T extends object>(a: T, b: T, keys: readonly (keyof T)[]): boolean {
  return keys.every((k) => a[k] === b[k]);
}
