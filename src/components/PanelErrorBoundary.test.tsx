import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense, type ComponentType } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetViewStore } from '../state/store';
import { lazyPanel, type LazyPanel } from './lazyPanel';
import { PanelErrorBoundary } from './PanelErrorBoundary';

let broken = true;
function Fragile({ label }: { label: string }) {
  if (broken) throw new Error('chart exploded');
  return <p>{label} works</p>;
}

beforeEach(() => {
  resetViewStore();
  broken = true;
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the panel error boundary', () => {
  it('keeps a crash inside the panel, says what happened, and "Reload this panel" mounts it again', async () => {
    const user = userEvent.setup();
    render(
      <>
        <p>Filters still here</p>
        <PanelErrorBoundary resetKeys={['table']}>
          <Fragile label="Table" />
        </PanelErrorBoundary>
      </>,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('This panel stopped working because of an error.');
    expect(alert).toHaveTextContent('Details: chart exploded');
    expect(screen.getByText('Filters still here')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Reload this panel' }));
    expect(screen.getByRole('alert')).toBeInTheDocument(); // still broken: fails again, no loop
    broken = false;
    await user.click(screen.getByRole('button', { name: 'Reload this panel' }));
    expect(screen.getByText('Table works')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('clears the error when the view moves to another panel', () => {
    const { rerender } = render(
      <PanelErrorBoundary resetKeys={['table']}>
        <Fragile label="Table" />
      </PanelErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toBeInTheDocument();
    broken = false;
    rerender(
      <PanelErrorBoundary resetKeys={['map']}>
        <Fragile label="Map" />
      </PanelErrorBoundary>,
    );
    expect(screen.getByText('Map works')).toBeInTheDocument();
  });
});

/** A lazy panel whose code fails to load `failures` times (as import() does offline), then loads. */
function flakyPanel(failures: number) {
  const load = vi.fn(async () => {
    if (load.mock.calls.length <= failures) throw new TypeError('Failed to fetch dynamically imported module: /assets/SeriesPanel-x.js');
    return ({ label }: { label: string }) => <p>{label} works</p>;
  });
  return { load, Panel: lazyPanel(load) as LazyPanel<{ label: string }> };
}

function renderInBoundary(Panel: ComponentType<{ label: string }>) {
  render(
    <PanelErrorBoundary resetKeys={['series']}>
      <Suspense fallback={<p>Loading…</p>}>
        <Panel label="Time series" />
      </Suspense>
    </PanelErrorBoundary>,
  );
}

describe('a lazy panel whose code failed to load', () => {
  it('says the browser is offline, and loads its code afresh when the connection is back, by itself', async () => {
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const { load, Panel } = flakyPanel(1);
    renderInBoundary(Panel);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('You are offline: this panel will load when the connection is back.');
    expect(alert).not.toHaveTextContent('stopped working');

    onLine.mockReturnValue(true);
    act(() => void window.dispatchEvent(new Event('online')));
    expect(await screen.findByText('Time series works')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('says it could not be loaded when online, and "Reload this panel" loads its code again', async () => {
    const user = userEvent.setup();
    const { load, Panel } = flakyPanel(2);
    renderInBoundary(Panel);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This panel could not be loaded.');
    expect(alert).toHaveTextContent('Failed to fetch dynamically imported module');

    await user.click(screen.getByRole('button', { name: 'Reload this panel' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This panel could not be loaded.');
    await user.click(screen.getByRole('button', { name: 'Reload this panel' }));
    expect(await screen.findByText('Time series works')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(3);
  });
});

describe('a lazy panel whose code the entry preloaded', () => {
  it('shows its content on the first render, with no loading state in between', async () => {
    const { load, Panel } = flakyPanel(0);
    await Panel.preload();
    renderInBoundary(Panel);
    expect(screen.getByText('Time series works')).toBeInTheDocument();
    expect(screen.queryByText('Loading…')).not.toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('whose preload failed: loads again when rendered', async () => {
    const { load, Panel } = flakyPanel(1);
    await Panel.preload();
    renderInBoundary(Panel);
    expect(await screen.findByText('Time series works')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });
});
