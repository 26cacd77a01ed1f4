/** Test fixture: the IMF DOTS cells the Overview's tests read, for its headline totals and its picture. */
import { officialCell } from '@/testing/trade-fixtures';

/**
 * Vietnam: both flows in 1999 and 2000, exports only in 2001, both again in 2014 (exports
 * doubtful). Belarus: both flows 1999–2001.
 */
export const OFFICIAL = [
  officialCell('VN', 'exports', 1999, 1e6),
  officialCell('VN', 'imports', 1999, 2e6),
  officialCell('VN', 'exports', 2000, 3e6),
  officialCell('VN', 'imports', 2000, 4e6),
  officialCell('VN', 'exports', 2001, 5e6),
  officialCell('VN', 'exports', 2014, 400e6, true),
  officialCell('VN', 'imports', 2014, 10e6),
  ...[1999, 2000, 2001].flatMap((y) => [
    officialCell('BY', 'exports', y, 10e6),
    officialCell('BY', 'imports', y, 20e6),
  ]),
];
