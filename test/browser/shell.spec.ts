import { type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { formatPersons, readCatalog, readSeries, valueOf } from './demoData';

const countryName = (id: string) => readCatalog().geographies.countries.find((c) => c.id === id)?.name ?? id;

async function valueCell(page: Page, country: string) {
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: country, exact: true }) });
  return row.getByRole('cell').nth(2);
}

test('opens on the demo data with the demo badge and its explanation', async ({ page }) => {
  await page.goto('/');
  const badge = page.getByRole('note', { name: 'Demo data' });
  await expect(badge).toBeVisible();
  await expect(badge).toContainText(/synthetic/i);
  await expect(page.getByRole('combobox', { name: 'Indicator' })).toHaveValue('migrant-stock');
  await expect(page.getByRole('tab', { name: 'Map' })).toHaveAttribute('aria-selected', 'true');
});

test('a pasted link restores indicator, source, year, countries and panel', async ({ page }) => {
  await page.goto('/?indicator=migrant-stock&source=social-audience&year=2020&countries=DEU~FRA&panel=table');
  await expect(page.getByRole('combobox', { name: 'Indicator' })).toHaveValue('migrant-stock');
  await expect(page.getByRole('combobox', { name: 'Source' })).toHaveValue('social-audience');
  await expect(page.getByRole('combobox', { name: 'Year' })).toHaveValue('2020');
  await expect(page.getByRole('button', { name: `Remove ${countryName('DEU')}` })).toBeVisible();
  await expect(page.getByRole('button', { name: `Remove ${countryName('FRA')}` })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Table' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('table')).toContainText('Social-media advertising audience (demo), 2020');
  expect(new URL(page.url()).search).toBe('?source=social-audience&year=2020&countries=DEU~FRA&panel=table');
});

test('the table shows the values the demo files hold for the view', async ({ page }) => {
  const census = readSeries('series/migrant-stock/census.json');
  await page.goto('/?year=2020&panel=table');
  for (const geo of ['DEU', 'USA', 'ETH', 'BRA', 'IND']) {
    const value = valueOf(census, geo, '2020');
    expect(value, `demo data has ${geo} 2020`).toBeDefined();
    await expect(await valueCell(page, countryName(geo))).toHaveText(formatPersons(value as number));
  }
  const audience = readSeries('series/migrant-stock/social-audience.json');
  await page.getByRole('combobox', { name: 'Source' }).selectOption('social-audience');
  await page.getByRole('combobox', { name: 'Year' }).selectOption('2025');
  const deu = valueOf(audience, 'DEU', '2025');
  expect(deu).toBeDefined();
  await expect(await valueCell(page, countryName('DEU'))).toHaveText(formatPersons(deu as number));
});

test('Back and Forward move between views', async ({ page }) => {
  await page.goto('/?year=2020&panel=table');
  await expect(page.getByRole('table')).toContainText('2020');
  await page.getByRole('combobox', { name: 'Year' }).selectOption('2010');
  await expect(page).toHaveURL(/year=2010/);
  await expect(page.getByRole('table')).toContainText('Census & registers (demo), 2010');
  await page.getByRole('tab', { name: 'Map' }).click();
  await expect(page).toHaveURL(/year=2010$/);

  await page.goBack();
  await expect(page.getByRole('tab', { name: 'Table' })).toHaveAttribute('aria-selected', 'true');
  await page.goBack();
  await expect(page.getByRole('combobox', { name: 'Year' })).toHaveValue('2020');
  await expect(page.getByRole('table')).toContainText('Census & registers (demo), 2020');
  const census = readSeries('series/migrant-stock/census.json');
  await expect(await valueCell(page, countryName('DEU'))).toHaveText(formatPersons(valueOf(census, 'DEU', '2020') as number));

  await page.goForward();
  await expect(page.getByRole('combobox', { name: 'Year' })).toHaveValue('2010');
});

test('parameters it does not understand are left out and listed in a notice', async ({ page }) => {
  await page.goto('/?indicator=migrant-stock&year=20x0&colour=red&countries=DEU~QQQ&panel=table');
  const notice = page.getByRole('status').filter({ hasText: 'were not understood' });
  await expect(notice).toContainText('colour=red');
  await expect(notice).toContainText('year=20x0');
  await expect(notice).toContainText('QQQ');
  await expect(page.getByRole('button', { name: `Remove ${countryName('DEU')}` })).toBeVisible();
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
});

test('the type-ahead country search adds a country from the keyboard', async ({ page }) => {
  await page.goto('/?panel=table&year=2020');
  const search = page.getByRole('combobox', { name: 'Countries' });
  await search.fill('germ');
  await expect(page.getByRole('option', { name: /Germany/ })).toBeVisible();
  await search.press('Enter');
  await expect(page).toHaveURL(/countries=DEU/);
  await expect(page.getByRole('checkbox', { name: 'Select Germany' })).toBeChecked();
});

test('switching language translates the page without a reload and keeps the view', async ({ page }) => {
  await page.goto('/?year=2020&countries=DEU&panel=table');
  await page.evaluate(() => {
    (window as unknown as { marker: string }).marker = 'still here';
  });
  await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
  await expect(page).toHaveURL(/lang=fr/);
  await expect(page.getByRole('tab', { name: 'Tableau' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('combobox', { name: 'Indicateur' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Retirer Allemagne' })).toBeVisible();
  await expect(page.getByRole('table')).toContainText('Stock de migrants internationaux');
  const census = readSeries('series/migrant-stock/census.json');
  const deu = valueOf(census, 'DEU', '2020') as number;
  await expect(await valueCell(page, 'Allemagne')).toHaveText(new Intl.NumberFormat('fr').format(deu));
  expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe('still here');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
});

test('a first visit takes the browser language, a link with lang wins', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'es-ES' });
  const page = await context.newPage();
  await page.goto('/?panel=table');
  await expect(page.getByRole('tab', { name: 'Tabla' })).toHaveAttribute('aria-selected', 'true');
  await expect(page).toHaveURL(/lang=es/);
  await page.goto('/?panel=table&lang=en');
  await expect(page.getByRole('tab', { name: 'Table' })).toHaveAttribute('aria-selected', 'true');
  await context.close();
});
