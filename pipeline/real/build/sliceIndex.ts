/** Which slices each source has for each indicator: indicator → source → slices. */
export type SliceIndex = Map<string, Map<string, Set<string>>>;

export function addSlice(index: SliceIndex, indicator: string, source: string, slice: string): void {
  const bySource = index.get(indicator) ?? new Map<string, Set<string>>();
  bySource.set(source, (bySource.get(source) ?? new Set<string>()).add(slice));
  index.set(indicator, bySource);
}

/** The countries and the first and latest periods a source's files cover. */
export class Coverage {
  readonly countries = new Set<string>();
  first: string | undefined;
  latest: string | undefined;

  add(period: string, ...countries: string[]): void {
    for (const c of countries) this.countries.add(c);
    if (this.latest === undefined || period > this.latest) this.latest = period;
    if (this.first === undefined || period < this.first) this.first = period;
  }
}
