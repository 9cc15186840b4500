// @vitest-environment node
import { readFileSync } from 'node:fs';
import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { serveFixturesWithMsw } from '../../../test/msw';
import { server } from '../../../mocks/server';
import { parseConfig, type Pull } from '../config';
import { testSource } from '../configFixture.test-utils';
import { samplePath } from '../testing';
import { fetchBytes } from './http';
import { runConnector } from './index';

serveFixturesWithMsw();

const FAST = { retryDelayMs: 0, timeoutMs: 5000 };
const ctx = { configDir: '/', fetchOptions: FAST, now: () => new Date('2026-11-20T10:00:00Z') };
const WB = 'https://api.worldbank.org/v2/country/all/indicator/:code';
const UNHCR = 'https://api.unhcr.org/population/v1/population/';

/** A pull block as the config would give it, with its defaults filled in. */
function pullOf(pull: unknown): Pull {
  const config = parseConfig({
    title: 't',
    indicators: [{ id: 'x', label: 'X', unit: 'persons', description: '', topic: 'T' }],
    sources: [testSource('s', { pull, read: [{ files: '*', format: 'csv', series: [{ indicator: 'x' }] }] })],
  });
  return config.sources[0]!.pull;
}

const wbRecord = (iso3: string, date: string, value: number | null) => ({
  indicator: { id: 'SM.POP.TOTL', value: 'International migrant stock, total' },
  country: { id: iso3.slice(0, 2), value: iso3 },
  countryiso3code: iso3,
  date,
  value,
  unit: '',
  obs_status: '',
  decimal: 0,
});

/** The real sample's records, served in pages of `perPage`. */
function worldBankPages(perPage: number, { total }: { total?: number } = {}) {
  const sample = JSON.parse(readFileSync(samplePath('worldbank/api-v2-SM.POP.TOTL.json'), 'utf8')) as [unknown, unknown[]];
  const records = sample[1].slice(0, 5);
  const requests: URL[] = [];
  const handler = http.get(WB, ({ request }) => {
    const url = new URL(request.url);
    requests.push(url);
    const page = Number(url.searchParams.get('page'));
    const pages = Math.ceil(records.length / perPage);
    return HttpResponse.json([
      { page, pages, per_page: perPage, total: total ?? records.length, sourceid: '2', lastupdated: '2026-07-13' },
      records.slice((page - 1) * perPage, page * perPage),
    ]);
  });
  return { handler, requests };
}

describe('World Bank connector', { timeout: 30_000 }, () => {
  it('follows page/pages and caches one file per page', async () => {
    const { handler, requests } = worldBankPages(2);
    server.use(handler);
    const files = await runConnector(pullOf({ type: 'worldbank', indicators: ['SM.POP.TOTL'], perPage: 2, date: '2010:2022' }), ctx);
    expect(files.map((f) => f.name)).toEqual(['SM.POP.TOTL.p1.json', 'SM.POP.TOTL.p2.json', 'SM.POP.TOTL.p3.json']);
    expect(requests.map((u) => u.searchParams.get('page'))).toEqual(['1', '2', '3']);
    expect(requests[0]!.searchParams.get('per_page')).toBe('2');
    expect(requests[0]!.searchParams.get('format')).toBe('json');
    expect(requests[0]!.searchParams.get('date')).toBe('2010:2022');
    expect(files[0]!.retrieved).toBe('2026-11-20T10:00:00.000Z');
    expect(JSON.parse(new TextDecoder().decode(files[2]!.bytes))[1]).toHaveLength(1);
  });

  it('fails when the pages do not add up to the announced total', async () => {
    server.use(worldBankPages(2, { total: 6 }).handler);
    await expect(runConnector(pullOf({ type: 'worldbank', indicators: ['SM.POP.TOTL'], perPage: 2 }), ctx)).rejects.toThrow(
      'incomplete: 5 records in 3 pages, the API announced 6',
    );
  });

  it("reports the API's error message (sent with status 200)", async () => {
    server.use(
      http.get(WB, () => HttpResponse.json([{ message: [{ id: '120', key: 'Invalid value', value: 'The provided parameter value is not valid' }] }])),
    );
    await expect(runConnector(pullOf({ type: 'worldbank', indicators: ['NOT.AN.INDICATOR'] }), ctx)).rejects.toThrow(
      /malformed payload: NOT.AN.INDICATOR page 1: World Bank API error 120 Invalid value/,
    );
  });

  it('reports malformed payloads: not JSON, not a page, a page number that does not match', async () => {
    const pull = pullOf({ type: 'worldbank', indicators: ['SM.POP.TOTL'] });
    server.use(http.get(WB, () => new HttpResponse('<html>maintenance</html>', { headers: { 'content-type': 'text/html' } })));
    await expect(runConnector(pull, ctx)).rejects.toThrow(/malformed payload: not JSON/);
    server.use(http.get(WB, () => HttpResponse.json({ records: [] })));
    await expect(runConnector(pull, ctx)).rejects.toThrow(/malformed payload: .*not a World Bank API v2 page/);
    server.use(http.get(WB, () => HttpResponse.json([{ page: 2, pages: 2, per_page: 1, total: 1 }, [wbRecord('DEU', '2020', 1)]])));
    await expect(runConnector(pull, ctx)).rejects.toThrow('asked for page 1, got page 2');
  });
});

