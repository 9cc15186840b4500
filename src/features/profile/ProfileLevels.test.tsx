import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { levelsFixtureFiles } from '../../../mocks/fixtures/levels';
import { contractHandlers } from '../../../mocks/handlers';
import { server, TEST_DATA_BASE } from '../../../mocks/server';
import { renderAppAt } from '../../app/renderAppAt.test-utils';
import { resetViewStore } from '../../state/store';

/** jsdom has no ResizeObserver: the series panel behind the card needs one, that never reports. */
class SilentObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}

beforeEach(() => {
  resetViewStore();
  vi.stubGlobal('ResizeObserver', SilentObserver);
  server.use(...contractHandlers({ base: TEST_DATA_BASE, files: levelsFixtureFiles }));
});
afterEach(() => vi.unstubAllGlobals());

describe('the profile of a region', () => {
  it('names the region’s country and gives its figure from the source of its level, ranked among the regions', async () => {
    renderAppAt('?panel=series&profile=DE11');
    const dialog = await screen.findByRole('dialog', { name: 'Profile of Stuttgart' });
    const box = within(dialog);
    expect(box.getByTestId('profile-place')).toHaveTextContent('a NUTS-2 region of Germany');
    expect(await box.findByTestId('profile-figure')).toHaveTextContent('760,000 persons');
    expect(dialog).toHaveTextContent('Source: Regional census (demo)');
    // 760,000 is the smaller of the two regions with a figure in 2020 (Ile-de-France has none).
    expect(box.getByText('Rank among NUTS-2 regions').nextElementSibling).toHaveTextContent('2nd of 2');
    // Only the source of its level is listed: no country source.
    const sources = box.getByTestId('profile-sources');
    expect(within(sources).getByText('Regional census (demo)')).toBeInTheDocument();
    expect(within(sources).queryByText('Census & registers (demo)')).toBeNull();
  });

  it('says so for a state when no source of the indicator has figures per state', async () => {
    renderAppAt('?panel=series&profile=06');
    const dialog = await screen.findByRole('dialog', { name: 'Profile of California' });
    expect(within(dialog).getByTestId('profile-place')).toHaveTextContent('a state of the United States');
    expect(dialog).toHaveTextContent('No source of International migrant stock gives figures by US state.');
  });
});
