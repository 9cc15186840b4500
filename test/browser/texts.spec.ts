import { type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { readCatalog } from './demoData';
import { mapIdle } from './mapIdle';
import { panelSettled } from './settled';

const catalog = readCatalog();
const countryName = (id: string) => catalog.geographies.countries.find((c) => c.id === id)?.name ?? id;
const screens = (name: string) => `test-results/screens/texts-${name}.png`;

/** A viewport point inside the country as drawn, or null when it is not in view (the map's test hook). */
function pointOf(page: Page, iso3: string) {
  return page
    .locator('.map-canvas')
    .evaluate((el, id) => (el as HTMLElement & { mlTest: { pointOf: (id: string) => { x: number; y: number } | null } }).mlTest.pointOf(id), iso3);
}

test('"Zoom to Europe" frames Europe: its countries in view, not the Americas or the Far East', async ({ page }) => {
  await page.goto('/?year=2020&region=europe');
  await mapIdle(page);
  for (const id of ['PRT', 'ISL', 'IRL', 'GBR', 'ESP', 'FRA', 'DEU', 'ITA', 'POL', 'NOR', 'SWE', 'FIN', 'GRC', 'CYP', 'UKR', 'ROU'])
    expect(await pointOf(page, id), `${countryName(id)} is in view`).not.toBeNull();
  // A 1016×446 map at 1366×768 is wider than Europe is tall in Web Mercator: the sides show the
  // Atlantic and western Asia, but neither the Americas' mainland nor the Far East.
  for (const id of ['USA', 'BRA', 'JPN', 'KOR', 'AUS']) expect(await pointOf(page, id), `${countryName(id)} is out of view`).toBeNull();
  await page.locator('.map-panel').screenshot({ path: screens('europe') });
});

test('a time series embedded at 800×500 is titled with its range of years', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 500 });
  await page.goto('/?countries=DEU~FRA&panel=series&embed=1');
  await panelSettled(page, 'series');
  const title = page.getByRole('heading', { level: 1 });
  await expect(title).toHaveText(/^International migrant stock \(persons\), one line per country, from Census & registers \(demo\), \d{4}–\d{4}$/);
  const [first, last] = ((await title.textContent()) ?? '').match(/(\d{4})–(\d{4})$/)?.slice(1) ?? [];
  expect(Number(first)).toBeLessThan(Number(last));
  // Said once on screen: the chart's caption, the same words, is left to screen readers.
  const caption = await page.locator('.series-figure__title').boundingBox();
  expect(caption?.height ?? 0).toBeLessThanOrEqual(1);
  await page.screenshot({ path: screens('embed-series-title') });
});
