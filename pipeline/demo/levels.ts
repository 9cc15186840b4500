/**
 * The levels below the country in the demo catalog and their units (codes, names, country): the
 * real snapshot's, read from the same open boundaries by the same code (pipeline/geo/levels.ts), so
 * the demo's units are exactly the shapes the level maps draw. Only the units are real: every figure
 * the demo gives for them is synthetic.
 */
import type { GeoUnit, Level } from '../../src/contract/schema';
import { snapshotLevels } from '../real/levelInputs';

export const LEVELS: Level[] = snapshotLevels().map((level) => level.entry);

/** Every unit of the demo levels, by level (the contract's order) then code. */
export function readLevelUnits(): GeoUnit[] {
  return snapshotLevels().flatMap((level) => [...level.units].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
}
