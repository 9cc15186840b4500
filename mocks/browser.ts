import { setupWorker } from 'msw/browser';
import { contractHandlers } from './handlers';
import { isScenario, type ScenarioOptions } from './scenarios';

/**
 * Development only: `VITE_MOCK_SCENARIO=server-error npm start` plays a failure scenario against the
 * real static files (VITE_MOCK_TARGET narrows it, e.g. "series/migrant-stock/").
 */
export async function startMockWorker(scenario: string, base: string): Promise<void> {
  if (!isScenario(scenario)) {
    console.warn(`Unknown VITE_MOCK_SCENARIO "${scenario}"; mocks stay off.`);
    return;
  }
  const target = (import.meta.env.VITE_MOCK_TARGET as string | undefined) || undefined;
  const worker = setupWorker(...contractHandlers({ base, scenario: { scenario, target } }));
  await worker.start({ onUnhandledRequest: 'bypass', quiet: false });
}

/** sessionStorage key of the test build's scenario: a scenario name, or JSON ScenarioOptions. */
export const TEST_SCENARIO_KEY = 'ml-mock-scenario';

/** The scenario the test build plays now (read at each request, so a test can change it mid-way). */
export function testScenario(): ScenarioOptions {
  const raw = window.sessionStorage.getItem(TEST_SCENARIO_KEY);
  if (!raw) return { scenario: 'normal' };
  try {
    const parsed = (raw.startsWith('{') ? JSON.parse(raw) : { scenario: raw }) as Partial<ScenarioOptions>;
    if (typeof parsed.scenario === 'string' && isScenario(parsed.scenario)) {
      return {
        scenario: parsed.scenario,
        ...(typeof parsed.target === 'string' ? { target: parsed.target } : {}),
        ...(typeof parsed.delayMs === 'number' ? { delayMs: parsed.delayMs } : {}),
      };
    }
  } catch {
    // fall through: an unreadable value plays no scenario
  }
  return { scenario: 'normal' };
}

/**
 * Test build only (`VITE_ENABLE_MOCKS=1 vite build --outDir dist-mocks`): msw answers the contract
 * with the scenario in sessionStorage (TEST_SCENARIO_KEY, set by Playwright's addInitScript).
 */
export async function startTestMockWorker(base: string, workerUrl: string): Promise<void> {
  const worker = setupWorker(...contractHandlers({ base, scenario: testScenario }));
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true, serviceWorker: { url: workerUrl } });
}
