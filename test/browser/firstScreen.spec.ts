import { mkdirSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { panelSettled, type PanelName } from './settled';
import { seriousViolations } from './axe';

/** Screens that lead with the figures: a phone's first screen, embed mode at 800×500, presenter mode on projectors. */

const SCREENS = 'test-results/screens';
mkdirSync(SCREENS, { recursive: true });

/** The figure of each panel: the map's canvas, the chart's plot, the table's first value cell. */
function figure(page: Page, panel: PanelName): Locator {
  if (panel === 'map') return page.locator('.map-canvas canvas');
  if (panel === 'series') return page.locator('.series-chart__plot svg').first();
  return page.locator('tr[data-geo]').first().getByRole('cell').nth(2);
}

/** The figure lies wholly within the first screen: not below the fold, not off to either side. */
async function inFirstScreen(page: Page, target: Locator) {
  const box = await target.boundingBox();
  const size = page.viewportSize();
  expect(box, 'the figure is on the page').not.toBeNull();
  if (!box || !size) return;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height, `bottom of the figure within the ${size.height}px screen`).toBeLessThanOrEqual(size.height);
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, `right edge of the figure within the ${size.width}px screen`).toBeLessThanOrEqual(size.width);
}

test.describe('a phone (390×844)', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the map is on the first screen under a one-line summary; Filters opens the drawer without changing the link', async ({ page }) => {
    await page.goto('/?year=2020&countries=DEU~FRA');
    await panelSettled(page, 'map');
    await expect(page.getByText(/International migrant stock · Census & registers \(demo\) · 2020 · Germany, France/)).toBeInViewport();
    await expect(page.getByRole('combobox', { name: 'Indicator' })).toHaveCount(0);
    await inFirstScreen(page, figure(page, 'map'));
    await expect(page.getByRole('group', { name: 'Map options' })).toBeHidden();
    await page.screenshot({ path: `${SCREENS}/first-screen-phone-map.png` });
    expect(await seriousViolations(page)).toEqual([]);

    const before = page.url();
    const filters = page.getByRole('button', { name: 'Filters' });
    await filters.click();
    const sheet = page.getByRole('dialog', { name: 'View filters' });
    await expect(sheet).toBeVisible();
    await expect(sheet.getByRole('combobox', { name: 'Indicator' })).toBeFocused();
    await expect(sheet.getByRole('combobox', { name: 'Countries' })).toBeInViewport();
    expect(page.url()).toBe(before);
    await page.screenshot({ path: `${SCREENS}/first-screen-phone-drawer.png` });
    expect(await seriousViolations(page)).toEqual([]);

    // A filter changed in the drawer applies at once; Esc closes the drawer and focus goes back to Filters.
    await sheet.getByRole('combobox', { name: 'Year' }).selectOption('2015');
    await expect(page).toHaveURL(/year=2015/);
    await page.keyboard.press('Escape');
    await expect(sheet).toHaveCount(0);
    await expect(filters).toBeFocused();
    await expect(page.getByText(/· 2015 · Germany, France/)).toBeInViewport();

    // The map's own options wait behind one button.
    await page.getByRole('button', { name: 'Options' }).click();
    await expect(page.getByRole('group', { name: 'Map options' })).toBeVisible();
  });

  for (const lang of ['fr', 'es'] as const) {
    test(`in ${lang}, the header stays one short line and the map is on the first screen`, async ({ page }) => {
      await page.goto(`/?year=2020&countries=DEU~FRA&lang=${lang}`);
      await panelSettled(page, 'map');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      const header = await page.getByRole('banner').boundingBox();
      expect(header?.height ?? Infinity).toBeLessThanOrEqual(60);
      await inFirstScreen(page, figure(page, 'map'));
      await page.screenshot({ path: `${SCREENS}/first-screen-phone-map-${lang}.png` });
    });
  }

  test('the table’s first value is on the first screen, without sideways scrolling', async ({ page }) => {
    await page.goto('/?year=2020&countries=DEU~FRA&panel=table');
    await panelSettled(page, 'table');
    await inFirstScreen(page, figure(page, 'table'));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${SCREENS}/first-screen-phone-table.png` });
  });

  test('the time series chart is on the first screen', async ({ page }) => {
    await page.goto('/?countries=DEU~FRA&panel=series');
    await panelSettled(page, 'series');
    await inFirstScreen(page, figure(page, 'series'));
    await page.screenshot({ path: `${SCREENS}/first-screen-phone-series.png` });
  });
});

test.describe('embed mode at 800×500', () => {
  test.use({ viewport: { width: 800, height: 500 } });

  for (const panel of ['map', 'series', 'table'] as const) {
    test(`the ${panel} is in view, its options behind one button`, async ({ page }) => {
      await page.goto(`/?year=2020&countries=DEU~FRA&panel=${panel}&embed=1`);
      await panelSettled(page, panel);
      const before = page.url();
      await inFirstScreen(page, figure(page, panel));
      const controls = page.getByRole('group', { name: panel === 'map' ? 'Map options' : 'Chart options' });
      if (panel !== 'table') await expect(controls).toBeHidden();
      await page.screenshot({ path: `${SCREENS}/first-screen-embed-${panel}.png` });

      const options = page.getByRole('button', { name: 'Options' });
      await expect(options).toHaveAttribute('aria-expanded', 'false');
      await options.click();
      await expect(options).toHaveAttribute('aria-expanded', 'true');
      if (panel === 'table') await expect(page.getByRole('checkbox', { name: 'Selected countries only' })).toBeVisible();
      else await expect(controls).toBeVisible();
      expect(page.url()).toBe(before);
    });
  }
});

/** A briefing link (?briefing=b1.…, as the app writes it) of these views. */
function briefingLink(title: string, steps: [string, string][]): string {
  const json = JSON.stringify({ t: title, s: steps });
  return `/?briefing=b1.${Buffer.from(json, 'utf8').toString('base64url')}`;
}

for (const screen of [
  { name: '1280x720', width: 1280, height: 720 },
  { name: '1920x1080', width: 1920, height: 1080 },
]) {
  test(`presenter mode on a ${screen.name} projector: each step's figure is in view`, async ({ page }) => {
    await page.setViewportSize({ width: screen.width, height: screen.height });
    await page.goto(
      briefingLink('Board', [
        ['Map 2020', 'year=2020&countries=DEU~FRA'],
        ['Table 2020', 'year=2020&countries=DEU~FRA&panel=table'],
        ['Series', 'countries=DEU~FRA&panel=series'],
      ]),
    );
    await page.getByRole('status').filter({ hasText: 'A briefing was shared with you' }).getByRole('button', { name: 'Present' }).click();
    const presenter = page.getByRole('region', { name: 'Presentation: Board' });
    await expect(presenter).toContainText('View 1 of 3');
    for (const [i, panel] of (['map', 'table', 'series'] as const).entries()) {
      if (i > 0) await page.keyboard.press('ArrowRight');
      await expect(presenter).toContainText(`View ${i + 1} of 3`);
      await panelSettled(page, panel);
      await inFirstScreen(page, figure(page, panel));
      await page.screenshot({ path: `${SCREENS}/first-screen-presenter-${screen.name}-${panel}.png` });
    }
  });
}
