import { type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { formatPersons, readCatalog, readSeries, valueOf } from './demoData';
import { mapIdle } from './mapIdle';
import { pointOf } from './mapPoint';

const screens = (name: string) => `test-results/screens/map-${name}.png`;
const catalog = readCatalog();
const countryName = (id: string) => catalog.geographies.countries.find((c) => c.id === id)?.name ?? id;
/** The countries the map colours or hatches (territories with no permanent population are drawn plain). */
const mapCountries = catalog.geographies.countries.filter((c) => c.uninhabited !== true).map((c) => c.id);

test('the map of a known indicator and period: legend counts, a tooltip matching the data file, click to select', async ({ page }) => {
  const census = readSeries('series/migrant-stock/census.json');
  await page.goto('/?indicator=migrant-stock&year=2020');
  await mapIdle(page);

  const legend = page.getByRole('region', { name: 'Legend: persons' });
  await expect(legend).toContainText('Classes: Quantiles');
  const withValue = mapCountries.filter((id) => valueOf(census, id, '2020') !== undefined).length;
  const counts = await legend.locator('.map-legend__classes .map-legend__count').allTextContents();
  expect(counts).toHaveLength(5);
  expect(counts.map((c) => Number(c.replace(/\D/g, ''))).reduce((a, b) => a + b, 0)).toBe(withValue);
  await expect(legend.locator('.map-legend__extra li').first()).toHaveText(new RegExp(`No data\\s*${mapCountries.length - withValue} countr`));

  const deu = valueOf(census, 'DEU', '2020');
  expect(deu, 'the demo data has Germany in 2020').toBeDefined();
  const p = await pointOf(page, 'DEU');
  await page.mouse.move(p.x, p.y);
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toContainText(countryName('DEU'));
  await expect(tooltip).toContainText(`${formatPersons(deu as number)} persons`);
  await expect(tooltip).toContainText('2020');
  await expect(tooltip).toContainText('Source: Census & registers (demo)');
  await page.screenshot({ path: screens('quantile-tooltip') });

  await page.mouse.click(p.x, p.y);
  await expect(page).toHaveURL(/countries=DEU/);
  await expect(page.getByRole('button', { name: `Remove ${countryName('DEU')}` })).toBeVisible();
  await expect(tooltip).toContainText('Selected');
  // The chip added to the filter bar may have moved the map down: find Germany again.
  const again = await pointOf(page, 'DEU');
  await page.mouse.click(again.x, again.y, { delay: 50 });
  await expect(page).not.toHaveURL(/countries=/);
});

test('a large series file is read in the series worker, and the map shows its values as in the file', async ({ page }) => {
  const file = readSeries('series/search-interest/search-interest.json');
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.goto('/?indicator=search-interest&year=2024-06');
  await mapIdle(page, '2024-06');
  // The monthly file is over the worker's threshold (256 kB); the yearly files of the first view are not.
  expect(workers.filter((url) => /series\.worker/.test(url))).toHaveLength(1);

  for (const id of ['DEU', 'MEX']) {
    const value = valueOf(file, id, '2024-06');
    expect(value, `the demo data has ${id} in 2024-06`).toBeDefined();
    const p = await pointOf(page, id);
    await page.mouse.move(p.x, p.y);
    const tooltip = page.getByRole('tooltip');
    await expect(tooltip).toContainText(countryName(id));
    await expect(tooltip.locator('strong')).toHaveText(`${value} index (0–100)`);
    await expect(tooltip).toContainText('Jun 2024');
    await expect(tooltip).toContainText('Source: Online search interest (demo)');
  }
});

test('the keyboard list shows a country on the map with its tooltip, and Enter selects it', async ({ page }) => {
  const census = readSeries('series/migrant-stock/census.json');
  await page.goto('/?year=2020');
  await mapIdle(page);
  const search = page.getByRole('combobox', { name: 'Find a country on the map' });
  await search.fill('braz');
  await search.press('ArrowDown');
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toContainText(countryName('BRA'));
  await expect(tooltip).toContainText(formatPersons(valueOf(census, 'BRA', '2020') as number));
  await search.press('Enter');
  await expect(page).toHaveURL(/countries=BRA/);
});

/**
 * Pauses Playwright's clock a little ahead of the page's own time (jumping there is harmless). A busy
 * machine can make the round trip outlast the margin; then the clock is already past it, and the
 * pause is asked again from the new time.
 */
async function pauseClock(page: Page) {
  for (let attempt = 1; ; attempt += 1) {
    const ahead = await page.evaluate(() => Date.now() + 5_000);
    try {
      await page.clock.pauseAt(ahead);
      return;
    } catch (error) {
      if (attempt >= 5 || !String(error).includes('to the past')) throw error;
    }
  }
}

test('a period change recolours the map in place; play steps through the years', async ({ page }) => {
  // Playwright's clock runs freely until paused below; then the playback's steps happen only when
  // the test moves the clock, however busy the machine.
  await page.clock.install();
  await page.goto('/?year=2010');
  await mapIdle(page, '|2010|');
  await page.getByRole('combobox', { name: 'Year' }).selectOption('2015');
  await mapIdle(page, '|2015|');
  await expect(page.getByRole('heading', { name: 'International migrant stock, 2015' })).toBeVisible();
  await pauseClock(page);
  await page.getByRole('button', { name: 'Play' }).click();
  await page.clock.runFor(1000);
  await expect(page).toHaveURL(/year=2015/);
  await page.clock.runFor(200); // PLAY_STEP_MS in all
  await expect(page).toHaveURL(/year=2020/);
  // 2024 is the last period: pausing before the next step keeps 2020.
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  await page.clock.runFor(6000);
  await expect(page).toHaveURL(/year=2020/);
});

test('screens: quantile world, ckmeans, continuous log, diverging net migration', async ({ page }) => {
  await page.goto('/?year=2020&countries=RUS~FJI~USA~NZL');
  await mapIdle(page);
  await page.screenshot({ path: screens('quantile-world') });

  await page.goto('/?year=2020&class=ckmeans');
  await mapIdle(page);
  await expect(page.getByRole('region', { name: /^Legend/ })).toContainText('Natural breaks (ckmeans)');
  await page.screenshot({ path: screens('ckmeans') });

  await page.goto('/?year=2020&class=continuous&log=1');
  await mapIdle(page);
  await expect(page.getByRole('region', { name: /^Legend/ })).toContainText('log scale');
  await page.screenshot({ path: screens('continuous-log') });

  await page.goto('/?indicator=net-migration&year=2020');
  await mapIdle(page);
  await expect(page.getByRole('region', { name: /^Legend/ })).toContainText('Below 0: red; above: blue');
  await page.screenshot({ path: screens('diverging-net-migration') });
});

test('origin–destination mode, from the URL: the bilateral file, the focus country, the tooltip', async ({ page }) => {
  const bilateral = readSeries('bilateral/migrant-stock/census/origin/SYR.json');
  const [geo] = bilateral.columns.geo.filter((_, i) => bilateral.columns.period[i] === '2020');
  expect(geo, 'the demo data has a destination of Syrian migrants in 2020').toBeDefined();
  const requested = page.waitForRequest((r) => r.url().includes('/data/bilateral/migrant-stock/census/origin/SYR.json'));
  await page.goto('/?year=2020&od=origin~SYR');
  await requested;
  await mapIdle(page, 'origin~SYR');
  await expect(page.getByRole('heading', { name: `Migrants from ${countryName('SYR')} by country of residence, 2020` })).toBeVisible();
  await expect(page.getByRole('region', { name: /^Legend/ })).toContainText(`Focus country: ${countryName('SYR')}`);
  const p = await pointOf(page, geo as string);
  await page.mouse.move(p.x, p.y);
  await expect(page.getByRole('tooltip')).toContainText(`Migrants from ${countryName('SYR')} living here`);
  await expect(page.getByRole('tooltip')).toContainText(formatPersons(valueOf(bilateral, geo as string, '2020') as number));
  await page.screenshot({ path: screens('origin-destination') });
});

test('zoom to Europe, and across the antimeridian to the selection', async ({ page }) => {
  await page.goto('/?year=2020&region=europe');
  await mapIdle(page);
  // Germany is in view and Brazil is not.
  await pointOf(page, 'DEU');
  const brazil = await page
    .locator('.map-canvas')
    .evaluate((el) => (el as HTMLElement & { mlTest: { pointOf: (id: string) => unknown } }).mlTest.pointOf('BRA'));
  expect(brazil).toBeNull();
  await page.screenshot({ path: screens('europe') });

  await page.goto('/?year=2020&countries=RUS~FJI~NZL&region=selection');
  await mapIdle(page);
  await pointOf(page, 'FJI');
  await page.screenshot({ path: screens('antimeridian-selection') });
});

test('phone width: the map, its legend and list fit without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/?year=2020&countries=DEU');
  await mapIdle(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.locator('.map-stage').scrollIntoViewIfNeeded();
  await page.locator('.map-panel').screenshot({ path: screens('phone') });
});

