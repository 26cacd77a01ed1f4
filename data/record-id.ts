/**
 * The one pattern of record ids (lower-case kebab, e.g. `visit-2023-12-golovchenko`), kept apart
 * from the schema so the app can check ids in links without shipping the schema library.
 */
export const RECORD_ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
