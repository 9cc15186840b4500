import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { panelSettled } from './settled';

/** The uploaded sources kept in this browser's IndexedDB (real Chromium IndexedDB). */
const DB = 'migration-lens';
const STORE = 'uploaded-sources';

function putRecords(page: Page, records: unknown[]): Promise<void> {
  return page.evaluate(
    ({ DB, STORE, records }) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open(DB, 1);
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const tx = db.transaction(STORE, 'readwrite');
          for (const record of records) tx.objectStore(STORE).put(record);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { DB, STORE, records },
  );
}

function countRecords(page: Page): Promise<number> {
  return page.evaluate(
    ({ DB, STORE }) =>
      new Promise<number>((resolve, reject) => {
        const req = indexedDB.open(DB);
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const count = db.transaction(STORE).objectStore(STORE).count();
          count.onsuccess = () => {
            db.close();
            resolve(count.result);
          };
        };
      }),
    { DB, STORE },
  );
}

test('stored sources that cannot be read are left out with a notice that counts them, and stay stored', async ({ page }) => {
  await page.goto('/?panel=table');
  await panelSettled(page);
  await putRecords(page, [
    { source: { id: 'upload-broken-one', name: 42 }, indicator: 'migrant-stock' },
    { source: { id: 'upload-broken-two' }, series: 'not a series' },
  ]);
  await page.reload();
  await expect(
    page.getByRole('status').filter({ hasText: '2 of the sources kept in this browser could not be read and were left out.' }),
  ).toBeVisible();
  await panelSettled(page);
  expect(await countRecords(page)).toBe(2);
});

test('a newer app upgrading the database in another tab is not blocked; this tab lets go, says to reload, and after a reload says why the sources are missing', async ({
  page,
  context,
}) => {
  await page.goto('/?panel=table');
  await panelSettled(page);
  // Another tab of the same site (any page of it) opens the database at the next version, as a newer app would.
  const other = await context.newPage();
  await other.goto('/geo/countries.topo.json');
  const outcome = await other.evaluate(
    (DB) =>
      new Promise<string>((resolve) => {
        const req = indexedDB.open(DB, 2);
        req.onblocked = () => resolve('blocked');
        req.onsuccess = () => {
          req.result.close();
          resolve('upgraded');
        };
        req.onerror = () => resolve(`failed: ${req.error?.name}`);
      }),
    DB,
  );
  expect(outcome).toBe('upgraded');
  await expect(page.getByRole('status').filter({ hasText: 'Migration Lens was updated in another tab' })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'The sources you added are not available in this tab' })).toBeVisible();
  await panelSettled(page);
});