test('the boundaries are fetched and built in their worker; when the file fails, the map says so and Try again draws it', async ({ page }) => {
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  let fail = true;
  // The worker's own request, answered here like the page's.
  await page.route('**/geo/countries.topo.json', (route) => (fail ? route.fulfill({ status: 503, body: 'down' }) : route.continue()));
  await page.goto('/?indicator=migrant-stock&year=2020');
  const alert = page.getByRole('alert').filter({ hasText: 'Could not load the country boundaries.' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('geo/countries.topo.json: HTTP 503');
  expect(workers.filter((url) => /boundaries\.worker/.test(url))).toHaveLength(1);
  fail = false;
  await alert.getByRole('button', { name: 'Try again' }).click();
  await mapIdle(page);
  await expect(alert).toHaveCount(0);
  const p = await pointOf(page, 'DEU');
  await page.mouse.move(p.x, p.y);
  await expect(page.getByRole('tooltip')).toContainText(countryName('DEU'));
  // One worker for both attempts.
  expect(workers.filter((url) => /boundaries\.worker/.test(url))).toHaveLength(1);
});

test('a map link paints its colours on a first frame before the map engine is loaded, then the map takes over with them', async ({ page }) => {
  await page.goto('/?indicator=migrant-stock&year=2020');
  await mapIdle(page);
  const order = await page.evaluate(() => {
    const preview = performance.getEntriesByName('ml:map-preview')[0] as PerformanceMark | undefined;
    const resource = (pattern: RegExp) => performance.getEntriesByType('resource').find((entry) => pattern.test(entry.name))?.startTime;
    return {
      preview: preview?.startTime,
      key: (preview?.detail as { key?: string } | undefined)?.key,
      engine: resource(/\/assets\/maplibre-[\w-]+\.js$/),
      // The indicator has sources by US state: the map's level control (its own chunk) comes after the figures too.
      levelKit: resource(/\/assets\/levelKit-[\w-]+\.js$/),
    };
  });
  expect(order.key, 'the first frame drew the figures').toMatch(/migrant-stock.*\|data$/);
  expect(order.engine, 'the engine was loaded').toBeDefined();
  expect(order.preview as number, 'the first frame was drawn before the engine was asked for').toBeLessThan(order.engine as number);
  expect(order.preview as number, 'the first frame was drawn before the level control was asked for').toBeLessThan(order.levelKit as number);
  await expect(page.getByRole('combobox', { name: 'Level' })).toHaveValue('country');
  // The map has drawn the same colours, and the first frame is gone.
  await expect(page.locator('canvas.map-preview')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Legend: persons' })).toContainText('Classes: Quantiles');
});

test('the first frame is the map the engine then draws: the same colours at the same places', async ({ page }) => {
  // Hold the engine's code back, so that the first frame stays on screen to be looked at.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/maplibre-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/?indicator=migrant-stock&year=2020');
  await expect(page.locator('canvas.map-preview[data-key$="|data"]')).toBeVisible();
  const box = await page.locator('canvas.map-preview').boundingBox();
  if (!box) throw new Error('the first frame has no box');
  const before = await page.screenshot({ clip: box });
  release();
  await mapIdle(page);
  await expect(page.locator('canvas.map-preview')).toHaveCount(0);
  const after = await page.screenshot({ clip: box });
  const countries = ['USA', 'BRA', 'RUS', 'AUS', 'CHN', 'DZA', 'IND', 'CAN', 'ARG', 'COD', 'KAZ', 'MNG'];
  const points = await Promise.all(countries.map(async (iso) => ({ iso, ...(await pointOf(page, iso)) })));
  const compared = await page.evaluate(
    async ({ images, points, box }) => {
      const load = (src: string) =>
        new Promise<HTMLImageElement>((resolve) => {
          const image = new Image();
          image.onload = () => resolve(image);
          image.src = src;
        });
      const pixels = (image: HTMLImageElement) => {
        const canvas = document.createElement('canvas');
        canvas.width = image.width;
        canvas.height = image.height;
        const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
        ctx.drawImage(image, 0, 0);
        return ctx.getImageData(0, 0, canvas.width, canvas.height);
      };
      const [a, b] = (await Promise.all(images.map(load))).map(pixels) as [ImageData, ImageData];
      const at = (image: ImageData, x: number, y: number) => {
        const i = 4 * (Math.round(y) * image.width + Math.round(x));
        return [image.data[i], image.data[i + 1], image.data[i + 2]].map((c) => (c ?? 0).toString(16).padStart(2, '0')).join('');
      };
      let same = 0;
      for (let i = 0; i < a.data.length; i += 4) {
        let d = 0;
        for (let c = 0; c < 3; c++) d += Math.abs((a.data[i + c] as number) - (b.data[i + c] as number));
        if (d <= 24) same++;
      }
      return {
        share: same / (a.data.length / 4),
        colours: points.map((p) => ({ iso: p.iso, first: at(a, p.x - box.x, p.y - box.y), map: at(b, p.x - box.x, p.y - box.y) })),
      };
    },
    { images: [before, after].map((png) => `data:image/png;base64,${png.toString('base64')}`), points, box },
  );
  for (const { iso, first, map } of compared.colours) expect(first, `the colour of ${iso} on the first frame`).toBe(map);
  // Edges are antialiased differently by a 2D canvas and WebGL (and the map adds its zoom buttons); areas are the same.
  expect(compared.share).toBeGreaterThan(0.9);
});
