import { devices, type BrowserContextOptions, type Download, type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readCsvDocument } from '../../src/lib/export/readCsvDocument.test-utils';
import { readCatalog, readSeries, valueOf } from './demoData';
import { panelSettled } from './settled';
import { seriousViolations } from './axe';
import { copiedLink, openIn, sameInAnyLanguage, snapshot } from './viewSnapshot';

const screens = (name: string) => `test-results/screens/share-${name}.png`;
const catalog = readCatalog();
const countryName = (id: string) => catalog.geographies.countries.find((c) => c.id === id)?.name ?? id;

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const phone: BrowserContextOptions = { ...devices['Pixel 7'] };
const french: BrowserContextOptions = { locale: 'fr-FR', viewport: { width: 1366, height: 768 } };

test.describe('a shared link reopens the exact view', () => {
  test('a table view built by hand, on a desktop, on a phone and in French', async ({ page, browser }) => {
    await page.goto('/');
    await page.getByRole('combobox', { name: 'Source' }).selectOption('social-audience');
    await page.getByRole('combobox', { name: 'Year' }).selectOption('2020');
    await page.getByRole('tab', { name: 'Table' }).click();
    await page.getByRole('checkbox', { name: `Select ${countryName('DEU')}` }).check();
    await page.getByRole('checkbox', { name: `Select ${countryName('ETH')}` }).check();
    const original = await snapshot(page);
    const link = await copiedLink(page);
    expect(new URL(link).search).toBe('?source=social-audience&year=2020&countries=DEU~ETH&panel=table');
    expect(original.rows.length).toBeGreaterThan(100);

    for (const [name, options] of [
      ['desktop', { viewport: { width: 1366, height: 768 } }],
      ['phone', phone],
      ['french', french],
    ] as const) {
      const { context, page: other } = await openIn(browser, options, link);
      const reopened = await snapshot(other);
      if (name === 'french') expect(sameInAnyLanguage(reopened), 'the French view').toEqual(sameInAnyLanguage(original));
      else expect(reopened, `the ${name} view`).toEqual(original);
      if (name === 'french') {
        await expect(other.getByRole('tab', { name: 'Tableau' })).toHaveAttribute('aria-selected', 'true');
        expect(new URL(other.url()).searchParams.get('lang')).toBe('fr');
      }
      if (name === 'phone') await other.screenshot({ path: screens('link-phone') });
      await context.close();
    }
  });

  for (const search of [
    '?year=2015&countries=DEU&class=ckmeans&region=europe',
    '?year=2020&od=origin~SYR',
    '?countries=DEU~FRA~ITA&panel=series&measure=index&from=2000',
    '?indicator=net-migration&countries=ESP&panel=table&lang=es',
  ]) {
    test(`${search} opened from its Share link is the same view, here, on a phone and in another language`, async ({ page, browser }) => {
      await page.goto(`/${search}`);
      const original = await snapshot(page);
      const link = await copiedLink(page);
      expect(new URL(link).search).toBe(search);
      for (const options of [{ viewport: { width: 1366, height: 768 } }, phone]) {
        const { context, page: other } = await openIn(browser, options, link);
        expect(await snapshot(other)).toEqual(original);
        await context.close();
      }
      // Another language: the same link read by a French browser (a link without lang), or switched by hand.
      const { context, page: other } = await openIn(browser, french, link);
      if (search.includes('lang=')) await other.getByRole('combobox', { name: 'Idioma' }).selectOption('fr');
      await expect(other.locator('html')).toHaveAttribute('lang', 'fr');
      expect(sameInAnyLanguage(await snapshot(other))).toEqual(sameInAnyLanguage(original));
      await context.close();
    });
  }
});

async function openExportMenu(page: Page) {
  await page.getByRole('button', { name: 'Embed & export' }).click();
  await expect(page.getByRole('dialog', { name: 'Embed & export' })).toBeVisible();
}

