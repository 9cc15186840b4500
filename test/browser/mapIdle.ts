import type { Page } from '@playwright/test';

/**
 * Waits until the map has applied the fills of a view with data and gone idle (the map canvas's
 * data-fill-key and data-idle-key agree), optionally for a key that includes `includes`.
 */
export async function mapIdle(page: Page, includes?: string) {
  await page.waitForFunction(
    (part) => {
      const el = document.querySelector<HTMLElement>('.map-canvas');
      const key = el?.dataset.idleKey;
      return !!key && key === el?.dataset.fillKey && key.endsWith('|data') && (!part || key.includes(part));
    },
    includes,
    { timeout: 20_000 },
  );
}
