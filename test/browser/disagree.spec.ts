/**
 * "Where do the digital estimates disagree most with the official ones?" answered in at most three
 * actions, at 1366×768 and in embed at 800×500; Compare's exports (the pairs as CSV, the picture
 * with its statistics and DEMO DATA mark) and presenter mode. Screenshots in test-results/screens/.
 */
import { type Download, type Page } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { readSeries } from './demoData';
import { expectedRanking, logRatiosAt, periodOfRanking, rankedCard, rankedNames } from './disagreements';
import { expect, test } from './fixtures';

const SCREENS = 'test-results/screens';
mkdirSync(SCREENS, { recursive: true });
const screens = (name: string) => `${SCREENS}/${name}.png`;

function inFirstScreen(box: { y: number; height: number } | null, height: number) {
  expect(box).not.toBeNull();
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.y).toBeLessThan(height);
}

test('at 1366×768, the largest disagreements each way are two actions from the start page, each a button to the country', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/');
  let actions = 0;
  await page.getByRole('tab', { name: 'Compare' }).click();
  actions += 1;
  await expect(page.locator('.compare-scatter > svg')).toBeVisible();
  const card = rankedCard(page);
  await card.scrollIntoViewIfNeeded();
  actions += 1;
  await expect(card).toBeInViewport();
  const period = await periodOfRanking(page);
  const expected = expectedRanking(period);
  expect(expected.over.length).toBeGreaterThan(0);
  expect(expected.under.length).toBeGreaterThan(0);
  await expect(rankedNames(page, 'over')).toHaveText(expected.over);
  await expect(rankedNames(page, 'under')).toHaveText(expected.under);
  await expect(card.getByRole('heading', { name: 'Over-estimates (B above A)' })).toBeVisible();
  await expect(card.getByRole('heading', { name: 'Under-estimates (B below A)' })).toBeVisible();
  await expect(card).toContainText('B: Social-media advertising audience (demo); A: Census & registers (demo).');
  expect(actions).toBeLessThanOrEqual(3);
  await page.screenshot({ path: screens('disagree-ranked-1366') });

  // The table of pairs, one more action away, has the same answer at its top, with the direction in words.
  await page.getByText(/^Table of the pairs/).click();
  const table = page.getByRole('table', { name: /and Social-media advertising audience \(demo\) by country, \d{4}$/ });
  await expect(table.locator('th[aria-sort="descending"]')).toContainText('Which way, how far');
  const topRow = table.locator('tbody tr').first();
  const top = [expected.over[0], expected.under[0]];
  await expect(topRow.locator('th')).toHaveText(new RegExp(top.map((n) => (n ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')));
  await expect(topRow.locator('[data-direction]')).toHaveText(/over-estimate|under-estimate/);
  await table.getByRole('button', { name: /^B\/A/ }).press('Enter');
  await expect(table.locator('th[aria-sort="descending"]')).toContainText('B/A');
  await expect(page).toHaveURL(/csort=ratio-desc/);
  await table.scrollIntoViewIfNeeded();
  await page.screenshot({ path: screens('disagree-pairs-table-1366') });

  // A country of the ranking opens it (here: the comparison's chart of that country, cgeo).
  await rankedNames(page, 'over').first().click();
  await expect(page).toHaveURL(/cgeo=[A-Z]{3}/);
});

test('in embed at 800×500 the first screen shows the statistics, the scatter and the ranking; the controls fold behind one button', async ({
  page,
}) => {
  await page.setViewportSize({ width: 800, height: 500 });
  await page.goto('/?embed=1&panel=compare');
  await expect(page.locator('.compare-scatter > svg')).toBeVisible();
  // No action: the answer is on the first screen.
  const actions = 0;
  inFirstScreen(await page.locator('[data-stat="r"]').boundingBox(), 500);
  inFirstScreen(await page.locator('.compare-scatter > svg').boundingBox(), 500);
  inFirstScreen(await rankedCard(page).boundingBox(), 500);
  const period = await periodOfRanking(page);
  await expect(rankedNames(page, 'over').first()).toHaveText(expectedRanking(period).over[0] ?? '');
  const toggle = page.getByRole('button', { name: 'Options' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('combobox', { name: 'Reference (A)' })).toBeHidden();
  expect(actions).toBeLessThanOrEqual(3);
  await page.screenshot({ path: screens('disagree-embed-800x500') });
  await toggle.click();
  await expect(page.getByRole('combobox', { name: 'Reference (A)' })).toBeVisible();
  await page.screenshot({ path: screens('disagree-embed-800x500-controls') });
});

async function download(page: Page, button: string): Promise<{ download: Download; body: Buffer }> {
  const pending = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const done = await pending;
  return { download: done, body: readFileSync(await done.path()) };
}

test("Compare's exports: the pairs with the statistics as CSV, and a picture with the statistics, both sources' caveats and a DEMO DATA mark on the chart", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto('/?year=2020&panel=compare&countries=DEU');
  await expect(page.locator('.compare-scatter > svg')).toBeVisible();
  await page.getByRole('button', { name: 'Embed & export' }).click();

  const csv = await download(page, 'Data shown (CSV)');
  expect(csv.download.suggestedFilename()).toBe('migration-lens_compare_migrant-stock_census-vs-social-audience_2020.csv');
  const text = csv.body.toString('utf8');
  expect(text).toMatch(/^# title: .*Social-media advertising audience \(demo\) \(B\) against Census & registers \(demo\) \(A\), 2020\r\n/);
  for (const key of ['source-a', 'source-b', 'n', 'pearson-r-log', 'spearman-rho', 'median-abs-percent-difference', 'bias-mean-log-ratio'])
    expect(text).toMatch(new RegExp(`\\r\\n# ${key}: \\S`));
  const columnsAt = text.indexOf('iso3,country,period_a,value_a,period_b,value_b,ratio_b_over_a,difference_b_minus_a,percent_difference');
  expect(columnsAt).toBeGreaterThan(0);
  const rows = text.slice(columnsAt).trim().split('\r\n').slice(1);
  expect(rows.length).toBe(
    logRatiosAt(readSeries('series/migrant-stock/census.json'), readSeries('series/migrant-stock/social-audience.json'), '2020').length,
  );

  const markup = (await download(page, 'Picture (SVG)')).body.toString('utf8');
  expect(markup).toContain('Agreement: n = ');
  expect(markup).toContain('Spearman ρ');
  // Both sources, with their kinds, under the title (the line may wrap).
  expect(markup).toContain('A: Census &amp; registers (demo) (official) · B: Social-media advertising audience (demo)');
  expect(markup).toMatch(/\(digital trace\)<\/text>/i);
  expect(markup.match(/>DEMO DATA</g)?.length).toBe(2);
  // The legend's marks are the plot's own paths (a region's symbol), not squares.
  expect(markup).toMatch(/<path transform="translate\([\d.]+ [\d.]+\)" d="M[^"]+" fill="[^"]+"\/>/);
  const other = await page.context().newPage();
  await other.setViewportSize({ width: 900, height: 900 });
  await other.setContent(`<img alt="" style="max-width:100%" src="data:image/svg+xml;base64,${Buffer.from(markup).toString('base64')}">`);
  await other.locator('img').evaluate((img: HTMLImageElement) => img.decode());
  await other.screenshot({ path: screens('disagree-compare-export-svg'), fullPage: true });
  await other.close();
});

test('presenter mode shows Compare with the statistics and the scatter first, its controls folded', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/?year=2020&panel=compare');
  await expect(page.locator('.compare-scatter > svg')).toBeVisible();
  await page.getByRole('button', { name: 'Views & briefings' }).click();
  await page.getByLabel('Name of a new briefing').fill('Disagreements');
  await page.getByRole('button', { name: 'Create briefing' }).click();
  const card = page.getByRole('article', { name: /Disagreements/ });
  await card.getByRole('button', { name: 'Add the current view' }).click();
  await card.getByRole('button', { name: 'Present “Disagreements”' }).click();
  const presenter = page.getByRole('region', { name: 'Presentation: Disagreements' });
  await expect(presenter).toBeVisible();
  await expect(page.locator('.compare-scatter > svg')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Options' })).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('combobox', { name: 'Reference (A)' })).toBeHidden();
  inFirstScreen(await page.locator('[data-stat="r"]').boundingBox(), 720);
  inFirstScreen(await page.locator('.compare-scatter > svg').boundingBox(), 720);
  await page.screenshot({ path: screens('disagree-presenter-compare') });
});
