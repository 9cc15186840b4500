import { describe, expect, it, vi } from 'vitest';
import { memoByObject } from './memoByObject';

describe('memoByObject', () => {
  it('computes once per object, again for another object', () => {
    const compute = vi.fn((key: { n: number }) => ({ twice: key.n * 2 }));
    const memo = memoByObject(compute);
    const a = { n: 1 };
    expect(memo(a)).toBe(memo(a));
    expect(memo({ n: 1 })).not.toBe(memo(a));
    expect(compute).toHaveBeenCalledTimes(2);
  });

  it('keeps a result that is undefined', () => {
    const compute = vi.fn(() => undefined);
    const memo = memoByObject(compute);
    const key = {};
    memo(key);
    memo(key);
    expect(compute).toHaveBeenCalledTimes(1);
  });
});
