import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenDataSettled } from './whenDataSettled';

afterEach(() => vi.useRealTimers());

function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('whenDataSettled (when the service worker may install)', () => {
  it('waits for the page to have loaded and for every file in flight, then resolves', async () => {
    vi.useFakeTimers();
    const client = new QueryClient();
    const file = deferred<string>();
    void client.prefetchQuery({ queryKey: ['series', 'a'], queryFn: () => file.promise });
    const loaded = deferred<void>();
    let settled = false;
    void whenDataSettled(client, loaded.promise, 10_000).then(() => (settled = true));
    loaded.resolve();
    await vi.advanceTimersByTimeAsync(100);
    expect(settled).toBe(false);
    file.resolve('figures');
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(true);
  });

  it('a failed file settles it too, and nothing in flight resolves it at once after load', async () => {
    vi.useFakeTimers();
    const client = new QueryClient();
    const file = deferred<string>();
    void client.prefetchQuery({ queryKey: ['series', 'b'], queryFn: () => file.promise.then(() => Promise.reject(new Error('404'))) });
    let settled = false;
    void whenDataSettled(client, Promise.resolve(), 10_000).then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(50);
    expect(settled).toBe(false);
    file.resolve('');
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(true);

    let idleSettled = false;
    void whenDataSettled(new QueryClient(), Promise.resolve(), 10_000).then(() => (idleSettled = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(idleSettled).toBe(true);
  });

  it('a file that never arrives holds it back no longer than the cap', async () => {
    vi.useFakeTimers();
    const client = new QueryClient();
    void client.prefetchQuery({ queryKey: ['series', 'c'], queryFn: () => new Promise(() => undefined) });
    let settled = false;
    void whenDataSettled(client, Promise.resolve(), 10_000).then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(9_999);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toBe(true);
  });
});
