import { type Page } from '@playwright/test';
import * as ss from 'simple-statistics';
import { expect, test } from './fixtures';
import { readCatalog, readSeries, valueOf } from './demoData';

const catalog = readCatalog();
const unitName = (id: string) => catalog.geographies.units?.find((u) => u.id === id)?.name ?? id;
const sourceName = (id: string) => catalog.sources.find((s) => s.id === id)?.name ?? id;
const stat = (page: Page, key: string) => page.locator(`[data-stat="${key}"] .compare-stats__value`);

test('a US-state comparison by link: people born in Mexico, the survey against the audience, with the statistics the demo files give', async ({
  page,
}) => {
  const survey = readSeries('bilateral/migrant-stock/state-survey/origin/MEX.json');
  const audience = readSeries('bilateral/migrant-stock/state-social-audience/origin/MEX.json');
  // 2023: both files have it, so every pair is of the same period.
  const pairs = audience.columns.geo
    .map((geo, i) => ({ geo, period: audience.columns.period[i], b: audience.columns.value[i] as number, a: valueOf(survey, geo, '2023') }))
    .filter((p): p is { geo: string; period: string; b: number; a: number } => p.period === '2023' && p.a !== undefined && p.a > 0 && p.b > 0);
  expect(pairs.length).toBeGreaterThan(10);
  const logRatios = pairs.map((p) => Math.log(p.b / p.a));

  await page.goto('/?panel=compare&indicator=migrant-stock&level=us-state&od=origin~MEX&year=2023');
  await expect(page.getByRole('heading', { name: 'Agreement, 2023' })).toBeVisible();
  await expect(
    page.getByRole('heading', {
      name: `People born in Mexico, by US state: ${sourceName('state-social-audience')} against ${sourceName('state-survey')}`,
    }),
  ).toBeVisible();
  await expect(stat(page, 'n')).toHaveText(String(pairs.length));
  await expect(stat(page, 'r')).toHaveText(
    ss
      .sampleCorrelation(
        pairs.map((p) => Math.log(p.a)),
        pairs.map((p) => Math.log(p.b)),
      )
      .toFixed(2),
  );
  await expect(stat(page, 'rho')).toHaveText(
    ss
      .sampleRankCorrelation(
        pairs.map((p) => p.a),
        pairs.map((p) => p.b),
      )
      .toFixed(2),
  );
  await expect(stat(page, 'bias')).toHaveText(ss.mean(logRatios).toFixed(2));
  await expect(stat(page, 'mdape')).toHaveText(`${ss.median(pairs.map((p) => (Math.abs(p.b - p.a) / p.a) * 100)).toFixed(1)}%`);
  await expect(page.getByRole('note', { name: 'These sources count different things.' })).toContainText('counts by having lived in another country');

  // The ratio map draws the states (Albers USA), the paired ones coloured.
  const map = page.getByRole('img', { name: /^Map of the ratio of .* by US state in 2023/ });
  await expect(map).toBeVisible();
  const states = catalog.geographies.units?.filter((u) => u.level === 'us-state').length ?? 0;
  expect(await map.locator('path[data-geo]').count()).toBeGreaterThanOrEqual(Math.min(states, 51));
  const coloured = await map.locator('path[data-geo]').evaluateAll((paths) => paths.filter((p) => p.getAttribute('fill')?.startsWith('#')).length);
  expect(coloured).toBe(pairs.length);

  // The table of pairs names the states.
  await page.getByText(`Table of the pairs (${pairs.length}, by US state)`).click();
  const table = page.getByRole('table', { name: /by US state, 2023/ });
  const largest = pairs.reduce((best, p) => (p.a > best.a ? p : best));
  await expect(table.getByRole('button', { name: new RegExp(unitName(largest.geo)) })).toBeVisible();
});

test('a region’s time series by link: Stuttgart’s line from the NUTS-2 registers, and a note for the sources of other levels', async ({ page }) => {
  const registers = readSeries('series/migrant-share/regional-registers-nuts2.json');
  const value = valueOf(registers, 'DE11', '2020');
  expect(value).toBeDefined();

  await page.goto('/?panel=series&indicator=migrant-share&countries=DE11');
  const lines = page.locator('.series-chart__lines > g');
  await expect(lines).toHaveCount(1);
  await expect(lines.first()).toHaveAttribute('data-line', 'DE11|regional-registers-nuts2');
  await expect(page.locator('figcaption')).toContainText(`for ${unitName('DE11')}`);
  await expect(page.getByText(`figures by country only, so no line for ${unitName('DE11')}.`)).toBeVisible();

  const chart = page.getByRole('slider');
  await chart.focus();
  await page.keyboard.press('Home');
  for (let i = 0; i < 40 && !((await chart.getAttribute('aria-valuetext')) ?? '').startsWith('2020:'); i++) await page.keyboard.press('ArrowRight');
  await expect(chart).toHaveAttribute('aria-valuetext', new RegExp(`^2020: .*${(value as number).toFixed(1)}`));
});
