import { expect, type Page } from '@playwright/test';
import { mapIdle } from './mapIdle';

export type PanelName = 'map' | 'series' | 'compare' | 'table' | 'about';

/**
 * Waits until the panel on screen has drawn its data (what the user would see), so that an axe scan,
 * a screenshot or a snapshot reads a settled page. Nothing here waits for a fixed time.
 */
export async function panelSettled(page: Page, panel?: PanelName) {
  const shown = panel ?? ((await page.evaluate(() => new URLSearchParams(location.search).get('panel') ?? 'map')) as PanelName);
  await expect(page.getByRole('status').filter({ hasText: /^(Loading|Chargement|Cargando)/ })).toHaveCount(0);
  if (shown === 'table') await expect(page.locator('tr[data-geo]').first()).toBeVisible();
  if (shown === 'series') await expect(page.locator('.series-chart__plot svg [data-line]').first()).toBeAttached();
  if (shown === 'compare') await expect(page.locator('.compare-scatter > svg')).toBeVisible();
  if (shown === 'map') await mapIdle(page);
  if (shown === 'about') await expect(page.locator('.about-entry').first()).toBeVisible();
}
