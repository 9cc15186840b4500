/**
 * The Table across years in a real browser: a link with a range opens the multi-period table with
 * the figures of the data file, sorts by the change, exports the columns on screen, and keeps the
 * first value column in view on a phone.
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { formatPersons, readCatalog, readSeries, valueOf } from './demoData';
import { panelSettled } from './settled';
import { seriousViolations } from './axe';

const catalog = readCatalog();
const countryName = (id: string) => catalog.geographies.countries.find((c) => c.id === id)?.name ?? id;
const census = readSeries('series/migrant-stock/census.json');
const RANGE = ['2000', '2005', '2010', '2015', '2020'];
const LINK = '/?panel=table&tperiods=2000~2020&countries=DEU';

const row = (page: Page, country: string) => page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: country, exact: true }) });
const signed = (value: number) => `${value > 0 ? '+' : ''}${formatPersons(value)}`;

test('a link with a range opens the Table with one column per year, the change, and the data file’s figures', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(LINK);
  await panelSettled(page, 'table');
  const table = page.getByRole('table');
  await expect(table).toHaveAccessibleName(/, 2000 to 2020$/);
  const headers = table.getByRole('columnheader');
  await expect(headers).toHaveText([/Selected/, /^Country/, ...RANGE.map((y) => new RegExp(`^${y}`)), /^Change \(2000 to 2020\)/, /^% change/]);

  for (const geo of ['DEU', 'USA', 'ETH']) {
    const values = RANGE.map((year) => valueOf(census, geo, year));
    const first = values[0] as number;
    const last = values.at(-1) as number;
    const cells = row(page, countryName(geo)).getByRole('cell');
    // Checkbox, then each year, the change and the % change.
    await expect(cells).toHaveText([
      '',
      ...values.map((v) => (v === undefined ? 'No data' : formatPersons(v))),
      signed(last - first),
      new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format((last - first) / first),
    ]);
  }
  await page.screenshot({ path: 'test-results/screens/tableYears-1366x768.png' });
  expect(await seriousViolations(page, '.table-panel')).toEqual([]);

  // Sorting by the change, largest first, in one action.
  await page.getByRole('button', { name: /^Change/ }).click();
  await expect(page.getByRole('columnheader', { name: /^Change/ })).toHaveAttribute('aria-sort', 'descending');
  const changes = census.columns.geo
    .filter((_, i) => census.columns.period[i] === '2000')
    .map((geo) => ({ geo, change: (valueOf(census, geo, '2020') ?? NaN) - (valueOf(census, geo, '2000') as number) }))
    .filter((c) => Number.isFinite(c.change))
    .sort((a, b) => b.change - a.change);
  await expect(page.getByRole('rowheader').first()).toHaveText(countryName(changes[0]!.geo));

  // "Data shown (CSV)" holds the columns on screen.
  await page.getByRole('button', { name: 'Embed & export' }).click();
  const pending = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Data shown (CSV)' }).click();
  const download = await pending;
  expect(download.suggestedFilename()).toBe('migration-lens_migrant-stock_census_2000-2020.csv');
  const lines = readFileSync(await download.path(), 'utf8').split('\r\n');
  expect(lines).toContain('# period: 2000/2020');
  expect(lines).toContain(['iso3', 'country', ...RANGE, 'change', 'change_pct', 'selected'].join(','));
  const deu = RANGE.map((y) => valueOf(census, 'DEU', y) as number);
  expect(lines.find((l) => l.startsWith('DEU,'))).toMatch(new RegExp(`^DEU,Germany,${deu.join(',')},${deu[4]! - deu[0]!},[0-9.]+,true$`));
});

test('on a phone the first value column is in view without scrolling sideways, the country column stays while the years scroll', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(LINK);
  await panelSettled(page, 'table');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const firstYear = page.getByRole('columnheader', { name: /^2000/ });
  const box = await firstYear.boundingBox();
  expect(box).not.toBeNull();
  expect(box!.x + box!.width).toBeLessThanOrEqual(390);
  // The table is below the filters: scrolled down to, its first year's values are in view.
  const firstRow = page.locator('tbody tr').first();
  const first = firstRow.getByRole('rowheader');
  await first.scrollIntoViewIfNeeded();
  await expect(firstRow.getByRole('cell').nth(1)).toBeInViewport();
  const cell = await firstRow.getByRole('cell').nth(1).boundingBox();
  expect(cell!.x + cell!.width).toBeLessThanOrEqual(390);
  await page.screenshot({ path: 'test-results/screens/tableYears-390x844.png' });

  // Scrolled to the last years, the country's name is still where it was.
  const before = await first.boundingBox();
  await page.locator('.table-scroll').evaluate((el) => el.scrollBy({ left: 10_000 }));
  await expect(firstRow.getByRole('cell').last()).toBeInViewport();
  const after = await first.boundingBox();
  expect(after?.x).toBe(before?.x);
  await expect(first).toBeInViewport();
  await expect(page.getByRole('columnheader', { name: /^Country/ })).toBeInViewport();
  await page.screenshot({ path: 'test-results/screens/tableYears-390x844-scrolled.png' });

  // The single-period table too: its value column is in view.
  await page.goto('/?panel=table&year=2020');
  await panelSettled(page, 'table');
  await page.getByRole('rowheader').first().scrollIntoViewIfNeeded();
  const value = await page.getByRole('columnheader', { name: /^Value/ }).boundingBox();
  expect(value!.x + value!.width).toBeLessThanOrEqual(390);
  await page.screenshot({ path: 'test-results/screens/table-one-period-390x844.png' });
});
