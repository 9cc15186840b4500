import { type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { formatPersons, readSeries, valueOf } from './demoData';
import { mapIdle } from './mapIdle';
import { pointOf } from './mapPoint';

/**
 * "How many international migrants live in Germany and how has that changed since 2000?",
 * answered from the default view by the country profile card, counting the user's actions.
 */

const census = readSeries('series/migrant-stock/census.json');
const latest = valueOf(census, 'DEU', '2024') as number;
const in2000 = valueOf(census, 'DEU', '2000') as number;
const screens = (name: string) => `test-results/screens/profile-${name}.png`;

/** The card answers: the latest figure, its rank, and the figure of 2000 beside it. */
async function expectAnswer(page: Page) {
  const card = page.getByRole('dialog', { name: 'Profile of Germany' });
  await expect(card).toBeVisible();
  await expect(card).toBeFocused();
  await expect(card.getByTestId('profile-figure')).toHaveText(`${formatPersons(latest)} persons`);
  await expect(card).toContainText('International migrant stock, 2024');
  await expect(card.getByTestId('profile-rank')).toHaveText(/^\d+(st|nd|rd|th) of \d+$/);
  const row2000 = card.getByRole('row', { name: /^2000 / });
  await expect(row2000).toBeVisible();
  await expect(row2000).toContainText(formatPersons(in2000));
  await expect(card).toContainText('Since 1990 (earliest)');
  await expect(card.getByTestId('profile-sources')).toContainText('digital trace');
  await expect(page).toHaveURL(/profile=DEU/);
  return card;
}

test('desktop, 1366×768: one click on Germany on the map answers the question', async ({ page }) => {
  await page.goto('/');
  await mapIdle(page);
  let actions = 0;
  const p = await pointOf(page, 'DEU');
  await page.mouse.click(p.x, p.y);
  actions += 1;
  const card = await expectAnswer(page);
  expect(actions).toBeLessThanOrEqual(3);
  // The card does not hide the panel's figure: the map's title stays in view beside it.
  const box = await card.boundingBox();
  expect(box && box.width).toBeLessThan(1366 / 2);
  await expect(page.locator('.view-summary')).toContainText(`Germany: ${formatPersons(latest)} persons, 2024.`);
  await page.screenshot({ path: screens('desktop') });

  // Esc closes it; the link reopens it.
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
  await expect(page).not.toHaveURL(/profile=/);
  await page.goto('/?profile=DEU');
  await expect(page.getByRole('dialog', { name: 'Profile of Germany' })).toBeVisible();
});

test.describe('phone, 390×844', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('typing Germany in the map’s list and Enter answers it in a bottom sheet', async ({ page }) => {
    await page.goto('/');
    await mapIdle(page);
    let actions = 0;
    await page.getByRole('combobox', { name: 'Find a country on the map' }).fill('Germany');
    actions += 1;
    await page.keyboard.press('Enter');
    actions += 1;
    const card = await expectAnswer(page);
    expect(actions).toBeLessThanOrEqual(3);
    // A bottom sheet: the width of the screen, at its bottom.
    const box = await card.boundingBox();
    expect(box).not.toBeNull();
    expect(Math.round((box as { width: number }).width)).toBe(390);
    const bottom = (box as { y: number; height: number }).y + (box as { height: number }).height;
    expect(Math.abs(bottom - 844)).toBeLessThan(2);
    await page.screenshot({ path: screens('phone') });
  });
});

test('embed, 800×500: the card opens over the panel and closes with Esc', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 500 });
  await page.goto('/?embed=1&panel=table&profile=DEU');
  const card = page.getByRole('dialog', { name: 'Profile of Germany' });
  await expect(card.getByTestId('profile-figure')).toHaveText(`${formatPersons(latest)} persons`);
  await page.screenshot({ path: screens('embed') });
  await card.focus();
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
});

test('in French, the rank takes the French ordinal and the card speaks French', async ({ page }) => {
  await page.goto('/?lang=fr&profile=DEU');
  const card = page.getByRole('dialog', { name: 'Profil\u202f: Allemagne' });
  await expect(card.getByTestId('profile-rank')).toHaveText(/^\d+(er|e) sur \d+$/);
  await expect(card).toContainText('Depuis 1990 (la plus ancienne)');
  await expect(card).toContainText('Le dernier chiffre de chaque source');
  await page.screenshot({ path: screens('desktop-fr') });
});
