import { test as base, expect, type BrowserContext } from '@playwright/test';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, normalize } from 'node:path';

const demoDir = fileURLToPath(new URL('../../mocks/demo-data/', import.meta.url));

/**
 * The browser tests' `test`: by default every request for the indicators API (`…/data/…`) is
 * answered from the synthetic demo dataset (mocks/demo-data/), whose figures the tests check, so
 * the tests do not change when the real snapshot is refreshed. `test.use({ demoData: false })`
 * runs a file on the real snapshot the build serves.
 */
export const test = base.extend<{ demoData: boolean }>({
  demoData: [true, { option: true }],
  context: async ({ context, demoData }, provide) => {
    if (demoData) await serveDemoData(context);
    await provide(context);
  },
});

/** The demo dataset's file for a request URL of the indicators API (…/data/…), or null. */
export function readDemoFile(url: string): Buffer | null {
  const { pathname } = new URL(url);
  const at = pathname.indexOf('/data/');
  if (at === -1) return null;
  const file = normalize(join(demoDir, decodeURIComponent(pathname.slice(at + '/data/'.length))));
  if (!file.startsWith(demoDir) || !existsSync(file) || !statSync(file).isFile()) return null;
  return readFileSync(file);
}

/** Answers every request of `context` for the indicators API from the demo dataset. */
export async function serveDemoData(context: BrowserContext): Promise<void> {
  await context.route(
    (url) => url.pathname.includes('/data/'),
    async (route) => {
      const body = readDemoFile(route.request().url());
      if (body === null) return route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not Found' });
      return route.fulfill({ status: 200, contentType: 'application/json', body });
    },
  );
}

export { expect };
