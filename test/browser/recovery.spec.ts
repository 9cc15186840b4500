/**
 * Recovery in a real browser, on the production build: a data source that never answers (request
 * routing, scenarios.ts; Playwright's clock moves time on, so nothing waits 30 s) and a panel whose
 * code could not load while the browser was offline.
 */
import { REQUEST_TIMEOUT_MS, SLOW_NOTICE_MS } from '../../src/data/timing';
import { formatPersons, readCatalog, readSeries, valueOf } from './demoData';
import { expect, test } from './fixtures';
import { valueCell } from './tableCells';
import { playScenario } from './scenarios';

const catalog = readCatalog();
const census = readSeries('series/migrant-stock/census.json');
const germany = catalog.geographies.countries.find((c) => c.id === 'DEU')?.name ?? 'DEU';

test('a source that never answers: loading, then "slow", then "not answering" at the time-out, and Try again loads it', async ({ page }) => {
  const file = 'series/migrant-stock/census.json';
  const switchTo = await playScenario(page, { scenario: 'no-answer', target: file });
  const requests: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith(file)) requests.push(request.url());
  });
  await page.clock.install();
  await page.goto('/?panel=table&year=2020');
  const loading = page.getByRole('status').filter({ hasText: 'Loading…' });
  await expect(loading).toBeVisible();
  await expect(loading).not.toContainText('slow');

  await page.clock.fastForward(SLOW_NOTICE_MS);
  await expect(loading).toContainText('Still loading: the server is slow to answer.');
  await expect(page.getByRole('alert')).toHaveCount(0);

  await page.clock.fastForward(REQUEST_TIMEOUT_MS - SLOW_NOTICE_MS);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Could not load International migrant stock from Census & registers (demo).');
  await expect(alert).toContainText(`The data source is not answering: no reply within ${REQUEST_TIMEOUT_MS / 1000} seconds.`);
  await expect(loading).toHaveCount(0);
  // A time-out is not retried behind the user's back: one request, until they ask again.
  expect(requests).toHaveLength(1);

  switchTo({ scenario: 'normal' });
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(valueCell(page, germany)).toHaveText(formatPersons(valueOf(census, 'DEU', '2020') as number));
});

test('a panel opened offline says so, and loads by itself once the connection is back, with no page reload', async ({ page, context }) => {
  await page.goto('/?panel=table&year=2020');
  await expect(valueCell(page, germany)).toHaveText(formatPersons(valueOf(census, 'DEU', '2020') as number));
  await page.evaluate(() => {
    (window as unknown as { __samePage: boolean }).__samePage = true;
  });

  await context.setOffline(true);
  await page.getByRole('tab', { name: 'Time series' }).click();
  const panel = page.getByRole('tabpanel');
  await expect(panel.getByRole('alert')).toContainText('You are offline');
  await expect(panel.getByRole('alert')).not.toContainText('stopped working');

  await context.setOffline(false);
  await expect(panel.getByRole('alert')).toHaveCount(0);
  await expect(page.locator('.series-chart__plot svg [data-line]').first()).toBeAttached();
  // Its style sheet came too: the chart is laid out by the panel's CSS, not left unstyled.
  await expect(page.locator('.series-panel')).toHaveCSS('display', 'flex');
  expect(await page.evaluate(() => (window as unknown as { __samePage?: boolean }).__samePage)).toBe(true);
});

test('a panel whose code fails to load says so, and "Reload this panel" loads it once its file is served again', async ({ page }) => {
  const chunk = (url: URL) => /\/assets\/ComparePanel-[^/]*\.js$/.test(url.pathname);
  await page.route(chunk, (route) => route.fulfill({ status: 503, body: 'Service Unavailable' }));
  await page.goto('/?panel=table&year=2020');
  await expect(valueCell(page, germany)).toBeVisible();
  await page.getByRole('tab', { name: 'Compare' }).click();
  const panel = page.getByRole('tabpanel');
  await expect(panel.getByRole('alert')).toContainText('This panel could not be loaded.');

  await page.unroute(chunk);
  await panel.getByRole('button', { name: 'Reload this panel' }).click();
  await expect(page.locator('.compare-scatter > svg')).toBeVisible();
  await expect(panel.getByRole('alert')).toHaveCount(0);
});
