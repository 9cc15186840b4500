import { useEffect, useMemo, useState } from 'react';
import { runAll, runInSlices, type Steps } from '../../lib/slices';

/**
 * The result of a computation written as steps: computed during render when `sliced` is false
 * (small inputs: no loading state), else after render in slices that leave the page responsive,
 * null until then. `make` is the computation's identity: memoise it. An error in the steps is
 * thrown from render, for the panel's error boundary.
 */
export function useSliced<T>(make: (() => Steps<T>) | null, sliced: boolean): T | null {
  const now = useMemo(() => (make && !sliced ? runAll(make()) : null), [make, sliced]);
  const [result, setResult] = useState<{ make: () => Steps<T>; value: T } | { make: () => Steps<T>; error: unknown } | null>(null);
  useEffect(() => {
    if (!make || !sliced) return;
    const controller = new AbortController();
    runInSlices(make(), { signal: controller.signal }).then(
      (value) => setResult({ make, value }),
      (error: unknown) => {
        if (!controller.signal.aborted) setResult({ make, error });
      },
    );
    return () => controller.abort();
  }, [make, sliced]);
  if (!make) return null;
  if (!sliced) return now;
  if (result?.make !== make) return null;
  if ('error' in result) throw result.error;
  return result.value;
}
