/** The demo comparison's largest disagreements, read from the data files, and where the Compare panel lists them. */
import type { Page } from '@playwright/test';
import type { Series } from '../../src/contract/schema';
import { readCatalog, readSeries } from './demoData';

const countryName = (id: string) => readCatalog().geographies.countries.find((c) => c.id === id)?.name ?? id;

/** ln(B/A) of every country with both values above zero at a period (B = the audience, A = the census, same period). */
export function logRatiosAt(a: Series, b: Series, period: string): { geo: string; log: number }[] {
  const aAt = new Map<string, number>();
  a.columns.geo.forEach((geo, i) => {
    if (a.columns.period[i] === period) aAt.set(geo, a.columns.value[i] as number);
  });
  const out: { geo: string; log: number }[] = [];
  b.columns.geo.forEach((geo, i) => {
    const av = aAt.get(geo);
    const bv = b.columns.value[i] as number;
    if (b.columns.period[i] === period && av !== undefined && av > 0 && bv > 0) out.push({ geo, log: Math.log(bv / av) });
  });
  return out;
}

/** The demo files' 10 largest over- and under-estimates of the census by the audience at a period. */
export function expectedRanking(period: string) {
  const logs = logRatiosAt(readSeries('series/migrant-stock/census.json'), readSeries('series/migrant-stock/social-audience.json'), period);
  const byCode = (p: { geo: string }, q: { geo: string }) => (p.geo < q.geo ? -1 : p.geo > q.geo ? 1 : 0);
  return {
    over: logs
      .filter((p) => p.log > 0)
      .sort((p, q) => q.log - p.log || byCode(p, q))
      .slice(0, 10)
      .map((p) => countryName(p.geo)),
    under: logs
      .filter((p) => p.log < 0)
      .sort((p, q) => p.log - q.log || byCode(p, q))
      .slice(0, 10)
      .map((p) => countryName(p.geo)),
  };
}

export const rankedCard = (page: Page) =>
  page.locator('.compare-card').filter({ has: page.getByRole('heading', { name: /^Where the sources disagree most, \d{4}/ }) });
export const rankedNames = (page: Page, side: 'over' | 'under') => rankedCard(page).locator(`ol[data-side="${side}"] > li button`);

export async function periodOfRanking(page: Page): Promise<string> {
  const heading = await rankedCard(page).getByRole('heading', { level: 3 }).textContent();
  return /(\d{4})$/.exec(heading ?? '')?.[1] ?? '';
}
