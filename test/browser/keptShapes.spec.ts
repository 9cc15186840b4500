import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { mapFigures } from './mapIdle';

/**
 * The map's shapes kept in this browser between visits (src/features/map/keptGeometry.ts, issue #20):
 * a return visit draws them without starting the boundaries worker, and a kept entry that is not a
 * whole set of shapes is never drawn: the map loads its file as on a first visit.
 */
const LINK = '/?year=2020';

/** Whether this page started the boundaries worker (its script is among the page's resources). */
const startedBoundariesWorker = (page: Page) =>
  page.evaluate(() => performance.getEntriesByType('resource').some((entry) => /boundaries\.worker/.test(entry.name)));

/** The keys of the kept shapes (after the worker has written them: it keeps them once built). */
function keptKeys(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const req = indexedDB.open('migration-lens-map', 1);
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const keys = req.result.transaction('shapes').objectStore('shapes').getAllKeys();
          keys.onsuccess = () => {
            req.result.close();
            resolve(keys.result.map(String));
          };
        };
      }),
  );
}

/** Replaces every kept entry with `value`, and adds it under `extraKeys`. */
function overwriteKept(page: Page, value: unknown, extraKeys: string[] = []): Promise<void> {
  return page.evaluate(
    ({ value, extraKeys }) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('migration-lens-map', 1);
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const tx = req.result.transaction('shapes', 'readwrite');
          const store = tx.objectStore('shapes');
          store.getAllKeys().onsuccess = (event) => {
            for (const key of (event.target as IDBRequest<IDBValidKey[]>).result) store.put(value, key);
            for (const key of extraKeys) store.put(value, key);
          };
          tx.oncomplete = () => {
            req.result.close();
            resolve();
          };
        };
      }),
    { value, extraKeys },
  );
}

test('a return visit draws the map from the shapes kept by the first, without the boundaries worker, with the same figures', async ({ page }) => {
  await page.goto(LINK);
  const first = await mapFigures(page);
  expect(await startedBoundariesWorker(page)).toBe(true);
  await expect.poll(() => keptKeys(page)).toEqual([expect.stringMatching(/^\w{12} http:\/\/.+\/geo\/countries\.topo\.json$/)]);

  await page.reload();
  expect(await mapFigures(page)).toEqual(first);
  expect(await startedBoundariesWorker(page)).toBe(false);
  await expect(page.locator('.map-canvas')).toHaveAttribute('data-idle-key', first.key as string);
});

test('kept shapes that are not whole are never drawn: the map loads its file again, with the same figures, and keeps it anew, alone', async ({
  page,
}) => {
  await page.goto(LINK);
  const first = await mapFigures(page);
  await expect.poll(async () => (await keptKeys(page)).length).toBe(1);
  const [key] = await keptKeys(page);
  // Entries of other builds (their keys sort before and after this build's) go when the shapes are kept anew.
  const url = (key as string).slice((key as string).indexOf(' ') + 1);
  await overwriteKept(page, { features: [{ iso: 'DEU', kind: 'Polygon' }], structure: new Int32Array([1, 999]), coords: new Float64Array(4) }, [
    `000000000000 ${url}`,
    `ffffffffffff ${url}`,
  ]);

  await page.reload();
  expect(await mapFigures(page)).toEqual(first);
  expect(await startedBoundariesWorker(page)).toBe(true);
  await expect(page.getByText('This panel stopped working')).toHaveCount(0);
  // The worker kept the shapes it built again, in place of the broken entry.
  await page.reload();
  expect(await mapFigures(page)).toEqual(first);
  expect(await startedBoundariesWorker(page)).toBe(false);
  expect(await keptKeys(page)).toEqual([key]);
});
