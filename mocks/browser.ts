import { setupWorker } from 'msw/browser';
import { contractHandlers } from './handlers';
import { isScenario } from './scenarios';

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
