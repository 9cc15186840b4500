import { expect, test } from './fixtures';

const viewports = [
  { name: 'laptop', width: 1366, height: 768 },
  { name: 'projector', width: 1920, height: 1080 },
  { name: 'phone', width: 390, height: 844 },
];

for (const viewport of viewports) {
  test(`the table view fits a ${viewport.name} (${viewport.width}×${viewport.height}) without sideways scrolling`, async ({ page }) => {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    await page.goto('/?year=2020&countries=DEU~ETH&panel=table');
    await expect(page.getByRole('table')).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expect(page.getByRole('note', { name: 'Demo data' })).toBeInViewport();
    await page.screenshot({ path: `test-results/screens/table-${viewport.name}.png` });
    // On a phone the filters wait behind the Filters button (a drawer), so that the table comes first.
    if (viewport.width <= 600) await page.getByRole('button', { name: 'Filters' }).click();
    await expect(page.getByRole('combobox', { name: 'Indicator' })).toBeInViewport();
  });
}
