import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { aggregatesFiles } from '../../../mocks/fixtures/aggregates';
import { renderAppAt, serveOverFixture } from '../../app/renderAppAt.test-utils';
import { resetViewStore, useViewStore } from '../../state/store';
import { FixedWidthObserver } from './fixedWidthObserver.test-utils';

const legendNames = () =>
  within(screen.getByRole('region', { name: 'Lines' }))
    .getAllByRole('button')
    .map((b) => b.textContent);
const chartLines = (container: HTMLElement) => [...container.querySelectorAll('.series-chart__lines > g')].map((g) => g.getAttribute('data-line'));

beforeEach(() => {
  resetViewStore();
  vi.stubGlobal('ResizeObserver', FixedWidthObserver);
  serveOverFixture(aggregatesFiles);
});
afterEach(() => vi.unstubAllGlobals());

describe('Time series: aggregate lines', () => {
  it('offers the aggregates the source publishes; a chosen one is drawn as a line of its own, marked, and kept in the link', async () => {
    const user = userEvent.setup();
    const { container } = renderAppAt('?panel=series&countries=DEU~FRA');
    const group = await screen.findByRole('group', { name: 'Aggregate lines' });
    const world = within(group).getByRole('checkbox', { name: /World/ });
    expect(
      within(group)
        .getAllByRole('checkbox')
        .map((c) => c.parentElement?.textContent),
    ).toEqual(['World', 'European Union (27) (Union)']);
    await waitFor(() => expect(legendNames()).toEqual(['Germany', 'France']));
    expect(chartLines(container)).not.toContain('WLD|census');

    await user.click(world);
    await waitFor(() => expect(legendNames()).toEqual(['Germany', 'France', 'World (aggregate)']));
    expect(chartLines(container)).toContain('WLD|census');
    expect(useViewStore.getState().view.series.aggregates).toEqual(['WLD']);
    await waitFor(() => expect(window.location.search).toContain('agg=WLD'));
    // The countries are what they were: World is no country of the selection.
    expect(useViewStore.getState().view.countries).toEqual(['DEU', 'FRA']);
  });

  it('offers none for a source that publishes none', async () => {
    renderAppAt('?panel=series&countries=DEU&source=social-audience&lines=country');
    await waitFor(() => expect(legendNames()).toEqual(['Germany']));
    expect(screen.queryByRole('group', { name: 'Aggregate lines' })).toBeNull();
  });
});
