/**
 * A country's observations by period, kept as row numbers of the series and made into
 * observation objects only when read (then the same object every time). Grouping a large series
 * then allocates no object per row, which is what made the garbage collector hold the page's
 * thread while a new series was grouped. Iterates in the series' row order, as a Map filled row
 * by row would. Pure.
 */
import type { Series } from '../../contract/schema';
import { observationAt, type Observation } from '../../data/observations';

export class RowObservations implements ReadonlyMap<string, Observation> {
  constructor(
    private readonly series: Series,
    /** Period → row (the first row of a period). */
    readonly rows: Map<string, number>,
    /** Observations already made, by row (shared by the countries of one series). */
    private readonly made: (Observation | undefined)[],
  ) {}

  get size(): number {
    return this.rows.size;
  }

  private at(row: number): Observation {
    return (this.made[row] ??= observationAt(this.series, row));
  }

  get(period: string): Observation | undefined {
    const row = this.rows.get(period);
    return row === undefined ? undefined : this.at(row);
  }

  has(period: string): boolean {
    return this.rows.has(period);
  }

  keys(): MapIterator<string> {
    return this.rows.keys();
  }

  *values(): MapIterator<Observation> {
    for (const row of this.rows.values()) yield this.at(row);
  }

  *entries(): MapIterator<[string, Observation]> {
    for (const [period, row] of this.rows) yield [period, this.at(row)];
  }

  [Symbol.iterator](): MapIterator<[string, Observation]> {
    return this.entries();
  }

  forEach(callback: (value: Observation, key: string, map: ReadonlyMap<string, Observation>) => void, thisArg?: unknown): void {
    for (const [period, row] of this.rows) callback.call(thisArg, this.at(row), period, this);
  }
}
