/**
 * A list's records by their id, the one lookup every view builds from a data file:
 *   byId(sources).get('belta-2023-12-brest-laocai') → that source
 * A repeated id keeps its last record (the dataset's check forbids repeats).
 */
export function byId<T extends { readonly id: string }>(records: readonly T[]): Map<string, T> {
  return new Map(records.map((r) => [r.id, r]));
}
