/**
 * Shared by the search (the app) and the anchoring check (data/anchoring.ts): a quote names a place
 * or a person when their folded forms match, as a search finds them.
 *
 * Folds text for searching: no diacritics, lower case. `Hà Nội` → "ha noi", `Đà Nẵng` → "da nang",
 * `Ёлка` → "елка". NFD splits most accents off (also Cyrillic ё → е, й → и), but đ/Đ is a letter
 * of its own (no decomposition), so it is mapped by hand.
 */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

// Russian (and Belarusian і, ў) letters in the Latin spelling English-language sources give
// Belarusian names: Лукашенко → lukashenko, Головченко → golovchenko, Мясникович → myasnikovich.
// Applied to folded text, where й is already и and ё is е.
const LATIN = new Map(
  'аa бb вv гg дd еe жzh зz иi кk лl мm нn оo пp рr сs тt уu фf хkh цts чch шsh щshch ъ ыy ь эe юyu яya іi'
    .split(' ')
    .map((pair) => [pair[0]!, pair.slice(1)]),
);

/**
 * A folded Cyrillic word in Latin letters, or null when it has no Cyrillic: "лукашенко" →
 * "lukashenko". Participants' Russian names (data/people.json) are searched as they are; this
 * spelling lets a Russian query still find a text written in Latin letters only (a participant
 * with no people record, a name in a title with no Russian).
 */
export function latinOf(folded: string): string | null {
  if (!/[\u0400-\u04ff]/.test(folded)) return null;
  return folded.replace(/[\u0400-\u04ff]/g, (c) => LATIN.get(c) ?? c);
}
