import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server, TEST_DATA_BASE } from '../../mocks/server';
import { serveFixturesWithMsw } from '../../test/msw';
import { TimeoutError } from '../contract/errors';
import { createApiClient, isTransient } from './client';

serveFixturesWithMsw();

const file = `${TEST_DATA_BASE}series/migrant-stock/census.json`;
const ref = { indicator: 'migrant-stock', source: 'census', slice: 'total' };
const encoder = new TextEncoder();

/** A body sent in pieces, `gapMs` apart; with `stallAfter`, it stops sending (and never ends) after that many. */
function trickle(text: string, pieces: number, gapMs: number, stallAfter?: number): ReadableStream<Uint8Array> {
  const size = Math.ceil(text.length / pieces);
  let sent = 0;
  return new ReadableStream({
    async pull(controller) {
      if (sent === stallAfter) return new Promise<void>(() => {});
      if (sent > 0) await delay(gapMs);
      const piece = text.slice(sent * size, (sent + 1) * size);
      sent += 1;
      if (piece === '') controller.close();
      else controller.enqueue(encoder.encode(piece));
    },
  });
}

async function realBody(): Promise<string> {
  return (await fetch(file)).text();
}

describe('the API client time-out', () => {
  it('gives up a request with no answer after the time-out, as a TimeoutError that is not retried', async () => {
    server.use(http.get(file, () => delay('infinite')));
    const started = performance.now();
    const error = await createApiClient(TEST_DATA_BASE, undefined, { timeoutMs: 200 })
      .series(ref)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).file).toBe('series/migrant-stock/census.json');
    expect(performance.now() - started).toBeGreaterThanOrEqual(190);
    expect(isTransient(error)).toBe(false);
  });

  it('gives up a body that stops arriving half-way', async () => {
    const body = await realBody();
    server.use(http.get(file, () => new HttpResponse(trickle(body, 4, 10, 2), { headers: { 'Content-Type': 'application/json' } })));
    const error = await createApiClient(TEST_DATA_BASE, undefined, { timeoutMs: 200 })
      .series(ref)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
  });

  it('counts silence, not duration: a body arriving slowly but steadily for longer than the time-out is read', async () => {
    const body = await realBody();
    server.use(http.get(file, () => new HttpResponse(trickle(body, 8, 60), { headers: { 'Content-Type': 'application/json' } })));
    const started = performance.now();
    const series = await createApiClient(TEST_DATA_BASE, undefined, { timeoutMs: 200 }).series(ref);
    expect(performance.now() - started).toBeGreaterThan(200);
    expect(series.columns.geo.length).toBeGreaterThan(0);
  });

  it('leaves a cancelled request cancelled (react-query aborting it), not timed out', async () => {
    server.use(http.get(file, () => delay('infinite')));
    const controller = new AbortController();
    const pending = createApiClient(TEST_DATA_BASE, undefined, { timeoutMs: 10_000 })
      .series(ref, controller.signal)
      .catch((e: unknown) => e);
    controller.abort();
    const error = await pending;
    expect(error).not.toBeInstanceOf(TimeoutError);
    expect((error as Error).name).toBe('AbortError');
  });
});
