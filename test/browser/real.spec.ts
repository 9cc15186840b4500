/**
 * The real snapshot (public/data/, built by `npm run data:snapshot` from the publishers' files),
 * which a plain build serves: no demo badge, real figures, and Compare opening on an official
 * source against a digital trace. The other browser tests run on the demo dataset (fixtures.ts).
 */
import { type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as ss from 'simple-statistics';
import type { Catalog, Series } from '../../src/contract/schema';
import { formatPersons, valueOf } from './demoData';
import { expect, test } from './fixtures';
import { panelSettled } from './settled';

test.use({ demoData: false });

const dataDir = fileURLToPath(new URL('../../public/data/', import.meta.url));
const read = <T>(path: string) => JSON.parse(readFileSync(`${dataDir}${path}`, 'utf8')) as T;
const catalog = read<Catalog>('catalog.json');
const sourceName = (id: string) => catalog.sources.find((s) => s.id === id)?.name ?? id;
const countryName = (id: string) => catalog.geographies.countries.find((c) => c.id === id)?.name ?? id;
const screens = (name: string) => `test-results/screens/real-${name}.png`;

function valueCell(page: Page, country: string) {
  return page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: country, exact: true }) }).getByRole('cell').nth(2);
}

test('a plain start opens on the real snapshot: UN DESA figures on the map and in the table, no demo badge', async ({ page }) => {
  expect(catalog.sources.every((s) => !s.demo)).toBe(true);
  const undesa = read<Series>('series/migrant-stock/undesa-ims.json');
  const latest = catalog.sources.find((s) => s.id === 'undesa-ims')?.latestPeriod as string;

  await page.goto('/');
  await expect(page.getByRole('combobox', { name: 'Source' })).toHaveValue('undesa-ims');
  await panelSettled(page, 'map');
  await expect(page.getByRole('heading', { name: `International migrant stock, ${latest}` })).toBeVisible();
  await expect(page.getByRole('note', { name: 'Demo data' })).toHaveCount(0);
  await expect(page.getByText(/synthetic/i)).toHaveCount(0);
  await page.screenshot({ path: screens('map') });

  await page.getByRole('tab', { name: 'Table' }).click();
  for (const geo of ['DEU', 'USA', 'ETH', 'BRA', 'IND']) {
    const value = valueOf(undesa, geo, latest);
    expect(value, `the snapshot has ${geo} ${latest}`).toBeDefined();
    await expect(valueCell(page, countryName(geo))).toHaveText(formatPersons(value as number));
  }
});

test('Compare opens on UN DESA against Facebook audiences, with the statistics the snapshot gives', async ({ page }) => {
  const a = read<Series>('series/migrant-stock/undesa-ims.json');
  const b = read<Series>('series/migrant-stock/facebook-expats.json');
  const pairs = b.columns.geo
    .map((geo, i) => ({ geo, b: b.columns.value[i] as number, a: valueOf(a, geo, b.columns.period[i] as string) }))
    .filter((p): p is { geo: string; a: number; b: number } => p.a !== undefined && p.a > 0 && p.b > 0);
  const r = ss.sampleCorrelation(
    pairs.map((p) => Math.log(p.a)),
    pairs.map((p) => Math.log(p.b)),
  );

  await page.goto('/?panel=compare');
  await panelSettled(page, 'compare');
  await expect(page.getByRole('combobox', { name: 'Reference (A)' })).toHaveValue('undesa-ims');
  await expect(page.getByRole('combobox', { name: 'Compared with it (B)' })).toHaveValue('facebook-expats');
  const stat = (key: string) => page.locator(`[data-stat="${key}"] .compare-stats__value`);
  await expect(stat('n')).toHaveText(String(pairs.length));
  await expect(stat('r')).toHaveText(r.toFixed(2));
  await expect(page.getByRole('note', { name: 'These sources count different things.' })).toContainText(sourceName('facebook-expats'));
  await expect(page.getByRole('note', { name: 'Demo data' })).toHaveCount(0);
  await page.screenshot({ path: screens('compare'), fullPage: true });
});

test('EU corridors: Compare opens on Eurostat against the Facebook audience it is paired with, and says they cover different people', async ({ page }) => {
  const facebook = catalog.sources.find((s) => s.id === 'facebook-eu-corridors');
  expect(facebook?.comparesWith).toBe('eurostat-eu-corridors');
  await page.goto('/?indicator=eu-migrant-stock&panel=compare');
  await panelSettled(page, 'compare');
  await expect(page.getByRole('combobox', { name: 'Reference (A)' })).toHaveValue('eurostat-eu-corridors');
  await expect(page.getByRole('combobox', { name: 'Compared with it (B)' })).toHaveValue('facebook-eu-corridors');
  const scope = page.getByRole('note', { name: 'These sources cover different people or moments.' });
  await expect(scope).toContainText(`${sourceName('eurostat-eu-corridors')} covers ages 15–64.`);
  await expect(scope).toContainText(`${sourceName('facebook-eu-corridors')} covers Facebook users aged 13 and over.`);
  await expect(page.getByRole('contentinfo')).toContainText('Covers ages 15–64. Figures refer to 1 January.');
  await page.screenshot({ path: screens('eu-corridors-compare'), fullPage: true });
});
