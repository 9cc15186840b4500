import { setupServer } from 'msw/node';
import { contractHandlers } from './handlers';
import { fixtureFiles } from './fixtures/dataset';
import type { ScenarioOptions } from './scenarios';

/** Where component tests point the app: any absolute URL works, msw answers it. */
export const TEST_DATA_BASE = 'http://localhost:3000/data/';

export function fixtureHandlers(scenario?: ScenarioOptions) {
  return contractHandlers({ base: TEST_DATA_BASE, files: fixtureFiles, scenario });
}

/** The msw server of the unit and component tests, serving the fixture dataset. */
export const server = setupServer(...fixtureHandlers());
