import { expect, type Page } from '@playwright/test';

/**
 * Waits until the map has applied the fills of a view with data and gone idle: the app's own
 * signal, the map canvas's data-fill-key and data-idle-key agreeing (MapPanel sets them on maplibre's
 * `idle` event). Optionally for a key that includes `includes`. The limit is generous because
 * software GL on a busy two-core machine is slow; a timeout says what was awaited and what was seen.
 */
export async function mapIdle(page: Page, includes?: string, timeout = 60_000) {
  try {
    await page.waitForFunction(
      (part) => {
        const el = document.querySelector<HTMLElement>('.map-canvas');
        const key = el?.dataset.idleKey;
        return !!key && key === el?.dataset.fillKey && key.endsWith('|data') && (!part || key.includes(part));
      },
      includes,
      { timeout },
    );
  } catch (error) {
    const seen = await page
      .evaluate(() => {
        const el = document.querySelector<HTMLElement>('.map-canvas');
        return el ? `fill key "${el.dataset.fillKey ?? ''}", idle key "${el.dataset.idleKey ?? ''}"` : 'no .map-canvas on the page';
      })
      .catch(() => 'the page could not be read');
    throw new Error(
      `The map did not go idle with its data${includes ? ` for a view including "${includes}"` : ''} within ${timeout} ms (${seen}).\n${String(error)}`,
    );
  }
}

/** What the map shows once idle with a view's data for `period`: the legend's classes and counts, and the colours' key. */
export async function mapFigures(page: Page, period = '2020') {
  await mapIdle(page, `|${period}|`);
  const legend = page.getByRole('region', { name: /^Legend/ });
  await expect(legend).toContainText(/\d/);
  return { legend: (await legend.innerText()).replace(/\s+/g, ' ').trim(), key: await page.locator('.map-canvas').getAttribute('data-fill-key') };
}
