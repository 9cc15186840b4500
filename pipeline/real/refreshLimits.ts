/**
 * When a refresh's figures are too unlike the committed ones to publish without a person looking:
 * a publisher's API that answers with a fraction of a dataset (a changed filter, a truncated page,
 * a dataset being republished) would otherwise replace good figures with few. Revisions and new
 * periods are what a refresh is for, so they never stop it. Pure.
 */
import type { Comparison } from './changes';

export interface RefreshLimits {
  /** A source must keep at least this share of its values (after / before). */
  minValueShare: number;
  /** ... and of its countries with any value. */
  minCountryShare: number;
}

export const REFRESH_LIMITS: RefreshLimits = { minValueShare: 0.5, minCountryShare: 0.8 };

const percent = (x: number): string => `${Math.round(x * 100)}%`;

/** One line per source whose new figures fall short of the limits (none: the refresh may go on). */
export function implausibleChanges({ report, counts }: Comparison, limits: RefreshLimits = REFRESH_LIMITS): string[] {
  const problems: string[] = [];
  for (const source of report.sources) {
    const c = counts.get(source.id);
    if (source.status === 'removed') {
      problems.push(`${source.id}: gone from the new build (it had ${c?.valuesBefore ?? 0} values)`);
      continue;
    }
    if (c === undefined || c.valuesBefore === 0) continue;
    if (c.valuesAfter < limits.minValueShare * c.valuesBefore) {
      problems.push(
        `${source.id}: keeps ${c.valuesAfter} of its ${c.valuesBefore} values (${percent(c.valuesAfter / c.valuesBefore)}; at least ${percent(limits.minValueShare)} expected)`,
      );
    }
    if (c.countriesAfter < limits.minCountryShare * c.countriesBefore) {
      problems.push(
        `${source.id}: keeps ${c.countriesAfter} of its ${c.countriesBefore} countries (${percent(c.countriesAfter / c.countriesBefore)}; at least ${percent(limits.minCountryShare)} expected; dropped: ${source.countriesDropped.slice(0, 10).join(', ')})`,
      );
    }
  }
  return problems;
}
