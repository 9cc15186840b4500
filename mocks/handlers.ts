import { bypass, delay, http, HttpResponse, passthrough, type HttpHandler, type JsonBodyType } from 'msw';
import { affects, emptied, malform, type ScenarioOptions } from './scenarios';

/** Answers a path of the contract (e.g. "series/migrant-stock/census.json") with its payload, or undefined. */
export type FileSource = (path: string) => unknown;

interface Options {
  /** The base URL the app reads the contract from, absolute or relative to the page. */
  base: string;
  /** The files to serve; without it, unaffected requests go through to the real server. */
  files?: FileSource;
  /** The scenario, or a function read at each request (the test build switches scenarios at run time). */
  scenario?: ScenarioOptions | (() => ScenarioOptions);
}

/** msw handlers implementing the indicators API contract, with a failure scenario applied. */
export function contractHandlers({ base, files, scenario: chosen = { scenario: 'normal' } }: Options): HttpHandler[] {
  const basePath = new URL(base, 'http://localhost/').pathname;
  return [
    http.get(`${base}*`, async ({ request }) => {
      const scenario = typeof chosen === 'function' ? chosen() : chosen;
      const path = decodeURIComponent(new URL(request.url).pathname.slice(basePath.length));
      const hit = scenario.scenario !== 'normal' && affects(scenario, path);
      if (hit && scenario.scenario === 'slow') await delay(scenario.delayMs ?? 1500);
      if (hit && scenario.scenario === 'no-answer') await delay('infinite');
      if (hit && scenario.scenario === 'server-error') return new HttpResponse('Internal Server Error', { status: 500 });
      if (hit && scenario.scenario === 'missing-file') return new HttpResponse('Not Found', { status: 404 });
      let payload: unknown;
      if (files) {
        payload = files(path);
        if (payload === undefined) return new HttpResponse('Not Found', { status: 404 });
      } else if (hit && (scenario.scenario === 'malformed' || scenario.scenario === 'empty-series')) {
        const real = await fetch(bypass(request));
        payload = await real.json();
      } else {
        return passthrough();
      }
      if (hit && scenario.scenario === 'malformed') payload = malform(payload);
      if (hit && scenario.scenario === 'empty-series') payload = emptied(payload);
      return HttpResponse.json(payload as JsonBodyType);
    }),
  ];
}
