/**
 * The one pattern of record ids (lower-case kebab, e.g. `visit-2023-12-golovchenko`), kept apart
 * from the schema so the app can check ids in links without shipping the schema library.
 */
export const RECORD_ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

/**
 * Order of record ids: by code unit, which for this pattern is the alphabetical order
 * `localeCompare` gives, without building a collator on every call (sorting Trade's event
 * markers with `localeCompare` took a fifth of a second of a slow phone's first render).
 */
export const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