describe('UNHCR connector', { timeout: 30_000 }, () => {
  it('follows page/maxPages for each query, with the query parameters and the limit', async () => {
    const requests: URL[] = [];
    server.use(
      http.get(UNHCR, ({ request }) => {
        const url = new URL(request.url);
        requests.push(url);
        const page = Number(url.searchParams.get('page'));
        return HttpResponse.json({ page, limit: 2, maxPages: 2, total: {}, items: [{ year: 2024, coa_iso: 'DEU', coo_iso: '-', refugees: page }] });
      }),
    );
    const pull = pullOf({
      type: 'unhcr',
      limit: 2,
      queries: [
        { name: 'asylum', params: { yearFrom: 2000, coa_all: 'true' } },
        { name: 'origin', params: { yearFrom: 2000, coo_all: 'true' } },
      ],
    });
    const files = await runConnector(pull, ctx);
    expect(files.map((f) => f.name)).toEqual(['asylum.p1.json', 'asylum.p2.json', 'origin.p1.json', 'origin.p2.json']);
    expect(
      requests.map((u) => `${u.searchParams.get('coa_all') ?? '-'} ${u.searchParams.get('coo_all') ?? '-'} ${u.searchParams.get('page')}`),
    ).toEqual(['true - 1', 'true - 2', '- true 1', '- true 2']);
    expect(requests[0]!.searchParams.get('limit')).toBe('2');
    expect(requests[0]!.searchParams.get('yearFrom')).toBe('2000');
  });

  it('reports a page without items as malformed', async () => {
    server.use(http.get(UNHCR, () => HttpResponse.json({ page: 1, maxPages: 1, items: null })));
    await expect(runConnector(pullOf({ type: 'unhcr', queries: [{ name: 'asylum', params: {} }] }), ctx)).rejects.toThrow(
      /malformed payload: asylum page 1: not a UNHCR API page: items/,
    );
  });
});

describe('Eurostat connector', { timeout: 30_000 }, () => {
  const EUROSTAT = 'https://ec.europa.eu/eurostat/api/dissemination/statistics/1.0/data/:dataset';

  it('asks for JSON-stat with the filters (repeated for several values)', async () => {
    let asked: URL | undefined;
    const sample = readFileSync(samplePath('eurostat/jsonstat-migr_pop1ctz.json'));
    server.use(
      http.get(EUROSTAT, ({ request }) => {
        asked = new URL(request.url);
        return new HttpResponse(sample, { headers: { 'content-type': 'application/json' } });
      }),
    );
    const files = await runConnector(
      pullOf({ type: 'eurostat', datasets: [{ id: 'migr_pop1ctz', filters: { citizen: 'FOR_STLS', sex: ['T', 'F', 'M'] } }] }),
      ctx,
    );
    expect(files.map((f) => f.name)).toEqual(['migr_pop1ctz.json']);
    expect(asked!.pathname).toBe('/eurostat/api/dissemination/statistics/1.0/data/migr_pop1ctz');
    expect(asked!.searchParams.get('format')).toBe('JSON');
    expect(asked!.searchParams.get('lang')).toBe('EN');
    expect(asked!.searchParams.getAll('sex')).toEqual(['T', 'F', 'M']);
    expect(asked!.searchParams.get('citizen')).toBe('FOR_STLS');
  });

  it("reports Eurostat's error payload, with or without an error status", async () => {
    const pull = pullOf({ type: 'eurostat', datasets: [{ id: 'migr_nope' }] });
    server.use(http.get(EUROSTAT, () => HttpResponse.json({ error: [{ status: 404, id: 100, label: 'Dataset not found' }] }, { status: 404 })));
    await expect(runConnector(pull, ctx)).rejects.toThrow(/HTTP 404 Not Found: .*Dataset not found/);
    server.use(http.get(EUROSTAT, () => HttpResponse.json({ error: { label: 'asynchronous response' } })));
    await expect(runConnector(pull, ctx)).rejects.toThrow(/Eurostat error: .*asynchronous response/);
    server.use(http.get(EUROSTAT, () => HttpResponse.json({ class: 'collection' })));
    await expect(runConnector(pull, ctx)).rejects.toThrow(/malformed payload: not a JSON-stat dataset/);
  });
});

