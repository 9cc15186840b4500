import type { Page, Route } from '@playwright/test';
import { affects, emptied, malform, type ScenarioOptions } from '../../mocks/scenarios';
import { readDemoFile } from './fixtures';

/**
 * Plays a failure scenario of the data server (mocks/scenarios.ts: the same scenarios msw plays in
 * component tests and in `VITE_MOCK_SCENARIO=… npm start`) with Playwright's request routing, on
 * the production build. The returned function switches the scenario for the next requests.
 */
export async function playScenario(page: Page, initial: ScenarioOptions): Promise<(next: ScenarioOptions) => void> {
  let scenario = initial;
  const dataPath = (url: string) => {
    const { pathname } = new URL(url);
    const at = pathname.indexOf('/data/');
    return at === -1 ? null : decodeURIComponent(pathname.slice(at + '/data/'.length));
  };
  await page.route(
    (url) => dataPath(url.href) !== null,
    async (route: Route) => {
      const path = dataPath(route.request().url()) as string;
      const hit = scenario.scenario !== 'normal' && affects(scenario, path);
      if (!hit) return route.fallback();
      switch (scenario.scenario) {
        case 'slow':
          // The scenario is a slow server: the delay is what it plays, not a wait of the test.
          await new Promise((resolve) => setTimeout(resolve, scenario.delayMs ?? 1500));
          return route.fallback();
        case 'no-answer':
          // Left unhandled, the request stays pending: a server that never answers.
          return;
        case 'server-error':
          return route.fulfill({ status: 500, contentType: 'text/plain', body: 'Internal Server Error' });
        case 'missing-file':
          return route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not Found' });
        case 'malformed':
        case 'empty-series': {
          // The tests' data is the demo dataset (fixtures.ts), which the context's route serves.
          const demo = readDemoFile(route.request().url());
          const payload: unknown = demo ? JSON.parse(demo.toString('utf8')) : await (await route.fetch()).json();
          const changed = scenario.scenario === 'malformed' ? malform(payload) : emptied(payload);
          return route.fulfill({ status: 200, json: changed });
        }
        default:
          return route.fallback();
      }
    },
  );
  return (next) => {
    scenario = next;
  };
}
