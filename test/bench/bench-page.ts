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