describe('fetching', { timeout: 30_000 }, () => {
  const URL_ = 'https://example.org/data.csv';
  /** Answer URL_ with `respond` (given the request's number, from 1), counting the requests. */
  const serveCounting = (respond: (call: number) => HttpResponse<string | null>): { calls: number } => {
    const counter = { calls: 0 };
    server.use(http.get(URL_, () => respond(++counter.calls)));
    return counter;
  };

  it('retries server errors and gives up with the status, the URL and the number of attempts', async () => {
    const counter = serveCounting(() => new HttpResponse('Internal Server Error', { status: 500, statusText: 'Internal Server Error' }));
    await expect(fetchBytes(URL_, FAST)).rejects.toThrow(
      'HTTP 500 Internal Server Error: Internal Server Error (3 attempts) (https://example.org/data.csv)',
    );
    expect(counter.calls).toBe(3);
  });

  it('succeeds when a retry does', async () => {
    const counter = serveCounting((call) => (call === 1 ? new HttpResponse(null, { status: 503 }) : new HttpResponse('geo,period,value\n')));
    expect(new TextDecoder().decode(await fetchBytes(URL_, FAST))).toBe('geo,period,value\n');
    expect(counter.calls).toBe(2);
  });

  it('does not retry a client error', async () => {
    const counter = serveCounting(() => new HttpResponse('gone', { status: 404, statusText: 'Not Found' }));
    await expect(fetchBytes(URL_, FAST)).rejects.toThrow('HTTP 404 Not Found: gone (https://example.org/data.csv)');
    expect(counter.calls).toBe(1);
  });

  it('reports network errors and time-outs', async () => {
    server.use(http.get(URL_, () => HttpResponse.error()));
    await expect(fetchBytes(URL_, FAST)).rejects.toThrow(/^network error: .* \(3 attempts\) \(https:\/\/example.org\/data.csv\)$/);
    server.use(
      http.get(URL_, async () => {
        await delay(2000);
        return new HttpResponse('late');
      }),
    );
    await expect(fetchBytes(URL_, { retries: 0, timeoutMs: 50 })).rejects.toThrow('timed out after 50 ms (1 attempt)');
  });
});

describe('http and file connectors', { timeout: 30_000 }, () => {
  it('caches any URL as it is, and refuses an empty response', async () => {
    server.use(http.get('https://example.org/a.xlsx', () => new HttpResponse(new Uint8Array([0x50, 0x4b, 3, 4]))));
    const files = await runConnector(pullOf({ type: 'http', files: [{ name: 'a.xlsx', url: 'https://example.org/a.xlsx' }] }), ctx);
    expect(files[0]).toMatchObject({ name: 'a.xlsx', url: 'https://example.org/a.xlsx' });
    expect([...files[0]!.bytes]).toEqual([0x50, 0x4b, 3, 4]);
    server.use(http.get('https://example.org/a.xlsx', () => new HttpResponse('')));
    await expect(runConnector(pullOf({ type: 'http', files: [{ name: 'a.xlsx', url: 'https://example.org/a.xlsx' }] }), ctx)).rejects.toThrow(
      /empty response/,
    );
  });

  it('copies local files, relative to the config, and says which one is missing', async () => {
    const files = await runConnector(pullOf({ type: 'file', files: [{ name: 'fb.csv', path: 'facebook-vs-undesa/FB_UN_totals.csv' }] }), {
      ...ctx,
      configDir: samplePath('.'),
    });
    expect(files[0]!.url).toMatch(/^file:\/\/.*facebook-vs-undesa\/FB_UN_totals.csv$/);
    expect(files[0]!.bytes.byteLength).toBe(19682);
    await expect(
      runConnector(pullOf({ type: 'file', files: [{ name: 'x.csv', path: 'nope/x.csv' }] }), { ...ctx, configDir: samplePath('.') }),
    ).rejects.toThrow(/cannot read the file: ENOENT/);
  });
});
