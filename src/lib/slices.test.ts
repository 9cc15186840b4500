import { describe, expect, it } from 'vitest';
import { runAll, runInSlices, type Steps } from './slices';

function* count(to: number, log: number[]): Steps<number> {
  let sum = 0;
  for (let i = 1; i <= to; i++) {
    log.push(i);
    sum += i;
    yield;
  }
  return sum;
}

describe('slices', () => {
  it('runAll runs every step now', () => {
    const log: number[] = [];
    expect(runAll(count(5, log))).toBe(15);
    expect(log).toEqual([1, 2, 3, 4, 5]);
  });

  it('runInSlices pauses whenever a slice has used its budget, and gives the same result', async () => {
    let clock = 0;
    const log: number[] = [];
    const pausedAfter: number[] = [];
    // Each step costs 3 ms on this clock; a budget of 8 ms fits three steps.
    const steps = (function* () {
      const result = yield* count(7, log);
      return result;
    })();
    const now = () => (clock += 3);
    const result = await runInSlices(steps, { budgetMs: 8, now, pause: async () => void pausedAfter.push(log.length) });
    expect(result).toBe(28);
    expect(pausedAfter.length).toBeGreaterThan(1);
    // Never more than three steps between two pauses.
    const slices = [...pausedAfter, log.length].map((n, i, all) => n - (i === 0 ? 0 : (all[i - 1] as number)));
    expect(Math.max(...slices)).toBeLessThanOrEqual(3);
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    const log: number[] = [];
    const pending = runInSlices(count(1000, log), { budgetMs: 0, pause: async () => controller.abort(), signal: controller.signal });
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(log.length).toBeLessThan(1000);
  });
});
