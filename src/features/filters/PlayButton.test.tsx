import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetViewStore, useViewStore } from '../../state/store';
import { PLAY_STEP_MS, PlayButton } from './PlayButton';

const periods = ['2000', '2005', '2010', '2015'];

beforeEach(() => {
  resetViewStore();
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

const period = () => useViewStore.getState().view.period;
const step = () => act(() => vi.advanceTimersByTime(PLAY_STEP_MS));

describe('PlayButton', () => {
  it('from "latest", starts again at the first period, steps through them and stops at the end', () => {
    render(<PlayButton periods={periods} />);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    expect(period()).toBe('2000');
    expect(useViewStore.getState().historyMode).toBe('push');
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
    step();
    expect(period()).toBe('2005');
    // Steps replace the history entry instead of adding one per period.
    expect(useViewStore.getState().historyMode).toBe('replace');
    step();
    step();
    expect(period()).toBe('2015');
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
    step();
    expect(period()).toBe('2015');
  });

  it('plays on from the chosen period, and pauses', () => {
    act(() => useViewStore.getState().setPeriod('2005'));
    render(<PlayButton periods={periods} />);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    expect(period()).toBe('2005');
    step();
    expect(period()).toBe('2010');
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    step();
    step();
    expect(period()).toBe('2010');
  });

  it('stops when the periods change (another indicator or source)', () => {
    const { rerender } = render(<PlayButton periods={periods} />);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    rerender(<PlayButton periods={['2000', '2005', '2010', '2015']} />);
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
    step();
    expect(period()).toBe('2000');
  });

  it('is disabled with fewer than two periods', () => {
    render(<PlayButton periods={['2020']} />);
    expect(screen.getByRole('button', { name: 'Play' })).toBeDisabled();
  });
});
