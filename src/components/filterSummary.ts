/** What the one-line filter summary says, in order: indicator (with its breakdown), source, period, countries. */
export interface FilterSummaryInput {
  indicator: string;
  /** The breakdown's words ("Sex: Female"), or null for the total. */
  breakdown: string | null;
  source: string;
  /** The period on screen, already formatted, or null when there is none. */
  period: string | null;
  /** The selected countries' names, in the order of the selection. */
  countries: readonly string[];
}

/** How many country names the line spells out before "+N". */
export const NAMED_COUNTRIES = 2;

/**
 * The parts of the one-line summary of the filters shown above the figure on a phone
 * ("International migrant stock · Census · 2020 · Germany, France +3"). Empty parts are left out.
 * `more` words the countries beyond the first NAMED_COUNTRIES (it is given the names and how many more).
 */
export function filterSummaryParts(input: FilterSummaryInput, more: (names: string, count: number) => string): string[] {
  const indicator = input.breakdown ? `${input.indicator} (${input.breakdown})` : input.indicator;
  const named = input.countries.slice(0, NAMED_COUNTRIES).join(', ');
  const rest = input.countries.length - NAMED_COUNTRIES;
  const countries = rest > 0 ? more(named, rest) : named;
  return [indicator, input.source, input.period ?? '', countries].filter((part) => part !== '');
}