async function download(page: Page, button: string): Promise<{ download: Download; body: Buffer }> {
  const pending = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const done = await pending;
  const path = await done.path();
  return { download: done, body: readFileSync(path) };
}

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

test.describe('exports', () => {
  test('CSV of the data shown and of the full series match the data files, with the header block', async ({ page }) => {
    const census = readSeries('series/migrant-stock/census.json');
    const source = catalog.sources.find((s) => s.id === 'census');
    await page.goto('/?year=2020&countries=DEU~FRA&panel=table');
    await panelSettled(page);
    await openExportMenu(page);
    await page.screenshot({ path: screens('export-menu') });

    const shown = await download(page, 'Data shown (CSV)');
    expect(shown.download.suggestedFilename()).toBe('migration-lens_migrant-stock_census_2020.csv');
    const text = shown.body.toString('utf8');
    expect(text.startsWith('# title: ')).toBe(true);
    const { header, columns, rows } = readCsvDocument(text);
    expect(header.get('indicator')).toBe('International migrant stock (migrant-stock)');
    expect(header.get('source')).toBe(`${source?.name} (census)`);
    expect(header.get('publisher')).toBe(source?.publisher);
    expect(header.get('definition')).toBe(source?.definition);
    expect(header.get('licence')).toBe(source?.licence);
    expect(header.get('release-date')).toBe(census.releaseDate);
    expect(header.get('retrieved')).toBe(today());
    expect(header.get('period')).toBe('2020');
    expect(header.get('view')).toBe(page.url());
    expect(columns).toEqual(['iso3', 'country', 'region', 'period', 'value', 'lower', 'upper', 'flag', 'selected']);
    const peopled = catalog.geographies.countries.filter((c) => c.uninhabited !== true);
    expect(rows.map((r) => r[0]).sort()).toEqual(peopled.map((c) => c.id).sort());
    for (const row of rows) {
      const expected = valueOf(census, row[0] as string, '2020');
      expect(row[4], `${row[0]} 2020`).toBe(expected === undefined ? '' : String(expected));
      expect(row[8]).toBe(row[0] === 'DEU' || row[0] === 'FRA' ? 'true' : 'false');
    }
    // The table's order: largest value first.
    const values = rows
      .map((r) => r[4])
      .filter((v) => v !== '')
      .map(Number);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    await expect(page.getByRole('status').filter({ hasText: 'Saved migration-lens_migrant-stock_census_2020.csv' })).toBeVisible();

    const full = await download(page, 'Full series, all periods (CSV)');
    expect(full.download.suggestedFilename()).toBe('migration-lens_migrant-stock_census_all-periods.csv');
    const all = readCsvDocument(full.body.toString('utf8'));
    expect(all.columns).toEqual(['iso3', 'country', 'period', 'value', 'lower', 'upper', 'flag']);
    expect(all.rows).toHaveLength(census.columns.geo.length);
    for (const row of all.rows) expect(Number(row[3]), `${row[0]} ${row[2]}`).toBe(valueOf(census, row[0] as string, row[2] as string));
    expect(all.header.get('period')).toMatch(/^\d{4}\/\d{4}$/);

    // The table offers CSV only.
    await expect(page.getByRole('button', { name: 'Picture (PNG)' })).toBeDisabled();
    await expect(page.getByText('The table is exported as CSV')).toBeVisible();
  });

  test('the map as PNG and SVG, with title, legend, source line and date', async ({ page }) => {
    await page.goto('/?year=2020&countries=DEU~FRA');
    await panelSettled(page);
    await openExportMenu(page);
    const png = await download(page, 'Picture (PNG)');
    expect(png.download.suggestedFilename()).toBe('migration-lens_map_migrant-stock_census_2020.png');
    const size = pngSize(png.body);
    expect(size.width).toBeGreaterThan(1000);
    expect(size.height).toBeGreaterThan(600);
    expect(png.body.length).toBeGreaterThan(50_000);

    const svg = await download(page, 'Picture (SVG)');
    expect(svg.download.suggestedFilename()).toBe('migration-lens_map_migrant-stock_census_2020.svg');
    const markup = svg.body.toString('utf8');
    expect(markup).toContain('<title>International migrant stock, 2020</title>');
    expect(markup).toMatch(/<text[^>]*>International migrant stock, 2020<\/text>/);
    expect(markup).toMatch(/<image [^>]*href="data:image\/png;base64,/);
    expect(markup).toContain('Legend: persons');
    expect(markup).toContain('Source: Census &amp; registers (demo)');
    expect(markup).toContain(`Exported`);
    await showSvg(page, markup, 'map-export-svg');
  });

  test('the time series as PNG and SVG, the chart kept as vectors', async ({ page }) => {
    await page.goto('/?countries=DEU~FRA&panel=series');
    await panelSettled(page);
    await openExportMenu(page);
    const png = await download(page, 'Picture (PNG)');
    expect(png.download.suggestedFilename()).toBe('migration-lens_series_migrant-stock_census_all-periods.png');
    expect(pngSize(png.body).width).toBeGreaterThan(1000);
    const svg = await download(page, 'Picture (SVG)');
    const markup = svg.body.toString('utf8');
    expect(markup).toMatch(
      /<title>International migrant stock \(persons\), one line per country, from Census &amp; registers \(demo\), \d{4}–\d{4}<\/title>/,
    );
    expect(markup).toMatch(/<path [^>]*d="M[^"]+"[^>]*style="[^"]*stroke:/);
    expect(markup).toMatch(new RegExp(`<text[^>]*>${countryName('DEU')}</text>`));
    expect(markup).not.toContain('<script');
    await showSvg(page, markup, 'series-export-svg');
  });
});

test('the comparison scatter plot as PNG and SVG, naming both sources', async ({ page }) => {
  await page.goto('/?year=2020&countries=DEU~FRA&panel=compare');
  await expect(page.locator('.compare-scatter > svg')).toBeVisible({ timeout: 20_000 });
  await openExportMenu(page);
  const png = await download(page, 'Picture (PNG)');
  expect(png.download.suggestedFilename()).toBe('migration-lens_compare_migrant-stock_census_2020.png');
  expect(pngSize(png.body).width).toBeGreaterThan(1000);
  const markup = (await download(page, 'Picture (SVG)')).body.toString('utf8');
  expect(markup).toContain('<title>Social-media advertising audience (demo) against Census &amp; registers (demo), 2020</title>');
  expect(markup).toContain('Source: Census &amp; registers (demo)');
  expect(markup).toContain('Source: Social-media advertising audience (demo)');
  expect(markup).toMatch(/<text[^>]*>Europe \(\d+\)<\/text>/);
  await showSvg(page, markup, 'compare-export-svg');
});

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(body: Buffer): { width: number; height: number } {
  expect([...body.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(body.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: body.readUInt32BE(16), height: body.readUInt32BE(20) };
}

/** Shows an exported SVG as an image in a blank page, for a screenshot to look at. */
async function showSvg(page: Page, markup: string, name: string) {
  const other = await page.context().newPage();
  await other.setContent(`<img alt="" style="max-width:100%" src="data:image/svg+xml;base64,${Buffer.from(markup).toString('base64')}">`);
  await other.locator('img').evaluate((img: HTMLImageElement) => img.decode());
  await other.screenshot({ path: screens(name), fullPage: true });
  await other.close();
}

test.describe('embed mode', () => {
  test('renders one panel without the app chrome, with title, source line and a link back', async ({ page }) => {
    await page.setViewportSize({ width: 600, height: 400 });
    await page.goto('/?year=2020&countries=DEU~FRA&panel=table&embed=1');
    await expect(page.getByRole('heading', { level: 1, name: 'International migrant stock — Census & registers (demo), 2020' })).toBeVisible();
    await expect(page.locator('tr[data-geo="DEU"]')).toBeVisible();
    await expect(page.locator('.filter-bar')).toHaveCount(0);
    await expect(page.getByRole('tablist')).toHaveCount(0);
    await expect(page.getByRole('combobox', { name: 'Indicator' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Share', exact: true })).toHaveCount(0);
    await expect(page.getByRole('banner')).toHaveCount(0);
    await expect(page.getByText('Source: Census & registers (demo)')).toBeInViewport();
    const back = page.getByRole('link', { name: /Open the full view in Migration Lens/ });
    await expect(back).toBeInViewport();
    expect(await back.getAttribute('href')).toBe(new URL('/?year=2020&countries=DEU~FRA&panel=table', page.url()).toString());
    expect(await back.getAttribute('target')).toBe('_blank');
    expect((await back.getAttribute('rel'))?.split(' ')).toContain('noopener');
    await expect(page.getByRole('note', { name: 'Demo data' })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    expect(new URL(page.url()).searchParams.get('embed')).toBe('1');
    await page.screenshot({ path: screens('embed-table-600x400') });

    await page.goto('/?year=2020&countries=DEU~FRA&embed=1');
    await panelSettled(page);
    await expect(page.locator('.filter-bar')).toHaveCount(0);
    await expect(page.getByRole('tablist')).toHaveCount(0);
    await expect(page.getByRole('link', { name: /Open the full view/ })).toBeInViewport();
    await page.screenshot({ path: screens('embed-map-600x400') });
  });

  test('the snippet from the Share menu is text, and embeds the view in a sandboxed frame', async ({ page }) => {
    await page.goto('/?year=2020&countries=DEU~FRA&panel=table');
    await panelSettled(page);
    await openExportMenu(page);
    const field = page.getByRole('textbox', { name: 'Embed code (HTML)' });
    const snippet = await field.inputValue();
    expect(snippet).toMatch(
      /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?year=2020&amp;countries=DEU~FRA&amp;panel=table&amp;embed=1" title="Migration Lens: [^"]+"/,
    );
    expect(snippet).toContain('sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads"');
    expect(snippet).not.toContain('allow-top-navigation');
    await expect(page.locator('iframe')).toHaveCount(0);
    await page.getByRole('button', { name: 'Copy embed code' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);

    // A host page on another origin, as a newsroom would paste it (a local server: Chromium does not
    // let a public page frame a loopback address).
    const server = createServer((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(`<!doctype html><title>Host page</title><h1>A newsroom page</h1>${snippet}`);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const hostUrl = `http://localhost:${(server.address() as AddressInfo).port}/story`;
    const host = await page.context().newPage();
    await host.setViewportSize({ width: 800, height: 600 });
    await host.goto(hostUrl);
    const frame = host.frameLocator('iframe');
    await expect(frame.getByRole('heading', { level: 1, name: /International migrant stock/ })).toBeVisible({ timeout: 20_000 });
    await expect(frame.locator('tr[data-geo="FRA"]')).toBeVisible();
    await expect(frame.getByRole('tablist')).toHaveCount(0);
    expect(host.url()).toBe(hostUrl);
    await host.screenshot({ path: screens('embed-in-host-page') });
    await host.close();
    server.close();
  });
});

test.describe('saved views and briefings', () => {
  test('save views, build and reorder a briefing, present it with the keyboard; it all survives a reload', async ({ page }) => {
    await page.goto('/?year=2020&countries=DEU~FRA&panel=table');
    await panelSettled(page);
    const views = page.getByRole('button', { name: 'Views & briefings' });
    await views.click();
    await page.getByLabel('Name of this view').fill('Table 2020');
    await page.getByRole('button', { name: 'Save this view' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved “Table 2020”' })).toBeVisible();

    await page.getByRole('tab', { name: 'Map' }).click();
    await views.click();
    await page.getByLabel('Name of this view').fill('Map 2020');
    await page.getByRole('button', { name: 'Save this view' }).click();
    await page.getByLabel('Name of a new briefing').fill('Board meeting');
    await page.getByRole('button', { name: 'Create briefing' }).click();
    const card = page.getByRole('article', { name: /Board meeting/ });
    await card.getByRole('combobox', { name: 'Add a saved view' }).selectOption({ label: 'Table 2020' });
    await card.getByRole('button', { name: 'Add a saved view' }).click();
    await card.getByRole('combobox', { name: 'Add a saved view' }).selectOption({ label: 'Map 2020' });
    await card.getByRole('button', { name: 'Add a saved view' }).click();
    await card.getByRole('button', { name: 'Move “Map 2020” up' }).click();
    await expect(card.getByRole('listitem')).toHaveText([/Map 2020/, /Table 2020/]);
    await page.screenshot({ path: screens('briefings-menu') });

    // Survives a reload.
    await page.reload();
    await views.click();
    await expect(page.getByRole('list', { name: 'Saved views (2)' }).getByRole('listitem')).toHaveText([/Table 2020/, /Map 2020/]);
    await expect(card.getByRole('listitem')).toHaveText([/Map 2020/, /Table 2020/]);

    const before = page.url();
    await card.getByRole('button', { name: 'Present “Board meeting”' }).click();
    const presenter = page.getByRole('region', { name: 'Presentation: Board meeting' });
    await expect(presenter).toBeVisible();
    await expect(presenter).toContainText('View 1 of 2 · Map 2020');
    await expect(page).toHaveURL(/\?year=2020&countries=DEU~FRA$/);
    await panelSettled(page);
    await expect(page.locator('.filter-bar')).toHaveCount(0);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('22px');
    await page.screenshot({ path: screens('presenter-map') });

    await page.keyboard.press('ArrowRight');
    await expect(presenter).toContainText('View 2 of 2 · Table 2020');
    await expect(page).toHaveURL(/panel=table/);
    await expect(page.locator('tr[data-geo="DEU"]')).toBeVisible();
    await page.screenshot({ path: screens('presenter-table') });
    await page.keyboard.press('ArrowRight');
    await expect(presenter).toContainText('View 2 of 2');
    await page.keyboard.press('PageUp');
    await expect(presenter).toContainText('View 1 of 2');
    await page.keyboard.press('End');
    await expect(presenter).toContainText('View 2 of 2');
    await page.keyboard.press('ArrowLeft');
    await expect(presenter).toContainText('View 1 of 2');
    await page.keyboard.press('Escape');
    await expect(presenter).toHaveCount(0);
    await expect(page.getByRole('tablist')).toBeVisible();
    expect(page.url()).toBe(before);
  });

  test('a briefing travels as one link and as a file', async ({ page, browser }) => {
    await page.goto('/?year=2020&panel=table');
    await panelSettled(page);
    await page.getByRole('button', { name: 'Views & briefings' }).click();
    await page.getByLabel('Name of a new briefing').fill('Regional <b>outlook</b>');
    await page.getByRole('button', { name: 'Create briefing' }).click();
    const card = page.getByRole('article', { name: /Regional <b>outlook<\/b>/ });
    await card.getByRole('button', { name: 'Add the current view' }).click();
    await page.getByRole('tab', { name: 'Time series' }).click();
    await page.getByRole('button', { name: 'Views & briefings' }).click();
    await card.getByRole('button', { name: 'Add the current view' }).click();
    await card.getByRole('button', { name: /Copy a link to/ }).click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/\?briefing=b1\.[A-Za-z0-9_-]+$/);

    const file = page.waitForEvent('download');
    await card.getByRole('button', { name: /as a file/ }).click();
    const saved = await file;
    expect(saved.suggestedFilename()).toBe('migration-lens_briefing_regional-b-outlook-b.json');
    const json = JSON.parse(readFileSync(await saved.path(), 'utf8')) as { format: string; steps: { query: string }[] };
    expect(json.format).toBe('migration-lens/briefing');
    expect(json.steps.map((s) => s.query)).toEqual(['?year=2020&panel=table', '?year=2020&panel=series']);

    // Someone else opens the link: a notice offers to present it; nothing in it becomes markup.
    const { context, page: other } = await openIn(browser, { viewport: { width: 1366, height: 768 } }, link);
    const notice = other.getByRole('status').filter({ hasText: 'A briefing was shared with you' });
    await expect(notice).toContainText('“Regional <b>outlook</b>”, 2 views');
    await expect(other.locator('b', { hasText: 'outlook' })).toHaveCount(0);
    expect(new URL(other.url()).search).toBe('');
    await expect(other.getByRole('status').filter({ hasText: 'were not understood' })).toHaveCount(0);
    await notice.getByRole('button', { name: 'Present' }).click();
    const presenter = other.getByRole('region', { name: /Presentation: Regional/ });
    await expect(presenter).toContainText('View 1 of 2');
    await other.keyboard.press('PageDown');
    await expect(presenter).toContainText('View 2 of 2');
    await expect(other).toHaveURL(/panel=series/);
    await other.keyboard.press('Escape');
    await expect(presenter).toHaveCount(0);

    // …and imports the file.
    await other.getByRole('button', { name: 'Views & briefings' }).click();
    await other.getByLabel('Import a briefing file').setInputFiles(await saved.path());
    await expect(other.getByRole('status').filter({ hasText: 'Imported “Regional <b>outlook</b>” (2 views).' })).toBeVisible();
    await expect(other.getByRole('article', { name: /Regional/ }).getByRole('listitem')).toHaveCount(2);
    await other
      .getByLabel('Import a briefing file')
      .setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":1}') });
    await expect(other.getByRole('status').filter({ hasText: 'Could not import notes.json: it is not a Migration Lens briefing.' })).toBeVisible();
    await context.close();
  });

  test('corrupt saved data gives a notice and a backup, never a crash', async ({ page }) => {
    await page.goto('/?panel=table');
    await page.evaluate(() => localStorage.setItem('migration-lens:saved', '{"format":"migration-lens/saved","version":1,"views":[{'));
    await page.reload();
    await expect(page.getByRole('status').filter({ hasText: 'Your saved views could not be read' })).toBeVisible();
    expect(await page.evaluate(() => localStorage.getItem('migration-lens:saved:backup'))).toMatch(/^\{"format"/);
    await expect(page.locator('tr[data-geo]').first()).toBeVisible();
    await page.getByRole('button', { name: 'Views & briefings' }).click();
    await expect(page.getByText('No saved view yet.')).toBeVisible();
  });
});

test.describe('accessibility of the share, embed and presenter views', () => {
  test('no serious or critical violation in the open menus, in embed mode or when presenting', async ({ page }) => {
    await page.goto('/?year=2020&countries=DEU~ETH&panel=table&lang=fr');
    await panelSettled(page);
    await page.getByRole('button', { name: 'Intégrer et exporter' }).click();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Vues et présentations' }).click();
    await page.getByRole('button', { name: 'Enregistrer cette vue' }).click();
    await page.getByRole('textbox', { name: 'Nom d’une nouvelle présentation' }).fill('Réunion');
    await page.getByRole('button', { name: 'Créer la présentation' }).click();
    await page.getByRole('button', { name: 'Ajouter la vue actuelle' }).click();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Présenter « Réunion »' }).click();
    await expect(page.getByRole('region', { name: 'Présentation : Réunion' })).toContainText('Vue 1 sur 1');
    await panelSettled(page);
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');

    await page.goto('/?year=2020&countries=DEU~ETH&embed=1');
    await panelSettled(page);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
