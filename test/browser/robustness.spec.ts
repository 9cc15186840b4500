/**
 * Robustness in a real browser: the user's own data (an upload with bad rows, a large file),
 * hostile links, the Content-Security-Policy, and, through request routing on the production build,
 * every failure scenario of the data server, stale data, the offline notice and a crashing panel.
 */
import AxeBuilder from '@axe-core/playwright';
import { type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { valueCell } from './tableCells';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatPersons, readCatalog, readSeries, valueOf } from './demoData';
import { mapIdle } from './mapIdle';
import { playScenario } from './scenarios';

const root = fileURLToPath(new URL('../../', import.meta.url));
const screens = (name: string) => `${root}test-results/screens/robustness-${name}.png`;
const catalog = readCatalog();
const countryName = (id: string) => catalog.geographies.countries.find((c) => c.id === id)?.name ?? id;
const census = readSeries('series/migrant-stock/census.json');

/** Collects what would show an injection: dialogs, CSP violations, page errors. */
function watch(page: Page) {
  const seen = { dialogs: [] as string[], errors: [] as string[] };
  page.on('dialog', (dialog) => {
    seen.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => seen.errors.push(error.message));
  return seen;
}

async function recordCspViolations(page: Page) {
  await page.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = list;
    document.addEventListener('securitypolicyviolation', (e) => list.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}
const cspViolations = (page: Page) => page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);

// ---------------------------------------------------------------------------------------------
// Your own data

const bom = '\uFEFF';

test('an upload with bad rows keeps the good ones, lists errors by line and column, suggests countries, and survives a reload', async ({ page }) => {
  const seen = watch(page);
  const csv =
    bom +
    [
      'country;year;value;lower;upper;flag',
      'Germany;2020;"15 800 000";15000000;16500000;p', // 2 kept
      'France;2020;8500000,0;;;', // 3 kept (decimal comma)
      'Germny;2021;16000000;;;', // 4 unknown country, suggestion Germany
      'ETH;20x0;1000;;;', // 5 bad period
      'Brasil;2020;abc;;;', // 6 bad number
      'FR;2020;1;;;', // 7 duplicate of line 3
      'World;2020;280000000;;;', // 8 aggregate
      '"<img src=x onerror=""window.__xss=1"">";2020;5;;;', // 9 unknown, shown as text
      'Inde;2020;4900000;;;estimate', // 10 kept (French name)
      'united states;2021;51000000;;;', // 11 kept
    ].join('\r\n');
  await page.goto('/?panel=table&year=2020');
  await page.getByRole('button', { name: 'Your data' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add your own data' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Choose a file').setInputFiles({ name: 'my-estimates.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });

  await expect(dialog.getByRole('status').filter({ hasText: 'rows read' })).toContainText('my-estimates.csv: 4 rows read, 6 left out');
  const issues = dialog.getByRole('table', { name: 'Problems found' });
  const issueRow = (line: number) => issues.getByRole('row').filter({ has: page.getByRole('cell', { name: String(line), exact: true }) });
  await expect(issueRow(4)).toContainText('country not recognised');
  await expect(issueRow(4)).toContainText('Germny');
  await expect(issueRow(5)).toContainText('year');
  await expect(issueRow(5)).toContainText('not a year');
  await expect(issueRow(6)).toContainText('value');
  await expect(issueRow(6)).toContainText('not a number');
  await expect(issueRow(7)).toContainText('same place and period as line 3');
  await expect(issueRow(8)).toContainText('a group of countries');
  await expect(issueRow(9)).toContainText('<img src=x onerror="window.__xss=1">');
  await expect(dialog.getByText('“Germny”: 1 row, on line 4.')).toBeVisible();
  await page.screenshot({ path: screens('upload-errors') });
  const axe = await new AxeBuilder({ page }).include('.upload-dialog').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  await dialog.getByRole('button', { name: 'Use Germany' }).click();
  await expect(dialog.getByText('Rows of “Germny” now count as Germany.')).toBeVisible();
  await expect(dialog.getByRole('status').filter({ hasText: 'rows read' })).toContainText('5 rows read, 5 left out');

  await dialog.getByLabel('Name of the source').fill('My <b>estimates</b>');
  await expect(dialog.getByLabel('Indicator it estimates')).toHaveValue('migrant-stock');
  await dialog.getByLabel('What it counts').selectOption('citizenship');
  await dialog.getByRole('button', { name: 'Add as a source' }).click();
  await expect(dialog).toBeHidden();

  const source = page.getByRole('combobox', { name: 'Source' });
  await expect(source).toHaveValue(/^upload-my-b-estimates-b-/);
  await expect(source.locator('option:checked')).toHaveText('My <b>estimates</b>');
  await expect(page.getByRole('table').first()).toContainText('My <b>estimates</b>, 2020');
  await expect(valueCell(page, countryName('DEU'))).toHaveText(formatPersons(15_800_000));
  await expect(valueCell(page, countryName('FRA'))).toHaveText(formatPersons(8_500_000));
  await expect(valueCell(page, countryName('IND'))).toHaveText(formatPersons(4_900_000));
  const link = new URL(page.url());
  expect(link.searchParams.get('source')).toMatch(/^upload-/);

  // Nothing lost: the source and the view survive a reload (IndexedDB, and the URL).
  await page.reload();
  await expect(source).toHaveValue(link.searchParams.get('source') as string);
  await expect(valueCell(page, countryName('DEU'))).toHaveText(formatPersons(15_800_000));
  await page.getByRole('combobox', { name: 'Year' }).selectOption('2021');
  await expect(valueCell(page, countryName('DEU'))).toHaveText(formatPersons(16_000_000));
  await expect(valueCell(page, countryName('USA'))).toHaveText(formatPersons(51_000_000));

  // Every panel shows it: the map draws it, the time series and the comparison take it.
  await page.getByRole('tab', { name: 'Map' }).click();
  await mapIdle(page);
  await expect(page.locator('.map-title')).toContainText('2021');
  for (const tab of ['Time series', 'Compare']) {
    await page.getByRole('tab', { name: tab }).click();
    await expect(page.getByRole('tabpanel')).toContainText('My <b>estimates</b>');
    await expect(page.getByText('This panel stopped working')).toHaveCount(0);
  }

  // Removing it goes back to the default source without a notice.
  await page.getByRole('button', { name: 'Your data (1)' }).click();
  await page.getByRole('button', { name: 'Remove My <b>estimates</b>' }).click();
  await expect(page.getByText('“My <b>estimates</b>” was removed.')).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  await expect(source).toHaveValue('census');
  await expect(page.getByRole('status').filter({ hasText: 'were not understood' })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Your data', exact: true })).toBeVisible();

  expect(seen.dialogs).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(seen.errors).toEqual([]);
});

test('a JSON-stat file dropped on the dialog is read, with its cells by coordinates; the keyboard opens and closes it', async ({ page }) => {
  const doc = {
    version: '2.0',
    class: 'dataset',
    id: ['geo', 'time'],
    size: [3, 1],
    dimension: {
      geo: { category: { index: ['DE', 'EL', 'XY'], label: { DE: 'Germany', EL: 'Greece', XY: 'Atlantis' } } },
      time: { category: { index: ['2020'] } },
    },
    value: [1, 2, 3],
  };
  await page.goto('/?panel=table&year=2020');
  const opener = page.getByRole('button', { name: 'Your data' });
  await opener.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Add your own data' });
  await expect(dialog).toBeVisible();
  // Dropped on the drop zone (drag and drop), not picked.
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'cube.json', { type: 'application/json' }));
    return transfer;
  }, JSON.stringify(doc));
  await dialog.locator('.dropzone').dispatchEvent('dragenter', { dataTransfer });
  await expect(dialog.getByText('Drop the file to read it')).toBeVisible();
  await dialog.locator('.dropzone').dispatchEvent('drop', { dataTransfer });
  await expect(dialog.getByRole('status').filter({ hasText: 'rows read' })).toContainText('cube.json: 2 rows read, 1 left out');
  await expect(dialog.getByRole('table', { name: 'Problems found' })).toContainText('geo=XY, time=2020');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
});

test('a 50 MB file of a million rows is read in a worker: the page stays responsive, with progress and a cancel button', async ({ page }) => {
  const dir = join(tmpdir(), `ml-robust-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'million.csv');
  const ids = catalog.geographies.countries.map((c) => c.name.replace(/[;"]/g, ' '));
  const lines: string[] = ['country;period;value;lower;upper;flag'];
  for (let i = 0; i < 1_000_000; i += 1) {
    const month = i % 2412;
    const period = `${1900 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
    lines.push(`${ids[Math.floor(i / 2412) % ids.length]};${period};${(i * 7.5).toFixed(1).replace('.', ',')};${i};${i * 8 + 10};estimate`);
  }
  writeFileSync(path, lines.join('\n'));
  try {
    await page.goto('/?panel=table');
    await page.getByRole('button', { name: 'Your data' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add your own data' });

    await dialog.getByLabel('Choose a file').setInputFiles(path);
    const progress = dialog.getByRole('progressbar', { name: 'Reading progress' });
    await expect(progress).toBeVisible();
    await expect.poll(() => progress.evaluate((el) => (el as HTMLProgressElement).value)).toBeGreaterThan(5_000_000);
    await expect(dialog.getByRole('status').filter({ hasText: 'Reading million.csv' })).toContainText(/rows so far/);
    await page.screenshot({ path: screens('upload-progress') });
    // The progress bar kept moving above, and the page still answers a click mid-read.
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog.getByText('Reading million.csv was cancelled: nothing was added.')).toBeVisible();
    await expect(progress).toHaveCount(0);

    // Read to the end, every row is accounted for: 236 countries × 2,412 months are new, the rest repeat them.
    await dialog.getByLabel('Choose a file').setInputFiles(path);
    const summary = dialog.getByRole('status').filter({ hasText: 'rows read' });
    await expect(summary).toBeVisible({ timeout: 60_000 });
    const kept = Math.min(1_000_000, ids.length * 2412);
    const n = (x: number) => new Intl.NumberFormat('en').format(x);
    await expect(summary).toContainText(`million.csv: ${n(kept)} rows read, ${n(1_000_000 - kept)} left out`);
    await expect(dialog.getByText(`The first 50 of ${n(1_000_000 - kept)} problems are listed.`)).toBeVisible();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// ---------------------------------------------------------------------------------------------
// Hostile links

const PAYLOADS = [
  '<script>window.__xss=1</script>',
  '"><img src=x onerror="window.__xss=1">',
  "javascript:window.__xss=1//'-alert(1)-'",
  '<svg/onload=window.__xss=1>',
  '{{constructor.constructor("window.__xss=1")()}}',
];
const KEYS = [
  'indicator',
  'source',
  'year',
  'slice',
  'countries',
  'panel',
  'class',
  'log',
  'tol',
  'region',
  'od',
  'compare',
  'ctol',
  'cby',
  'cgeo',
  'nowcast',
  'lines',
  'scale',
  'measure',
  'base',
  'from',
  'to',
  'lang',
  'embed',
  'brief',
  '<img src=x onerror=window.__xss=1>',
];

test('script-like text in every link parameter never runs and is shown as text', async ({ page }) => {
  const seen = watch(page);
  for (const payload of PAYLOADS) {
    // panel=table first (the first of a repeated key wins): the payload in panel is then reported
    // as repeated, and the page does not load the map engine each time.
    const query = KEYS.map((key) => `${encodeURIComponent(key)}=${encodeURIComponent(payload)}`).join('&');
    await page.goto(`/?panel=table&${query}#${encodeURIComponent(payload)}`);
    await expect(page.getByRole('combobox', { name: 'Indicator' })).toHaveValue('migrant-stock');
    const notice = page.getByRole('status').filter({ hasText: 'were not understood' });
    await expect(notice).toBeVisible();
    await expect(notice).toContainText(payload.slice(0, 30));
    if (payload === PAYLOADS[1]) await page.screenshot({ path: screens('hostile-link') });
    expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(await page.locator('img[src="x"], svg[onload], script:not([src])').count()).toBe(0);
  }
  // An overlong value and far too many parameters are bounded and summarised.
  const flood = Array.from({ length: 200 }, (_, i) => `p${i}=${encodeURIComponent('<b>'.repeat(4))}`).join('&');
  await page.goto(`/?panel=table&year=${'9'.repeat(2000)}&${flood}`);
  const notice = page.getByRole('status').filter({ hasText: 'were not understood' });
  await expect(notice).toContainText('value too long');
  expect(await notice.getByRole('listitem').count()).toBeLessThanOrEqual(52);
  expect(seen.dialogs).toEqual([]);
  expect(seen.errors).toEqual([]);
});

// ---------------------------------------------------------------------------------------------
// Security

test('the app runs under its Content-Security-Policy: no violation on any panel, and the map draws', async ({ page }) => {
  await recordCspViolations(page);
  const response = await page.goto('/?year=2020&countries=DEU');
  const csp = response?.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("style-src 'self'");
  expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
  expect(response?.headers()['x-content-type-options']).toBe('nosniff');
  await mapIdle(page);
  // Each panel is opened and drawn, so that whatever it loads and styles has met the policy.
  const drawn = {
    'Time series': page.locator('.series-chart__plot svg [data-line]').first(),
    Compare: page.locator('.compare-scatter > svg'),
    Table: page.locator('tr[data-geo]').first(),
  };
  for (const [tab, content] of Object.entries(drawn)) {
    await page.getByRole('tab', { name: tab }).click();
    await expect(page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
    await expect(content).toBeAttached();
  }
  await expect(valueCell(page, countryName('DEU'))).toHaveText(formatPersons(valueOf(census, 'DEU', '2020') as number));
  expect(await cspViolations(page)).toEqual([]);
});

test('embed mode works inside an iframe on another site', async ({ page, baseURL }) => {
  // The embedding page comes from another origin (another port on this machine, so that Chromium's
  // local-network checks let it frame the app): the CSP's frame-ancestors must allow it.
  const embedder = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html' });
    res.end(
      `<!doctype html><title>Embedder</title><iframe title="Migration Lens" src="${baseURL}/?embed=1&panel=table&year=2020" width="1000" height="600"></iframe>`,
    );
  });
  await new Promise<void>((resolve) => embedder.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = embedder.address() as AddressInfo;
    await page.goto(`http://127.0.0.1:${port}/`);
    const frame = page.frameLocator('iframe[title="Migration Lens"]');
    await expect(frame.getByRole('table').first()).toContainText(formatPersons(valueOf(census, 'DEU', '2020') as number));
  } finally {
    embedder.close();
  }
});

test('the production bundle holds no msw, no mock worker and nothing that looks like a secret', async ({ request }) => {
  const dist = process.env.ML_DIST_DIR ?? join(root, 'dist');
  expect(existsSync(join(dist, 'index.html')), `${dist} is built`).toBe(true);
  expect(existsSync(join(dist, 'mockServiceWorker.js'))).toBe(false);
  const files = readdirSync(join(dist, 'assets')).filter((name) => /\.(m?js|css|html)$/.test(name));
  const secret =
    /(?:api[_-]?key|secret|passw(?:or)?d|auth[_-]?token|access[_-]?token)["']?\s*[:=]\s*["'][A-Za-z0-9_\-+/=]{12,}["']|AKIA[0-9A-Z]{16}|-----BEGIN [A-Z ]*PRIVATE KEY-----|gh[pousr]_[A-Za-z0-9]{30,}|sk-[A-Za-z0-9]{24,}/i;
  for (const name of files) {
    const text = readFileSync(join(dist, 'assets', name), 'utf8');
    expect(
      text.includes('mockServiceWorker') || /\bsetupWorker\b|msw\/browser|MSW_COOKIE_STORE|INTEGRITY_CHECKSUM/.test(text),
      `${name} has msw`,
    ).toBe(false);
    expect(secret.exec(text)?.[0] ?? null, `${name} has a secret-like string`).toBeNull();
  }
  const worker = await request.get('/mockServiceWorker.js');
  expect(worker.ok() && (worker.headers()['content-type'] ?? '').includes('javascript')).toBe(false);
});

// ---------------------------------------------------------------------------------------------
// Failure scenarios of the data server, played by request routing (scenarios.ts)

test.describe('failure scenarios', () => {
  test('server error: each panel says what failed and offers a retry; the other sources and panels keep working', async ({ page }) => {
    const switchTo = await playScenario(page, { scenario: 'server-error', target: 'series/migrant-stock/census.json' });
    await page.goto('/?panel=table&year=2020');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Could not load International migrant stock from Census & registers (demo).');
    await expect(alert).toContainText('series/migrant-stock/census.json: HTTP 500');
    await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible();
    await page.screenshot({ path: screens('failing-panel') });

    await page.getByRole('tab', { name: 'Map' }).click();
    await expect(page.getByRole('alert')).toContainText('HTTP 500');
    await expect(page.getByRole('alert').getByRole('button', { name: 'Try again' })).toBeVisible();

    // Another source of the same indicator loads.
    await page.getByRole('tab', { name: 'Table' }).click();
    await page.getByRole('combobox', { name: 'Source' }).selectOption('social-audience');
    const audience = readSeries('series/migrant-stock/social-audience.json');
    await expect(valueCell(page, countryName('DEU'))).toHaveText(formatPersons(valueOf(audience, 'DEU', '2020') as number));

    // The server recovers: Try again loads the figures.
    await page.getByRole('combobox', { name: 'Source' }).selectOption('census');
    await expect(page.getByRole('alert')).toContainText('HTTP 500');
    switchTo({ scenario: 'normal' });
    await page.getByRole('alert').getByRole('button', { name: 'Try again' }).click();
    await expect(valueCell(page, countryName('DEU'))).toHaveText(formatPersons(valueOf(census, 'DEU', '2020') as number));
  });

  test('server error on the time series: the failing source is named, the others are drawn', async ({ page }) => {
    await playScenario(page, { scenario: 'server-error', target: 'series/migrant-stock/social-audience.json' });
    await page.goto('/?panel=series&countries=DEU');
    await expect(page.getByText(/could not be loaded/).first()).toBeVisible({ timeout: 15_000 });
    await expect(page.locator('.series-panel svg, svg').first()).toBeVisible();
  });

  test('catalog failure: the app says so and recovers on retry', async ({ page }) => {
    const switchTo = await playScenario(page, { scenario: 'server-error', target: 'catalog.json' });
    await page.goto('/?panel=table&year=2020');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Could not load the data catalog.');
    switchTo({ scenario: 'normal' });
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(valueCell(page, countryName('DEU'))).toHaveText(formatPersons(valueOf(census, 'DEU', '2020') as number));
  });

  test('slow: a loading state, then the figures', async ({ page }) => {
    await playScenario(page, { scenario: 'slow', delayMs: 1500 });
    await page.goto('/?panel=table&year=2020');
    await expect(page.getByRole('status').filter({ hasText: 'Loading…' })).toBeVisible();
    await expect(valueCell(page, countryName('DEU'))).toHaveText(formatPersons(valueOf(census, 'DEU', '2020') as number));
  });

  test('malformed payload: the file and the field at fault are named, no wrong number is shown', async ({ page }) => {
    await playScenario(page, { scenario: 'malformed' });
    await page.goto('/?panel=table&year=2020');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('series/migrant-stock/census.json: columns.value.0');
    await expect(page.getByRole('table')).toHaveCount(0);
  });

  test('empty series: the panel says there are no values', async ({ page }) => {
    await playScenario(page, { scenario: 'empty-series' });
    await page.goto('/?panel=table');
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: /no values|No values/ })
        .first(),
    ).toBeVisible();
  });

  test('missing file: HTTP 404 is reported at once (not retried)', async ({ page }) => {
    await playScenario(page, { scenario: 'missing-file' });
    const requests: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('series/migrant-stock/census.json')) requests.push(request.url());
    });
    await page.goto('/?panel=table&year=2020');
    await expect(page.getByRole('alert')).toContainText('series/migrant-stock/census.json: HTTP 404');
    await expect(page.getByRole('alert').getByRole('button', { name: 'Try again' })).toBeVisible();
    expect(requests).toHaveLength(1);
  });

  test('offline, then a failed refresh: the offline notice, then stale figures shown with their age', async ({ page, context }) => {
    const switchTo = await playScenario(page, { scenario: 'normal' });
    await page.goto('/?panel=table&year=2020');
    const deu = formatPersons(valueOf(census, 'DEU', '2020') as number);
    await expect(valueCell(page, countryName('DEU'))).toHaveText(deu);

    await context.setOffline(true);
    const offline = page.getByRole('status').filter({ hasText: 'You are offline' });
    await expect(offline).toBeVisible();
    await page.screenshot({ path: screens('offline') });

    switchTo({ scenario: 'server-error' });
    await context.setOffline(false);
    await expect(offline).toHaveCount(0);
    const stale = page.getByRole('status').filter({ hasText: 'Could not refresh' });
    await expect(stale).toContainText(
      /Could not refresh International migrant stock from Census & registers \(demo\): showing figures loaded \d+ seconds? ago/,
    );
    await expect(valueCell(page, countryName('DEU'))).toHaveText(deu);
    await page.screenshot({ path: screens('stale') });

    switchTo({ scenario: 'normal' });
    await stale.getByRole('button', { name: 'Try again' }).click();
    await expect(stale).toHaveCount(0);
    await expect(valueCell(page, countryName('DEU'))).toHaveText(deu);
  });

  test('a crash in one panel stays in that panel, and "Reload this panel" brings it back', async ({ page }) => {
    // A real crash of the production build, with no test hook in it: the browser refuses to write
    // the attribute that only the Table's rows carry, while sessionStorage says so.
    await page.addInitScript(() => {
      const setAttribute = Element.prototype.setAttribute;
      Element.prototype.setAttribute = function (this: Element, name: string, value: string) {
        if (name === 'data-geo' && this.tagName === 'TR' && window.sessionStorage.getItem('ml-test-crash') === 'on') {
          throw new Error('Test crash of the table panel');
        }
        setAttribute.call(this, name, value);
      };
      if (!window.sessionStorage.getItem('ml-test-crash')) window.sessionStorage.setItem('ml-test-crash', 'on');
    });
    await page.goto('/?panel=table&year=2020');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('This panel stopped working because of an error.');
    await expect(alert).toContainText('Test crash of the table panel');
    await page.screenshot({ path: screens('crashed-panel') });
    // The rest of the page works: the filters, and another panel.
    await page.getByRole('tab', { name: 'Map' }).click();
    await expect(page.getByRole('tab', { name: 'Map' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByText('This panel stopped working')).toHaveCount(0);
    await page.getByRole('tab', { name: 'Table' }).click();
    await expect(page.getByRole('alert')).toContainText('This panel stopped working');

    await page.evaluate(() => window.sessionStorage.setItem('ml-test-crash', 'off'));
    await page.getByRole('button', { name: 'Reload this panel' }).click();
    await expect(valueCell(page, countryName('DEU'))).toHaveText(formatPersons(valueOf(census, 'DEU', '2020') as number));
  });
});
