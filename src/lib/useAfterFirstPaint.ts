import { useDeferredValue } from 'react';

/**
 * false on a component's first render, then true in a render React does after it at a lower
 * priority, in slices the browser can paint between (issue #20): for long lists below a panel's
 * figures (hundreds of rows), so that the figures' first frame does not wait for them.
 */
export const useAfterFirstPaint = (): boolean => useDeferredValue(true, false);
