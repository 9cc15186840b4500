// @vitest-environment node
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serveFixturesWithMsw } from '../../test/msw';
import { server } from '../../mocks/server';
import { MANIFEST, readSourceCache } from './cache';
import { parseConfig } from './config';
import { pullSources } from './pull';
import { testSource } from './configFixture.test-utils';
import { samplePath } from './testing';

serveFixturesWithMsw();

const WB = 'https://api.worldbank.org/v2/country/all/indicator/:code';
const XLSX = 'https://www.un.org/files/ims_by_destination.xlsx';

const config = parseConfig({
  title: 'pull test',
  indicators: [{ id: 'migrant-stock', label: 'Migrant stock', unit: 'persons', description: '', topic: 'Migrant stock' }],
  sources: [
    testSource('wb', {
      pull: { type: 'worldbank', indicators: ['SM.POP.TOTL'], perPage: 2000 },
      read: [{ files: '*.json', format: 'worldbank-api', series: [{ indicator: 'migrant-stock', where: { measure: 'SM.POP.TOTL' } }] }],
    }),
    testSource('undesa', {
      pull: { type: 'http', files: [{ name: 'destination.xlsx', url: XLSX }] },
      read: [{ files: 'destination.xlsx', format: 'undesa-xlsx', series: [{ indicator: 'migrant-stock', where: { sex: 'total' } }] }],
    }),
  ],
});

/** The real World Bank sample, served in pages of 2000 records (two pages). */
const sample = JSON.parse(readFileSync(samplePath('worldbank/api-v2-SM.POP.TOTL.json'), 'utf8')) as [Record<string, unknown>, unknown[]];
const worldBank = http.get(WB, ({ request }) => {
  const page = Number(new URL(request.url).searchParams.get('page'));
  return HttpResponse.json([{ ...sample[0], page, pages: 2, per_page: 2000 }, sample[1].slice((page - 1) * 2000, page * 2000)]);
});
const workbook = http.get(XLSX, () => new HttpResponse(readFileSync(samplePath('undesa/UN_DESA_IMS2024_stock_by_sex_and_destination.xlsx'))));
const FAST = { retryDelayMs: 0, timeoutMs: 5000 };

describe('data:pull', { timeout: 30_000 }, () => {
  let cache: string;
  beforeEach(() => {
    cache = mkdtempSync(join(tmpdir(), 'ml-pull-'));
  });
  afterEach(() => rmSync(cache, { recursive: true, force: true }));

  const pull = (only?: string[]) =>
    pullSources({
      config,
      configPath: '/x/sources.config.json',
      cacheDir: cache,
      only,
      fetchOptions: FAST,
      now: () => new Date('2026-11-20T10:00:00Z'),
    });
  const snapshot = (id: string) => {
    const dir = join(cache, id);
    return Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f)).toString('base64')]));
  };

  it('caches every page of every source with a manifest of retrieval dates, URLs and checksums', async () => {
    server.use(worldBank, workbook);
    const outcomes = await pull();
    expect(outcomes.map((o) => [o.id, o.ok])).toEqual([
      ['wb', true],
      ['undesa', true],
    ]);
    expect(outcomes[0]!.message).toBe('2 files, 0.74 MB, 3445 observations');
    expect(readdirSync(join(cache, 'wb')).sort()).toEqual(['SM.POP.TOTL.p1.json', 'SM.POP.TOTL.p2.json', MANIFEST]);
    const wb = readSourceCache(cache, 'wb')!;
    expect(wb.manifest).toMatchObject({ source: 'wb', pull: 'worldbank', retrieved: '2026-11-20T10:00:00.000Z' });
    expect(wb.manifest.files[1]).toMatchObject({
      name: 'SM.POP.TOTL.p2.json',
      url: 'https://api.worldbank.org/v2/country/all/indicator/SM.POP.TOTL?format=json&per_page=2000&page=2',
      retrieved: '2026-11-20T10:00:00.000Z',
    });
    expect(wb.manifest.files[1]!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(readSourceCache(cache, 'undesa')!.files[0]!.bytes.byteLength).toBe(541936);
    expect(readdirSync(cache).sort()).toEqual(['undesa', 'wb']); // nothing left aside
  });

  it('reports an HTTP error and a malformed payload per source, and keeps their previous cache intact', async () => {
    server.use(worldBank, workbook);
    await pull();
    const before = { wb: snapshot('wb'), undesa: snapshot('undesa') };

    server.use(
      http.get(WB, () => new HttpResponse('Internal Server Error', { status: 500, statusText: 'Internal Server Error' })),
      http.get(XLSX, () => new HttpResponse('<html>Moved</html>', { headers: { 'content-type': 'text/html' } })),
    );
    const outcomes = await pull();
    expect(outcomes).toEqual([
      expect.objectContaining({
        id: 'wb',
        ok: false,
        message: expect.stringMatching(
          /^HTTP 500 Internal Server Error: Internal Server Error \(3 attempts\) \(https:\/\/api\.worldbank\.org\/v2\/.*page=1\)$/,
        ),
      }),
      expect.objectContaining({ id: 'undesa', ok: false, message: 'malformed payload: destination.xlsx: is not an xlsx workbook (not a zip file)' }),
    ]);
    expect(snapshot('wb')).toEqual(before.wb);
    expect(snapshot('undesa')).toEqual(before.undesa);
    expect(readdirSync(cache).sort()).toEqual(['undesa', 'wb']);
  });

  it('goes on with the other sources when one fails, and pulls only the sources asked for', async () => {
    server.use(
      http.get(WB, () => HttpResponse.error()),
      workbook,
    );
    const outcomes = await pull();
    expect(outcomes.map((o) => o.ok)).toEqual([false, true]);
    expect(outcomes[0]!.message).toMatch(/^network error: /);
    expect(existsSync(join(cache, 'wb'))).toBe(false); // never pulled: no half-written cache
    expect(readSourceCache(cache, 'undesa')).toBeDefined();

    server.use(worldBank);
    const again = await pull(['wb']);
    expect(again.map((o) => [o.id, o.ok])).toEqual([['wb', true]]);
    await expect(pull(['nope'])).rejects.toThrow('unknown source: nope');
  });

  it('fails a page that is cut off halfway through paging, without caching the pages before it', async () => {
    server.use(
      http.get(WB, ({ request }) => {
        const page = Number(new URL(request.url).searchParams.get('page'));
        if (page === 2) return new HttpResponse('[{"page":2,', { headers: { 'content-type': 'application/json' } });
        return HttpResponse.json([{ ...sample[0], page, pages: 2, per_page: 2000 }, sample[1].slice(0, 2000)]);
      }),
      workbook,
    );
    const outcomes = await pull(['wb']);
    expect(outcomes[0]).toMatchObject({ ok: false, message: expect.stringContaining('malformed payload: not JSON') });
    expect(existsSync(join(cache, 'wb'))).toBe(false);
  });
});
