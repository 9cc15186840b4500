import type { Flag } from '../../../src/contract/schema';

/** One figure of a series: a country (or corridor) and period. */
export interface Cell {
  value: number;
  lower: number | null;
  upper: number | null;
  flag: Flag | null;
}

const FLAG_RANK: Record<Flag, number> = { break: 4, provisional: 3, estimate: 2, imputed: 1 };
export const higherFlag = (a: Flag | null, b: Flag | null): Flag | null => (a === null ? b : b === null ? a : FLAG_RANK[a] >= FLAG_RANK[b] ? a : b);
