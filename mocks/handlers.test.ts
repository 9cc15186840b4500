import { CONTRACT_VERSION } from '../src/contract/schema';
import { describe, expect, it } from 'vitest';
import { serveFixturesWithMsw } from '../test/msw';
import { server, fixtureHandlers, TEST_DATA_BASE } from './server';

serveFixturesWithMsw();

const url = (path: string) => new URL(path, TEST_DATA_BASE).toString();

describe('contract handlers', () => {
  it('serve the fixture files by contract path, 404 for the rest', async () => {
    const catalog = await fetch(url('catalog.json'));
    expect(catalog.status).toBe(200);
    expect(((await catalog.json()) as { contract: string }).contract).toBe(CONTRACT_VERSION);
    expect((await fetch(url('series/migrant-stock/census/sex-female.json'))).status).toBe(200);
    expect((await fetch(url('series/nope/census.json'))).status).toBe(404);
  });

  it('play a 500, a missing file, a malformed payload and an empty series on the targeted files only', async () => {
    server.use(...fixtureHandlers({ scenario: 'server-error', target: 'series/migrant-stock/census.json' }));
    expect((await fetch(url('series/migrant-stock/census.json'))).status).toBe(500);
    expect((await fetch(url('series/migrant-stock/social-audience.json'))).status).toBe(200);

    server.use(...fixtureHandlers({ scenario: 'missing-file' }));
    expect((await fetch(url('series/migrant-stock/census.json'))).status).toBe(404);
    expect((await fetch(url('catalog.json'))).status).toBe(200);

    server.use(...fixtureHandlers({ scenario: 'malformed' }));
    const malformed = (await (await fetch(url('series/migrant-stock/census.json'))).json()) as { columns: { value: unknown[] } };
    expect(malformed.columns.value[0]).toBe('n/a');

    server.use(...fixtureHandlers({ scenario: 'empty-series' }));
    const empty = (await (await fetch(url('series/migrant-stock/census.json'))).json()) as { columns: { geo: unknown[] } };
    expect(empty.columns.geo).toEqual([]);
  });

  it('delay responses in the slow scenario', async () => {
    server.use(...fixtureHandlers({ scenario: 'slow', delayMs: 120 }));
    const started = performance.now();
    await fetch(url('series/migrant-stock/census.json'));
    expect(performance.now() - started).toBeGreaterThanOrEqual(100);
  });
});
