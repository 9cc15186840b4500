import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { contractHandlers } from '../../mocks/handlers';
import { server, TEST_DATA_BASE } from '../../mocks/server';
import { seriesFixtureFiles } from '../features/series/seriesFixture.test-utils';
import { FixedWidthObserver } from '../features/series/fixedWidthObserver.test-utils';
import { resetViewStore } from '../state/store';
import { renderAppAt } from './renderAppAt.test-utils';

const caveats = () => [...document.querySelectorAll('.source-line .caveats li')].map((li) => li.textContent);
const BREAK = 'In 2018 the platform changed how it counts users (values flagged "break"): values before and after are not comparable.';

beforeEach(() => {
  resetViewStore();
  vi.stubGlobal('ResizeObserver', FixedWidthObserver);
  server.use(...contractHandlers({ base: TEST_DATA_BASE, files: seriesFixtureFiles }));
  return () => vi.unstubAllGlobals();
});

describe('the caveats under a panel', () => {
  it('of the time series are those of every source drawn, each named', async () => {
    renderAppAt('?countries=DEU&panel=series');
    await within(await screen.findByRole('region', { name: 'Lines' })).findByRole('button', { name: 'Audience (demo)' });
    await waitFor(() => expect(caveats()).toEqual(['Census (demo): Synthetic.', 'Audience (demo): Synthetic.', `Audience (demo): ${BREAK}`]));
  });

  it('of the time series with one source drawn are that source’s alone', async () => {
    renderAppAt('?countries=DEU~FRA&panel=series');
    await within(await screen.findByRole('region', { name: 'Lines' })).findByRole('button', { name: 'France' });
    expect(caveats()).toEqual(['Synthetic.']);
  });

  it('of a comparison are those of both sources', async () => {
    renderAppAt('?panel=compare&compare=census~audience');
    await waitFor(() => expect(caveats()).toEqual(['Census (demo): Synthetic.', 'Audience (demo): Synthetic.', `Audience (demo): ${BREAK}`]), {
      timeout: 5000,
    });
  });
});
