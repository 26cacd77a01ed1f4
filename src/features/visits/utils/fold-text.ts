/**
 * Folds text for searching: no diacritics, lower case. `Hà Nội` → "ha noi", `Đà Nẵng` → "da nang".
 * NFD splits most accents off, but đ/Đ is a letter of its own (no decomposition), so it is mapped by hand.
 */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
}
