/** Moved to `src/testing/trade-fixtures.ts`; this path stays until every test imports from there. */
export { figure, officialCell } from '@/testing/trade-fixtures';
