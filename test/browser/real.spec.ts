/**
 * The real snapshot (public/data/, built by `npm run data:snapshot` from the publishers' files),
 * which a plain build serves: no demo badge, real figures, and Compare opening on an official
 * source against a digital trace. The other browser tests run on the demo dataset (fixtures.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as ss from 'simple-statistics';
import type { Changes, Manifest } from '../../src/contract/release';
import type { Catalog, Series } from '../../src/contract/schema';
import { seriousViolations } from './axe';
import { formatPersons, valueOf } from './demoData';
import { expect, test } from './fixtures';
import { valueCell } from './tableCells';
import { panelSettled } from './settled';

test.use({ demoData: false });

const dataDir = fileURLToPath(new URL('../../public/data/', import.meta.url));
const read = <T>(path: string) => JSON.parse(readFileSync(`${dataDir}${path}`, 'utf8')) as T;
const catalog = read<Catalog>('catalog.json');
const sourceName = (id: string) => catalog.sources.find((s) => s.id === id)?.name ?? id;
const countryName = (id: string) => catalog.geographies.countries.find((c) => c.id === id)?.name ?? id;
const screens = (name: string) => `test-results/screens/real-${name}.png`;

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

test('EU corridors: Compare opens on Eurostat against the Facebook audience it is paired with, and says they cover different people', async ({
  page,
}) => {
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

test("EU corridors: a year chosen on Eurostat shows, on the Facebook audience, that year's last collection date", async ({ page }) => {
  const facebook = read<Series>('series/eu-migrant-stock/facebook-eu-corridors.json');
  const months = [...new Set(facebook.columns.period)].filter((p) => p.startsWith('2018-')).sort();
  expect(months.length, 'Facebook audiences were collected more than once in 2018').toBeGreaterThan(1);
  const last = months.at(-1) as string;
  await page.goto('/?indicator=eu-migrant-stock&source=eurostat-eu-corridors&year=2018');
  await panelSettled(page, 'map');
  await page.getByRole('combobox', { name: 'Source' }).selectOption('facebook-eu-corridors');
  await expect(page.getByRole('combobox', { name: 'Year' })).toHaveValue(last);
  await panelSettled(page, 'map');
  const title = `Migrants from other EU countries, ${new Date(`${last}-01T00:00:00Z`).toLocaleDateString('en', { month: 'short', year: 'numeric', timeZone: 'UTC' })}`;
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  const gbr = valueOf(facebook, 'GBR', last);
  expect(gbr, `the snapshot has the United Kingdom at ${last}`).toBeDefined();
  await expect(page.getByText(/^Migrants from other EU countries, .*: highest in/)).toContainText(formatPersons(gbr as number));
});

test('Social connectedness: a link opens on the ties of its focus country, labelled as an index of ties, never as people', async ({ page }) => {
  const sci = catalog.sources.find((s) => s.id === 'meta-sci');
  expect(sci).toMatchObject({ counts: 'ties', comparesWith: 'undesa-ims-2020-od' });
  const ties = read<Series>('bilateral/social-connectedness/meta-sci/destination/DEU.json');
  const austria = new Intl.NumberFormat('en').format(valueOf(ties, 'AUT', '2026') as number);
  const phrase = 'index of ties (relative), not a number of migrants';

  await page.goto('/?indicator=social-connectedness&od=destination~DEU');
  await panelSettled(page, 'map');
  await expect(page.getByRole('heading', { name: 'Ties of Germany with other countries, 2026' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Ties of' })).toHaveValue('DEU');
  await expect(page.getByRole('combobox', { name: 'Show' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: `Legend: ${phrase}` })).toBeVisible();
  await expect(page.locator('.view-summary')).toContainText(
    /^Ties of Germany, 2026: strongest with .+; \d+ of \d+ countries have a value\. Values are an index of ties/,
  );
  await expect(page.getByRole('contentinfo')).toContainText(`Values are an ${phrase}.`);
  await page.getByRole('combobox', { name: 'Find a country on the map' }).fill('Austria');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('tooltip')).toContainText(`Ties with Germany: ${phrase}`);
  await expect(page.getByRole('tooltip')).toContainText(austria);
  await expect(page.locator('main')).not.toContainText(/persons|migrants (from|in) /i);
  await page.screenshot({ path: screens('social-connectedness') });

  await page.getByRole('tab', { name: 'Table' }).click();
  await expect(page.locator('caption')).toHaveText(`Ties of Germany with each country from ${sourceName('meta-sci')}, 2026: ${phrase}`);
  await expect(valueCell(page, 'Austria')).toHaveText(austria);
  await expect(page.getByRole('rowheader', { name: 'Germany', exact: true })).toHaveCount(0);
  await expect(page.locator('main')).not.toContainText(/persons/i);
});

test("Origin–destination by sex: women born in Mexico living in the United States, as UN DESA's 2020 table has them", async ({ page }) => {
  // The publisher's file, read without the pipeline: a row is an origin, a column a destination.
  const raw = JSON.parse(
    readFileSync(fileURLToPath(new URL('../../../shared/data/undesa/ims2020-origin-destination/stock_female.json', import.meta.url)), 'utf8'),
  ) as {
    names: string[];
    matrix: Record<string, number[][]>;
  };
  const women = raw.matrix['2020']?.[raw.names.indexOf('Mexico')]?.[raw.names.indexOf('United States')];
  expect(women, 'the raw file has women born in Mexico living in the United States in 2020').toBeGreaterThan(0);
  const [usa, mexico] = [countryName('USA'), countryName('MEX')];

  const requested = page.waitForRequest((r) => r.url().includes('/data/bilateral/migrant-stock/undesa-ims-2020-od/sex-female/destination/USA.json'));
  await page.goto('/?indicator=migrant-stock&source=undesa-ims-2020-od&od=destination~USA&slice=sex-female');
  await requested;
  await panelSettled(page, 'map');
  await expect(page.getByRole('heading', { name: `Migrants in ${usa} by country of origin (Sex: Female), 2020` })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Breakdown' })).toHaveValue('sex-female');
  await expect(page.locator('.view-summary')).toContainText(`highest in ${mexico} (${formatPersons(women!)} persons)`);
  await page.getByRole('combobox', { name: 'Find a country on the map' }).fill(mexico);
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('tooltip')).toContainText(`Migrants from here living in ${usa} (Sex: Female)`);
  await expect(page.getByRole('tooltip')).toContainText(`${formatPersons(women!)} persons`);
  await page.screenshot({ path: screens('origin-destination-women') });

  // The 2024 edition has figures by sex per country but none between two countries: it says so, and offers the way back.
  await page.getByRole('combobox', { name: 'Source' }).selectOption('undesa-ims');
  await expect(
    page.getByRole('status').filter({ hasText: `${sourceName('undesa-ims')} has no origin–destination figures for ${usa}.` }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Back to totals by country' }).click();
  await expect(page).not.toHaveURL(/od=/);
  await panelSettled(page, 'map');
  await expect(page.getByRole('heading', { name: 'International migrant stock (Sex: Female), 2024' })).toBeVisible();
});

test('People born in Mexico aged 25 to 29, by US state: the map and the comparison of that age group by link, as the raw file sums it', async ({
  page,
}) => {
  // The research file, read without the pipeline: women and men of the age group summed, by state (FIPS without its zero).
  const raw = readFileSync(
    fileURLToPath(new URL('../../../shared/data/facebook-vs-acs-us-states/master_acs_facebook_expat_wave6.csv', import.meta.url)),
    'utf8',
  );
  const [head, ...lines] = raw.trim().split(/\r?\n/);
  const column = (name: string) => head!.split(',').indexOf(name);
  const cells = lines.map((line) => line.split(','));
  const sum = (value: string, fips: string) =>
    cells
      .filter((c) => c[column('origin_ACS_name')] === 'Mexico' && c[column('age_group')] === 'ages_25_29' && c[column('dest_state_fips')] === fips)
      .reduce((total, c) => total + Number(c[column(value)]), 0);
  const california = sum('nof_foreign_born', '6');
  expect([california, sum('expat_population_wave6', '6')]).toEqual([318_060, 360_000]);

  await page.goto('/?indicator=migrant-stock&level=us-state&od=origin~MEX&slice=age-25-29');
  await panelSettled(page, 'map');
  await expect(page.getByRole('combobox', { name: 'Breakdown' })).toHaveValue('age-25-29');
  await expect(page.getByRole('heading', { name: 'Migrants from Mexico, by US state (Age: 25–29), 2017' })).toBeVisible();
  await expect(page.locator('.view-summary')).toContainText(`highest in California, United States (${formatPersons(california)} persons)`);
  await page.getByRole('combobox', { name: 'Find a place on the map' }).fill('California');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('tooltip')).toContainText('(Age: 25–29)');
  await expect(page.getByRole('tooltip')).toContainText(`${formatPersons(california)} persons`);
  await page.screenshot({ path: screens('us-state-age') });

  // Compare: the same age group of both sources, ACS 2017 paired with Facebook 2018 (a year apart, within the tolerance).
  const a = read<Series>('bilateral/migrant-stock/acs-foreign-born-states/age-25-29/origin/MEX.json');
  const b = read<Series>('bilateral/migrant-stock/facebook-expats-us-states/age-25-29/origin/MEX.json');
  const pairs = b.columns.geo
    .map((geo, i) => ({ geo, b: b.columns.value[i] as number, a: valueOf(a, geo, '2017') }))
    .filter((p): p is { geo: string; a: number; b: number } => p.a !== undefined && p.a > 0 && p.b > 0);
  expect(pairs).toHaveLength(38); // 40 states; Maine and Vermont have no one of that age born in Mexico in the ACS
  await page.goto(
    '/?panel=compare&indicator=migrant-stock&level=us-state&od=origin~MEX&slice=age-25-29&compare=acs-foreign-born-states~facebook-expats-us-states',
  );
  await panelSettled(page, 'compare');
  await expect(
    page.getByRole('heading', {
      name: `People born in Mexico, by US state: ${sourceName('facebook-expats-us-states')} against ${sourceName('acs-foreign-born-states')} (Age: 25–29)`,
    }),
  ).toBeVisible();
  const stat = (key: string) => page.locator(`[data-stat="${key}"] .compare-stats__value`);
  await expect(stat('n')).toHaveText(String(pairs.length));
  await expect(stat('r')).toHaveText(
    ss
      .sampleCorrelation(
        pairs.map((p) => Math.log(p.a)),
        pairs.map((p) => Math.log(p.b)),
      )
      .toFixed(2),
  );
  await expect(stat('rho')).toHaveText(
    ss
      .sampleRankCorrelation(
        pairs.map((p) => p.a),
        pairs.map((p) => p.b),
      )
      .toFixed(2),
  );
  await expect(stat('bias')).toHaveText(ss.mean(pairs.map((p) => Math.log(p.b / p.a))).toFixed(2));
  await page.screenshot({ path: screens('us-state-age-compare'), fullPage: true });
});

test('About the data: a source line opens its entry with its files and checksums, and a shared link reopens it, in French too', async ({ page }) => {
  const manifest = read<Manifest>('manifest.json');
  const changes = existsSync(`${dataDir}changes.json`) ? read<Changes>('changes.json') : null;
  const undesa = catalog.sources.find((s) => s.id === 'undesa-ims');
  const undesaFile = manifest.inputs.find((input) => input.sources.includes('undesa-ims'));
  expect(undesa && undesaFile).toBeTruthy();

  await page.goto('/');
  await panelSettled(page, 'map');
  await page.getByRole('contentinfo').getByRole('link', { name: 'About this source' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\?panel=about&about=undesa-ims$/);
  const entry = page.getByRole('article', { name: undesa!.name });
  await expect(entry).toBeFocused();
  await expect(entry).toBeInViewport();
  await expect(entry).toContainText(`SHA-256 ${undesaFile!.sha256}`);
  await expect(entry).toContainText(undesaFile!.citation);
  await expect(entry).toContainText(`countries with data: ${undesa!.countriesWithData}`);
  await expect(page.getByRole('note', { name: 'Demo data' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'What changed in the latest refresh' })).toContainText(
    changes === null ? 'Release notes are not available from this server.' : changes.from === null ? 'First release' : 'compared with that of',
  );
  expect(await seriousViolations(page, '.about')).toEqual([]);
  await page.screenshot({ path: screens('about') });

  const facebook = catalog.sources.find((s) => s.id === 'facebook-expats');
  const facebookFile = manifest.inputs.find((input) => input.sources.includes('facebook-expats'));
  await page.goto('/?panel=about&about=facebook-expats&lang=fr');
  await expect(page.getByRole('tab', { name: 'À propos des données' })).toHaveAttribute('aria-selected', 'true');
  const french = page.getByRole('article', { name: facebook?.i18n?.fr?.name ?? facebook!.name });
  await expect(french).toBeFocused();
  await expect(french).toBeInViewport();
  await expect(french).toContainText('Fichiers sources');
  await expect(french).toContainText(`SHA-256 ${facebookFile!.sha256}`);
  expect(await seriousViolations(page, '.about')).toEqual([]);
  await page.screenshot({ path: screens('about-fr') });
});

test('Social connectedness chosen with no country selected asks for one, accessibly, then shows the ties of the one chosen', async ({ page }) => {
  await page.goto('/');
  await panelSettled(page, 'map');
  await page.getByRole('combobox', { name: 'Indicator' }).selectOption('social-connectedness');
  const prompt = page.getByRole('status').filter({ hasText: 'is an index of ties between pairs of countries, with no figure per country' });
  await expect(prompt).toBeVisible();
  expect(await seriousViolations(page, '.map-stage')).toEqual([]);
  await page.screenshot({ path: screens('social-connectedness-choose') });

  await prompt.getByRole('combobox', { name: 'Ties of' }).selectOption('BRA');
  await expect(page).toHaveURL(/od=destination~BRA/);
  await panelSettled(page, 'map');
  await expect(page.getByRole('heading', { name: 'Ties of Brazil with other countries, 2026' })).toBeVisible();
  expect(await seriousViolations(page, '.map-panel')).toEqual([]);
});
