/**
 * Aggregates on the real snapshot: the publishers' own World, regions, income groups and EU27,
 * in a marked section of the Table below the countries and as lines of the time series, never on
 * the map or among the ranked countries.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Catalog, Series } from '../../src/contract/schema';
import { expect, test } from './fixtures';
import { panelSettled } from './settled';

test.use({ demoData: false });

const dataDir = fileURLToPath(new URL('../../public/data/', import.meta.url));
const read = <T>(path: string) => JSON.parse(readFileSync(`${dataDir}${path}`, 'utf8')) as T;
const catalog = read<Catalog>('catalog.json');
const screens = (name: string) => `test-results/screens/aggregates-${name}.png`;
const persons = (value: number) => new Intl.NumberFormat('en').format(value);

test('the Table shows UN DESA’s World and continents as marked aggregates below the countries, never ranked among them', async ({ page }) => {
  const undesa = read<Series>('series/migrant-stock/undesa-ims.json');
  const world2020 = undesa.aggregates!.value[undesa.aggregates!.geo.findIndex((g, i) => g === 'WLD' && undesa.aggregates!.period[i] === '2020')]!;

  await page.goto('/?panel=table&year=2020');
  await panelSettled(page, 'table');
  const aggregates = page.getByRole('table', { name: /Groups of countries as .* publishes them, 2020/ });
  await expect(aggregates).toBeVisible();
  const world = aggregates.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'World aggregate' }) });
  await expect(world.getByRole('cell').nth(1)).toHaveText(persons(world2020));
  await expect(aggregates.locator('tr[data-aggregate]')).toHaveCount(7);
  // No World among the countries, and the countries' count is the countries'.
  await expect(page.locator('tr[data-geo="WLD"]')).toHaveCount(0);
  const countries = catalog.geographies.countries.filter((c) => !c.uninhabited).length;
  const withValue = await page.locator('tr[data-geo]').count();
  expect(withValue).toBeLessThanOrEqual(countries);
  await aggregates.scrollIntoViewIfNeeded();
  await page.screenshot({ path: screens('table'), fullPage: false });
});

test('the time series adds World as a marked line beside Germany, from the link and from the Aggregate lines group', async ({ page }) => {
  await page.goto('/?panel=series&countries=DEU');
  await panelSettled(page, 'series');
  await expect(page.getByRole('group', { name: 'Aggregate lines' })).toBeHidden(); // folded: the chart leads
  await page.getByText(/^Aggregate lines: World, regions… \(drawn: 0\)$/).click();
  await page
    .getByRole('group', { name: 'Aggregate lines' })
    .getByRole('checkbox', { name: /^World/ })
    .check();
  await expect(
    page
      .getByRole('region', { name: 'Lines' })
      .getByRole('button', { name: /World \(aggregate\)/ })
      .first(),
  ).toBeVisible();
  await expect(page).toHaveURL(/agg=WLD/);
  await expect(page.locator('.series-chart__plot svg [data-line^="WLD|"]').first()).toBeAttached();
  await page.screenshot({ path: screens('series') });
});

test('World Bank income groups as lines of the population, from a link', async ({ page }) => {
  await page.goto('/?indicator=population&panel=series&countries=DEU&lines=country&agg=HIC~LIC');
  await panelSettled(page, 'series');
  const legend = page.getByRole('region', { name: 'Lines' });
  await expect(legend.getByRole('button', { name: /High income \(World Bank\) \(aggregate\)/ })).toBeVisible();
  await expect(legend.getByRole('button', { name: /Low income \(World Bank\) \(aggregate\)/ })).toBeVisible();
  await expect(page.getByText('Aggregate lines: World, regions… (drawn: 2)')).toBeVisible(); // unfolded by the link's choice
  await page.screenshot({ path: screens('series-income') });
});
