import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resetViewStore } from '../../state/store';
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
