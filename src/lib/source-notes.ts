/**
 * Endnote numbers for the sources of a printed table: each source once, numbered in the order
 * the rows first cite it, so a cell prints "[3]" and the list under the table gives the address
 * (an address in every cell took 10 of Trade's 16 printed pages).
 *   sourceNotes([['imf'], ['belta', 'imf'], ['vna']]) → Map { imf → 1, belta → 2, vna → 3 }
 */
export function sourceNotes(rows: readonly (readonly string[])[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const ids of rows) for (const id of ids) if (!out.has(id)) out.set(id, out.size + 1);
  return out;
}
