import AxeBuilder from '@axe-core/playwright';
import { type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { mkdirSync } from 'node:fs';
import * as ss from 'simple-statistics';
import type { Series } from '../../src/contract/schema';
import { readCatalog, readSeries } from './demoData';

const SCREENS = 'test-results/screens';
mkdirSync(SCREENS, { recursive: true });

const countryName = (id: string) => readCatalog().geographies.countries.find((c) => c.id === id)?.name ?? id;

/** The (A, B) pairs of the demo files at a period: each B value with A's value for the same period. */
function pairsAt(a: Series, b: Series, period: string) {
  const aAt = new Map<string, number>();
  a.columns.geo.forEach((geo, i) => {
    if (a.columns.period[i] === period) aAt.set(geo, a.columns.value[i] as number);
  });
  const pairs: { geo: string; a: number; b: number }[] = [];
  b.columns.geo.forEach((geo, i) => {
    const av = aAt.get(geo);
    if (b.columns.period[i] === period && av !== undefined && av > 0 && (b.columns.value[i] as number) > 0) {
      pairs.push({ geo, a: av, b: b.columns.value[i] as number });
    }
  });
  return pairs;
}

const stat = (page: Page, key: string) => page.locator(`[data-stat="${key}"] .compare-stats__value`);

async function openCompare(page: Page, search: string) {
  await page.goto(`/${search}`);
  await expect(stat(page, 'r')).toBeVisible();
  await expect(page.locator('.compare-map svg[role="img"]')).toBeVisible();
}

test('a comparison link shows the n, r and bias that the demo files give for census against the audience, 2020', async ({ page }) => {
  const census = readSeries('series/migrant-stock/census.json');
  const audience = readSeries('series/migrant-stock/social-audience.json');
  const pairs = pairsAt(census, audience, '2020');
  // Every country with an audience value in 2020 has a census value for 2020, so no pair is shifted.
  const audienceGeos2020 = audience.columns.geo.filter((_, i) => audience.columns.period[i] === '2020');
  expect(pairs.length).toBe(audienceGeos2020.length);
  const r = ss.sampleCorrelation(
    pairs.map((p) => Math.log(p.a)),
    pairs.map((p) => Math.log(p.b)),
  );
  const logRatios = pairs.map((p) => Math.log(p.b / p.a));

  await openCompare(page, '?year=2020&panel=compare&compare=census~social-audience');
  await expect(page.getByRole('heading', { name: 'Agreement, 2020' })).toBeVisible();
  await expect(stat(page, 'n')).toHaveText(String(pairs.length));
  await expect(stat(page, 'r')).toHaveText(r.toFixed(2));
  await expect(stat(page, 'bias')).toHaveText(ss.mean(logRatios).toFixed(2));
  await expect(stat(page, 'sd')).toHaveText(ss.sampleStandardDeviation(logRatios).toFixed(2));
  await expect(stat(page, 'mdape')).toHaveText(`${ss.median(pairs.map((p) => (Math.abs(p.b - p.a) / p.a) * 100)).toFixed(1)}%`);

  // Different counting bases: both definitions quoted.
  const warning = page.getByRole('note', { name: 'These sources count different things.' });
  const catalog = readCatalog();
  for (const id of ['census', 'social-audience']) {
    await expect(warning).toContainText(catalog.sources.find((s) => s.id === id)?.definition ?? '');
  }
  await expect(page.getByText(/is paired with the value of Census & registers \(demo\) for the nearest period, within ±2 years/)).toBeVisible();

  // The ratio map says which way is which, with the counts the files give.
  const under = pairs.filter((p) => p.b < p.a).length;
  const over = pairs.filter((p) => p.b > p.a).length;
  await expect(page.getByText(`B under-estimates A (${under})`)).toBeVisible();
  await expect(page.getByText(`B over-estimates A (${over})`)).toBeVisible();
});

test('hovering a scatter point shows its values; a click selects the country in the URL', async ({ page }) => {
  const census = readSeries('series/migrant-stock/census.json');
  const audience = readSeries('series/migrant-stock/social-audience.json');
  const pair = pairsAt(census, audience, '2020').find((p) => p.geo === 'DEU');
  expect(pair).toBeDefined();
  await openCompare(page, '?year=2020&panel=compare');
  const point = page.locator('.compare-scatter path[data-geo="DEU"]');
  await point.scrollIntoViewIfNeeded();
  const box = await point.boundingBox();
  expect(box).not.toBeNull();
  const { x, y, width, height } = box as { x: number; y: number; width: number; height: number };
  await page.mouse.move(x + width / 2, y + height / 2);
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toContainText(countryName('DEU'));
  const fmt = (v: number) => new Intl.NumberFormat('en', { maximumFractionDigits: 0 }).format(v);
  await expect(tooltip).toContainText(`A (2020): ${fmt((pair as { a: number }).a)}`);
  await expect(tooltip).toContainText(`B (2020): ${fmt((pair as { b: number }).b)}`);
  await page.mouse.click(x + width / 2, y + height / 2);
  await expect(page).toHaveURL(/countries=DEU/);
  await expect(page.locator('.compare-scatter text.compare-label--selected')).toHaveText(countryName('DEU'));
});

test('the age breakdown shows the platform under-covering people aged 65 and over, and the nowcast is labelled a model estimate', async ({
  page,
}) => {
  await openCompare(page, '?year=2020&countries=DEU~ETH&panel=compare&cby=age&nowcast=1');
  const verdict = page.getByTestId('breakdown-verdict');
  await expect(verdict).toContainText('Lowest coverage: 65 and over');
  await expect(page.locator('[data-slice="age-65-plus"]')).toBeVisible();
  await expect(page.getByText('Model estimate, not an official statistic.')).toBeVisible();
  await expect(page.getByTestId('nowcast-inputs')).toContainText(`Nowcast for ${countryName('DEU')}, 2026`);
  await expect(page.getByTestId('backtest-overall')).toContainText('predictions: mean absolute error');
  await page.getByLabel('Experimental nowcast').uncheck();
  await expect(page).not.toHaveURL(/nowcast=1/);
  await expect(page.getByTestId('nowcast-inputs')).toHaveCount(0);
});

test('no serious accessibility violation with every part open: breakdown, nowcast, back-test and the tables', async ({ page }) => {
  // Axe over some 700 table rows takes a while on a busy machine.
  test.slow();
  await openCompare(page, '?year=2020&countries=DEU~ETH&panel=compare&cby=age&nowcast=1');
  await expect(page.getByTestId('breakdown-verdict')).toBeVisible();
  for (const summary of await page.locator('.compare details > summary').all()) await summary.click();
  const results = await new AxeBuilder({ page }).include('.compare').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(' | ')}`,
    );
  expect(serious).toEqual([]);
});

test('screenshots of the comparison panel: laptop, phone and French', async ({ page }) => {
  const url = '?year=2020&countries=DEU~ETH&panel=compare&cby=age&nowcast=1';
  await page.setViewportSize({ width: 1366, height: 768 });
  await openCompare(page, url);
  await page.screenshot({ path: `${SCREENS}/compare-laptop.png`, fullPage: true });

  await page.setViewportSize({ width: 390, height: 844 });
  await openCompare(page, url);
  const overflow = await page.evaluate(() => {
    const panel = document.querySelector('.compare') as HTMLElement;
    return panel.scrollWidth - panel.clientWidth;
  });
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: `${SCREENS}/compare-phone.png`, fullPage: true });
  await page
    .locator('.compare-card')
    .nth(1)
    .screenshot({ path: `${SCREENS}/compare-phone-scatter.png` });

  await page.setViewportSize({ width: 1366, height: 768 });
  await openCompare(page, `${url}&lang=fr`);
  await expect(page.getByRole('heading', { name: 'Concordance, 2020' })).toBeVisible();
  await expect(page.getByText('Estimation de modèle, pas une statistique officielle.')).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/compare-fr.png`, fullPage: true });
});

test.describe('a laptop screen (1366×900)', () => {
  test.use({ viewport: { width: 1366, height: 900 } });

  test('answers first: the agreement is on the first screen, with the caveats on what sets the sources apart, above the options', async ({
    page,
  }) => {
    await page.goto('/?year=2020&panel=compare&compare=census~social-audience');
    await expect(stat(page, 'sd')).toBeVisible();
    const screenHeight = page.viewportSize()?.height ?? 0;
    const stats = await page.locator('.compare-stats').boundingBox();
    const caveat = await page.getByRole('note', { name: 'These sources count different things.' }).boundingBox();
    const reference = await page.getByRole('combobox', { name: 'Reference (A)' }).boundingBox();
    expect(stats && caveat && reference).toBeTruthy();
    if (!stats || !caveat || !reference) return;
    expect(stats.y + stats.height, 'the statistics end within the first screen').toBeLessThanOrEqual(screenHeight);
    expect(stats.y).toBeLessThan(caveat.y);
    expect(caveat.y).toBeLessThan(reference.y);
  });
});
