import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { readCatalog, readSeries } from './demoData';
import { mapIdle } from './mapIdle';
import { pointOf } from './mapPoint';

const catalog = readCatalog();
const countryName = (id: string) => catalog.geographies.countries.find((c) => c.id === id)?.name ?? id;
const level = catalog.geographies.levels?.find((l) => l.id === 'nuts2');
const regions = (catalog.geographies.units ?? []).filter((u) => u.level === 'nuts2');
const series = readSeries('series/migrant-share/regional-registers-nuts2.json');
const latest = series.columns.period.reduce((a, b) => (b > a ? b : a));
const values = new Map<string, number>();
series.columns.geo.forEach((geo, i) => {
  if (series.columns.period[i] === latest) values.set(geo, series.columns.value[i] as number);
});
const ranked = [...values].filter(([id]) => regions.some((r) => r.id === id)).sort((a, b) => a[1] - b[1]);

/** The colour drawn at a viewport point, as "rgb(r, g, b)": a screenshot of that pixel, read back through a 2D canvas. */
async function colourAt(page: Page, { x, y }: { x: number; y: number }): Promise<string> {
  const png = (await page.screenshot({ clip: { x, y, width: 1, height: 1 } })).toString('base64');
  return page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 1;
    const context = canvas.getContext('2d') as CanvasRenderingContext2D;
    context.drawImage(image, 0, 0);
    const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
    return `rgb(${r}, ${g}, ${b})`;
  }, png);
}

test('a NUTS-2 map by link: the regions’ colours and figures match the demo data file, named with their country', async ({ page }) => {
  expect(level, 'the demo catalog has the NUTS-2 level').toBeDefined();
  expect(ranked.length).toBeGreaterThan(10);
  await page.goto(`/?indicator=migrant-share&level=nuts2&year=${latest}`);
  await mapIdle(page, '|nuts2|');
  await expect(page.getByRole('combobox', { name: 'Level' })).toHaveValue('nuts2');

  // Colour classes among the regions only: the counts add up to the regions with a value.
  const legend = page.getByRole('region', { name: /^Legend/ });
  const counts = await legend.locator('.map-legend__classes .map-legend__count').allTextContents();
  expect(counts.every((c) => /regions?$/.test(c))).toBe(true);
  expect(counts.map((c) => Number(c.replace(/\D/g, ''))).reduce((a, b) => a + b, 0)).toBe(ranked.length);
  await expect(legend.locator('.map-legend__extra li').first()).toHaveText(new RegExp(`No data\\s*${regions.length - ranked.length} region`));
  await expect(page.locator('.map-credit')).toHaveText(`Boundaries (NUTS-2 regions): ${level?.attribution ?? ''}`);

  // The lowest and the highest region are drawn in the first and the last class's colour.
  const swatches = await legend
    .locator('.map-legend__classes .map-legend__swatch')
    .evaluateAll((spans) => spans.map((span) => getComputedStyle(span).backgroundColor));
  const [lowest, highest] = [ranked[0]!, ranked.at(-1)!];
  expect(await colourAt(page, await pointOf(page, lowest[0]))).toBe(swatches[0]);
  const top = await pointOf(page, highest[0]);
  expect(await colourAt(page, top)).toBe(swatches.at(-1));

  // Its tooltip: the region, its country, the figure of the file.
  const unit = regions.find((r) => r.id === highest[0])!;
  await page.mouse.move(top.x, top.y);
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toContainText(`${unit.name}, ${countryName(unit.country)}`);
  await expect(tooltip).toContainText(new Intl.NumberFormat('en', { maximumFractionDigits: 1 }).format(highest[1]));
  await expect(tooltip).toContainText(latest);
  await page.screenshot({ path: 'test-results/screens/map-nuts2.png' });

  // The list of places finds the region by its code, named as in the tooltip.
  await page.getByRole('combobox', { name: 'Find a place on the map' }).fill(unit.id);
  await expect(page.getByRole('listbox', { name: 'Places on the map' }).getByRole('option')).toHaveText([
    new RegExp(`^${unit.name}, ${countryName(unit.country)}`),
  ]);
});
