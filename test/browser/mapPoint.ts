import { expect, type Page } from '@playwright/test';

/** A viewport point inside the country as drawn (the map's test hook). */
export async function pointOf(page: Page, iso3: string) {
  const point = await page
    .locator('.map-canvas')
    .evaluate((el, id) => (el as HTMLElement & { mlTest: { pointOf: (id: string) => { x: number; y: number } | null } }).mlTest.pointOf(id), iso3);
  expect(point, `${iso3} is in view`).not.toBeNull();
  return point as { x: number; y: number };
}
