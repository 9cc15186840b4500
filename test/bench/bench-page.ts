/** What a bench page exposes to its driver (test/bench/*-bench.mjs): window.benchPage. */
declare global {
  interface Window {
    benchPage?: object;
  }
}

export function expose(api: object): void {
  window.benchPage = api;
}

/** Positions in a GeoJSON geometry's coordinates (any depth). */
export function countPositions(coordinates: unknown): number {
  if (!Array.isArray(coordinates)) return 0;
  if (typeof coordinates[0] === 'number') return 1;
  let n = 0;
  for (const c of coordinates) n += countPositions(c);
  return n;
}

/** A task after the current one (when called in a frame's callbacks: after that frame is drawn). */
export const afterTask = () =>
  new Promise<number>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(performance.now());
    channel.port2.postMessage(0);
  });

/** The end of the next frame: its animation-frame callbacks, then style, layout and paint. */
export const afterNextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(() => void afterTask().then(resolve)));

/**
 * Watches the page's event loop until stopped: a timer re-armed at once runs every few ms unless a
 * task holds the thread; gives the longest gap between two runs, i.e. the longest the page could
 * not respond or draw (to within the timers' 4 ms clamp).
 */
export function blockMonitor(): () => number {
  let last = performance.now();
  let longest = 0;
  let watching = true;
  const tick = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    if (watching) setTimeout(tick, 0);
  };
  setTimeout(tick, 0);
  return () => {
    watching = false;
    return Math.max(longest, performance.now() - last);
  };
}
