import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { mapFigures } from './mapIdle';

/**
 * The service worker (src/sw/): a reload offline after a first visit, and a newer data release
 * replacing the cached data as a whole. On the snapshot the build ships (the demo data's routing
 * would answer the worker's requests too, which is what the release test needs to control), with
 * service workers allowed (playwright.config.ts blocks them for every other file). Each test has a
 * fresh context: no worker, no cache.
 */
test.use({ demoData: false, serviceWorkers: 'allow' });

const LINK = '/?year=2020';
/** The default view's series (the map's colours). */
const SERIES = '/data/series/migrant-stock/undesa-ims.json';

/** The worker controls the page and has cached what the page loaded (src/sw/register.ts marks it). */
async function offlineReady(page: Page) {
  await expect(page.locator('html')).toHaveAttribute('data-sw', 'ready', { timeout: 60_000 });
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

test('after a first visit, a reload offline shows the map with the same figures', async ({ page, context }) => {
  await page.goto(LINK);
  const online = await mapFigures(page);
  await offlineReady(page);

  await context.setOffline(true);
  // Offline for the worker's own requests too: anything that reaches the network fails.
  await context.route('**/*', (route) => route.abort('internetdisconnected'));
  await page.reload();
  expect(await mapFigures(page)).toEqual(online);
  await expect(page.getByText('You are offline.')).toBeVisible();
});

test("a return visit takes the app's files from the cache by the browser's own routing, without the worker's script", async ({ page }) => {
  await page.goto(LINK);
  await mapFigures(page);
  await offlineReady(page);
  await page.reload();
  await mapFigures(page);
  // Chromium's static routing (src/sw/sw.ts, install): matched and answered by the cache source. Were
  // the files stored with the server's Vary header, the lookup would miss and go to the network.
  const files = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => new URL(entry.name).pathname.startsWith('/assets/'))
      .map((entry) => {
        const timing = entry as PerformanceResourceTiming & { workerMatchedSourceType?: string; workerFinalSourceType?: string };
        return `${new URL(entry.name).pathname}: ${timing.workerMatchedSourceType} → ${timing.workerFinalSourceType}`;
      }),
  );
  expect(files.length).toBeGreaterThan(5);
  expect(files.filter((line) => !line.endsWith(': cache → cache'))).toEqual([]);
});

test('a return visit to a time-series link reads no boundaries: the page the worker serves has no hint for them', async ({ page }) => {
  const link = '/?countries=DEU&panel=series';
  const line = page.locator('.series-chart__line').first();
  await page.goto(link);
  await expect(line).toBeVisible();
  await offlineReady(page);
  await page.reload();
  await expect(line).toBeVisible();
  const boundaries = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.endsWith('.topo.json')),
  );
  expect(boundaries).toEqual([]);
  expect(await page.evaluate(() => document.querySelectorAll('link[rel="preload"]').length)).toBe(2); // the catalog and the default series
});

/**
 * Serves release 1 (the snapshot as built) or release 2 (its catalog, manifest and default series
 * changed: another `generated` date, every value of the series tripled), by the value of `release.n`.
 */
async function serveReleases(context: BrowserContext, release: { n: 1 | 2 }) {
  const change = (path: string, body: string): string => {
    const json = JSON.parse(body) as Record<string, unknown>;
    if (path.endsWith('/catalog.json')) return JSON.stringify({ ...json, generated: '2027-01-15' });
    if (path.endsWith('/manifest.json')) return JSON.stringify({ ...json, date: '2027-01-15' });
    const columns = json.columns as { value: (number | null)[] };
    return JSON.stringify({ ...json, columns: { ...columns, value: columns.value.map((v) => (v === null ? null : v * 3)) } });
  };
  await context.route(
    (url) => /\/data\/(catalog|manifest)\.json$/.test(url.pathname) || url.pathname.endsWith(SERIES),
    async (route) => {
      if (release.n === 1) return route.continue();
      const response = await route.fetch();
      const path = new URL(route.request().url()).pathname;
      return route.fulfill({ response, body: change(path, await response.text()) });
    },
  );
}

test('a newer data release replaces the cached data as a whole, with a notice, and a reload shows it', async ({ page, context, browser }) => {
  const release = { n: 1 as 1 | 2 };
  await serveReleases(context, release);
  await page.goto(LINK);
  const first = await mapFigures(page);
  await offlineReady(page);

  // What release 2 alone shows: a separate context, without a worker.
  const reference = await browser.newContext({ serviceWorkers: 'block' });
  await serveReleases(reference, { n: 2 });
  const referencePage = await reference.newPage();
  await referencePage.goto(LINK);
  const second = await mapFigures(referencePage);
  await reference.close();
  expect(second.legend, 'release 2 changes the legend').not.toEqual(first.legend);

  // The server now has release 2. A return visit shows the cached release 1 at once, and the notice.
  release.n = 2;
  await page.goto(LINK);
  expect(await mapFigures(page)).toEqual(first);
  const notice = page.getByRole('status').filter({ hasText: 'A newer data release has been loaded' });
  await expect(notice).toBeVisible();

  await notice.getByRole('button', { name: 'Reload' }).click();
  await expect(notice).toBeHidden();
  expect(await mapFigures(page)).toEqual(second);
  await offlineReady(page);

  // The cache holds release 2 only: its catalog, and the series (if cached) tripled.
  const cached = await page.evaluate(async (series) => {
    const names = (await caches.keys()).filter((name) => name.endsWith(':data'));
    const out: { generated?: string; firstValue?: number | null; keys: string[] } = { keys: [] };
    for (const name of names) {
      const cache = await caches.open(name);
      out.keys.push(...(await cache.keys()).map((request) => new URL(request.url).pathname));
      const catalog = await cache.match(new URL('data/catalog.json', location.href).href);
      if (catalog) out.generated = ((await catalog.json()) as { generated: string }).generated;
      const file = await cache.match(new URL(series.slice(1), location.href).href);
      if (file) out.firstValue = ((await file.json()) as { columns: { value: (number | null)[] } }).columns.value[0];
    }
    return out;
  }, SERIES);
  expect(cached.generated).toBe('2027-01-15');
  expect(cached.keys).toContain(SERIES);
  const original = (await (await page.request.get(SERIES)).json()) as { columns: { value: (number | null)[] } };
  expect(cached.firstValue).toBe((original.columns.value[0] ?? 0) * 3);
});
