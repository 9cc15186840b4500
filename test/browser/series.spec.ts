import { type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { Series } from '../../src/contract/schema';
import { formatPersons, readCatalog, readSeries, valueOf } from './demoData';

const catalog = readCatalog();
const countryName = (id: string) => catalog.geographies.countries.find((c) => c.id === id)?.name ?? id;
const sourceName = (id: string) => catalog.sources.find((s) => s.id === id)?.name ?? id;
const census = readSeries('series/migrant-stock/census.json');
const audience = readSeries('series/migrant-stock/social-audience.json');

function boundsOf(series: Series, geo: string, period: string): [number, number] | null {
  const { columns } = series;
  const row = columns.geo.findIndex((g, i) => g === geo && columns.period[i] === period);
  const lower = columns.lower?.[row];
  const upper = columns.upper?.[row];
  return row >= 0 && typeof lower === 'number' && typeof upper === 'number' ? [lower, upper] : null;
}

const tooltip = (page: Page) => page.getByTestId('series-tooltip');
const tooltipRow = (page: Page, name: string) =>
  tooltip(page)
    .locator('li')
    .filter({ has: page.locator('.series-tooltip__name', { hasText: new RegExp(`^${name.replace(/[()&]/g, '\\$&')}$`) }) });

/** Moves the keyboard crosshair to a period (Home, then right until the tooltip says it). */
async function crosshairTo(page: Page, period: string) {
  const chart = page.getByRole('slider');
  await chart.focus();
  await page.keyboard.press('Home');
  for (let i = 0; i < 200; i++) {
    if ((await tooltip(page).locator('.series-tooltip__period').textContent()) === period) return;
    await page.keyboard.press('ArrowRight');
  }
  throw new Error(`the crosshair never reached ${period}`);
}

async function noSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
}

test('two countries and two sources: four lines, and the tooltip reads the demo files at a known period', async ({ page }) => {
  await page.goto('/?countries=DEU~FRA&panel=series&lines=source');
  const lines = page.locator('.series-chart__lines > g');
  await expect(lines).toHaveCount(4);
  expect(await lines.evaluateAll((gs) => gs.map((g) => g.getAttribute('data-line')))).toEqual([
    'DEU|census',
    'DEU|social-audience',
    'FRA|census',
    'FRA|social-audience',
  ]);
  const legend = page.getByRole('region', { name: 'Lines' });
  for (const geo of ['DEU', 'FRA']) {
    for (const source of ['census', 'social-audience']) {
      await expect(legend.getByRole('button', { name: `${countryName(geo)}, ${sourceName(source)}` })).toBeVisible();
    }
  }

  await crosshairTo(page, '2020');
  for (const geo of ['DEU', 'FRA']) {
    const official = valueOf(census, geo, '2020');
    const digital = valueOf(audience, geo, '2020');
    expect(official, `census has ${geo} 2020`).toBeDefined();
    expect(digital, `audience has ${geo} 2020`).toBeDefined();
    await expect(tooltipRow(page, `${countryName(geo)}, ${sourceName('census')}`).locator('.series-tooltip__value')).toHaveText(
      formatPersons(official as number),
    );
    const row = tooltipRow(page, `${countryName(geo)}, ${sourceName('social-audience')}`);
    await expect(row.locator('.series-tooltip__value')).toHaveText(formatPersons(digital as number));
    const bounds = boundsOf(audience, geo, '2020');
    if (bounds) await expect(row).toContainText(`range ${formatPersons(bounds[0])} – ${formatPersons(bounds[1])}`);
  }
  // The slider's value text says the same for screen readers.
  await expect(page.getByRole('slider')).toHaveAttribute(
    'aria-valuetext',
    new RegExp(`^2020: .*${formatPersons(valueOf(census, 'DEU', '2020') as number)}`),
  );
});

test('one country by default draws one line per source, with the 2019 break annotated from the caveats', async ({ page }) => {
  await page.goto('/?countries=DEU&panel=series');
  await expect(page.locator('.series-chart__lines > g')).toHaveCount(2);
  await expect(page.locator('.series-chart__break text')).toContainText('Break: In 2019 the platform changed how it estimates audiences');
  const caveat = catalog.sources.find((s) => s.id === 'social-audience')?.caveats.find((c) => c.includes('2019'));
  expect(caveat).toBeDefined();
  await expect(page.locator('.series-notes__list')).toContainText(caveat as string);
  await crosshairTo(page, '2019');
  await expect(tooltipRow(page, sourceName('social-audience'))).toContainText('break in series');
});

