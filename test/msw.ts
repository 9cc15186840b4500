import { afterAll, afterEach, beforeAll } from 'vitest';
import { server } from '../mocks/server';

/**
 * Starts the msw server of the fixture dataset around the calling test file: called by the DOM
 * tests' setup, and by the Node tests that make requests (the other Node tests start faster without
 * it). A function, not a side-effect import, because the Node project shares modules between files.
 */
export function serveFixturesWithMsw(): void {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
}
