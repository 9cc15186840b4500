import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { panelSettled } from './settled';

const LANGS = ['en', 'fr', 'es'] as const;
const PANELS = ['map', 'series', 'compare', 'table', 'about'] as const;

for (const lang of LANGS) {
  for (const panel of PANELS) {
    test(`no serious or critical accessibility violation: ${panel} panel in ${lang}`, async ({ page }) => {
      await page.goto(`/?year=2020&countries=DEU~ETH&panel=${panel}&lang=${lang}`);
      await expect(page.getByRole('tabpanel')).toBeVisible();
      await panelSettled(page, panel);
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
}

test('keyboard only: choose an indicator, a year and a country, read its value, copy the share link', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/?panel=table');
  await expect(page.getByRole('table')).toBeVisible();

  async function tabTo(name: string) {
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el) return '';
        const labelled = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null;
        return (labelled ?? el.getAttribute('aria-label') ?? el.textContent ?? '').trim();
      });
      if (focused === name) return;
    }
    throw new Error(`Tab never reached "${name}"`);
  }

  await tabTo('Indicator');
  await page.keyboard.type('Migrants as');
  await expect(page).toHaveURL(/indicator=migrant-share/);
  await expect(page.getByRole('table')).toContainText('Migrants as a share of population');
  await tabTo('Year');
  await page.keyboard.type('2015');
  await expect(page).toHaveURL(/year=2015/);
  await tabTo('Countries');
  await page.keyboard.type('Germ');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/countries=DEU/);
  await expect(page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Germany', exact: true }) })).toContainText('2015');
  await tabTo('Share');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Link copied')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(copied).search).toBe('?indicator=migrant-share&year=2015&countries=DEU&panel=table&profile=DEU');
});