test('the pointer moves the crosshair and a click focuses a line', async ({ page }) => {
  await page.goto('/?countries=DEU~FRA~USA&panel=series');
  const plot = page.getByRole('slider');
  await expect(page.locator('.series-chart__lines > g')).toHaveCount(3);
  const box = await plot.boundingBox();
  if (!box) throw new Error('no chart');
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.6);
  await expect(tooltip(page)).toBeVisible();
  await expect(tooltip(page).locator('li')).toHaveCount(3);
  await page.mouse.move(box.x + box.width * 0.5, box.y - 40);
  await expect(tooltip(page)).toHaveCount(0);
  await page
    .getByRole('region', { name: 'Lines' })
    .getByRole('button', { name: countryName('FRA') })
    .click();
  await expect(page.locator('[data-line="DEU|census"]')).toHaveClass(/dim/);
  await expect(page.locator('[data-line="FRA|census"]')).toHaveClass(/focused/);
});

test('scale, measure, base and window come from the URL and go back into it', async ({ page }) => {
  await page.goto('/?source=social-audience&countries=DEU~FRA&panel=series&scale=log&measure=index&base=2016&from=2016&to=2024');
  await expect(page.getByRole('combobox', { name: 'Scale' })).toHaveValue('log');
  await expect(page.getByRole('combobox', { name: 'Measure' })).toHaveValue('index');
  await expect(page.getByRole('combobox', { name: 'Base period' })).toHaveValue('2016');
  await expect(page.getByRole('combobox', { name: 'From' })).toHaveValue('2016');
  await expect(page.getByRole('combobox', { name: 'To', exact: true })).toHaveValue('2024');
  await expect(page.locator('.series-chart__ylabel')).toHaveText('index, 2016 = 100, log scale');
  await crosshairTo(page, '2020');
  const deu = ((valueOf(audience, 'DEU', '2020') as number) / (valueOf(audience, 'DEU', '2016') as number)) * 100;
  await expect(tooltipRow(page, countryName('DEU')).locator('.series-tooltip__value')).toHaveText(
    new Intl.NumberFormat('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(deu),
  );
  await page.getByRole('combobox', { name: 'Scale' }).selectOption('linear');
  await expect(page).toHaveURL(/\?source=social-audience&countries=DEU~FRA&panel=series&measure=index&base=2016&from=2016&to=2024$/);
});

test('the overview brush narrows the time window, in the URL', async ({ page }) => {
  await page.goto('/?countries=DEU~FRA&panel=series');
  const overview = page.locator('.series-overview svg');
  await expect(overview).toBeVisible();
  await overview.scrollIntoViewIfNeeded();
  const box = await overview.boundingBox();
  if (!box) throw new Error('no overview');
  await page.mouse.move(box.x + box.width * 0.45, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.75, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect(page).toHaveURL(/&from=\d{4}&to=\d{4}$/);
  const url = new URL(page.url());
  const from = Number(url.searchParams.get('from'));
  const to = Number(url.searchParams.get('to'));
  expect(from).toBeGreaterThan(1990);
  expect(to).toBeLessThan(2024);
  const ticks = await page.locator('.series-chart__xaxis text').allTextContents();
  expect(Number(ticks[0])).toBeGreaterThanOrEqual(from);
  await page.getByRole('button', { name: 'Whole period' }).click();
  await expect(page).toHaveURL(/panel=series$/);
});

const screens = [
  { name: 'laptop', width: 1366, height: 768, url: '/?countries=DEU~FRA~USA~ETH~IND&panel=series' },
  { name: 'phone', width: 390, height: 844, url: '/?countries=DEU~FRA~USA~ETH~IND&panel=series' },
  { name: 'projector', width: 1920, height: 1080, url: '/?countries=DEU~FRA~USA~ETH~IND~BRA~TUR~MEX~NGA~PHL&panel=series&source=social-audience' },
  { name: 'log', width: 1366, height: 768, url: '/?indicator=remittances&countries=DEU~FRA~USA~ETH~IND~MEX&panel=series&scale=log' },
  { name: 'indexed', width: 1366, height: 768, url: '/?source=social-audience&countries=DEU~FRA~USA~ETH&panel=series&measure=index&base=2016' },
  { name: 'by-source', width: 1366, height: 768, url: '/?countries=DEU&panel=series' },
  { name: 'monthly', width: 1366, height: 768, url: '/?indicator=search-interest&countries=DEU~SYR~MEX&panel=series&from=2022-01' },
  { name: 'per1000-phone-360', width: 360, height: 740, url: '/?source=social-audience&countries=DEU~FRA&panel=series&measure=per1000' },
];

for (const screen of screens) {
  test(`screenshot: ${screen.name} (${screen.width}×${screen.height})`, async ({ page }) => {
    await page.setViewportSize({ width: screen.width, height: screen.height });
    await page.goto(screen.url);
    await expect(page.locator('.series-chart__lines > g').first()).toBeVisible();
    await noSidewaysScroll(page);
    await page.getByRole('slider').focus();
    await page.keyboard.press('ArrowLeft');
    await page.locator('.series-panel').screenshot({ path: `test-results/screens/series-${screen.name}.png` });
  });
}
