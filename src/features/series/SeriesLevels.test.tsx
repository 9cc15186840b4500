import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { levelsFixtureFiles } from '../../../mocks/fixtures/levels';
import { contractHandlers } from '../../../mocks/handlers';
import { server, TEST_DATA_BASE } from '../../../mocks/server';
import { renderAppAt } from '../../app/renderAppAt.test-utils';
import { resetViewStore } from '../../state/store';
import { FixedWidthObserver } from './fixedWidthObserver.test-utils';

const chartLines = (container: HTMLElement) => [...container.querySelectorAll('.series-chart__lines > g')].map((g) => g.getAttribute('data-line'));
const notes = (container: HTMLElement) => [...container.querySelectorAll('.series-notes__list li')].map((li) => li.textContent);

beforeEach(() => {
  resetViewStore();
  vi.stubGlobal('ResizeObserver', FixedWidthObserver);
  server.use(...contractHandlers({ base: TEST_DATA_BASE, files: levelsFixtureFiles }));
});
afterEach(() => vi.unstubAllGlobals());

describe('the time series of a region', () => {
  it('draws the region’s line from the source of its level, by its name, and says the country sources have none', async () => {
    const { container } = renderAppAt('?panel=series&countries=DE11');
    const lines = await screen.findByRole('region', { name: 'Lines' });
    expect(await within(lines).findByRole('button', { name: 'Regional census (demo)' })).toBeInTheDocument();
    expect(chartLines(container)).toEqual(['DE11|regional-census']);
    expect(container.querySelector('figcaption')).toHaveTextContent(
      'International migrant stock (persons), one line per source, for Stuttgart, 2015–2020',
    );
    expect(notes(container)).toContain(
      'Census & registers (demo), Social-media advertising audience (demo): figures by country only, so no line for Stuttgart.',
    );
  });

  it('with a country and a region chosen, joins each to the sources of its level only', async () => {
    const { container } = renderAppAt('?panel=series&countries=DEU~DE11&lines=source');
    await screen.findByRole('region', { name: 'Lines' });
    await vi.waitFor(() => expect(chartLines(container).sort()).toEqual(['DE11|regional-census', 'DEU|census', 'DEU|social-audience']));
    expect(notes(container)).toEqual(
      expect.arrayContaining([
        'Census & registers (demo), Social-media advertising audience (demo): figures by country only, so no line for Stuttgart.',
        'Regional census (demo): figures by NUTS-2 region only, so no line for Germany.',
      ]),
    );
  });
});
