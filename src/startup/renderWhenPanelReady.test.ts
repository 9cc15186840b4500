import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWhenPanelReady } from './renderWhenPanelReady';

afterEach(() => vi.useRealTimers());

describe('renderWhenPanelReady', () => {
  it('renders at once a view whose panel has no code to wait for (the map)', () => {
    const render = vi.fn();
    renderWhenPanelReady(undefined, render, 1_500);
    expect(render).toHaveBeenCalledTimes(1);
  });

  it("renders once the panel's code is in, not before, and only once", async () => {
    vi.useFakeTimers();
    let arrive!: () => void;
    const code = new Promise<void>((resolve) => (arrive = resolve));
    const render = vi.fn();
    renderWhenPanelReady(code, render, 1_500);
    await vi.advanceTimersByTimeAsync(100);
    expect(render).not.toHaveBeenCalled();
    arrive();
    await vi.advanceTimersByTimeAsync(0);
    expect(render).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(render).toHaveBeenCalledTimes(1);
  });

  it('renders after the cap when the code is slow, and at once when it fails', async () => {
    vi.useFakeTimers();
    const slow = vi.fn();
    renderWhenPanelReady(new Promise(() => {}), slow, 1_500);
    await vi.advanceTimersByTimeAsync(1_499);
    expect(slow).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(slow).toHaveBeenCalledTimes(1);
    const failed = vi.fn();
    renderWhenPanelReady(Promise.reject(new Error('offline')), failed, 1_500);
    await vi.advanceTimersByTimeAsync(0);
    expect(failed).toHaveBeenCalledTimes(1);
  });
});
