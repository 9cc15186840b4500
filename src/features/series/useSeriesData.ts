import { useState } from 'react';

/** One react-query per (indicator, source, slice), sharing the cache (and the keys) of useSeries. */
export { useSeriesList } from '../../data/useSeriesList';

/** The same array as last time while its items are the same (for memo dependencies). */
export function useStableList<T>(items: readonly T[]): readonly T[] {
  const [stable, setStable] = useState(items);
  const same = stable.length === items.length && stable.every((item, i) => Object.is(item, items[i]));
  if (!same) setStable(items);
  return same ? stable : items;
}

/** The root font size in px (20 on large screens, see app.css), read on resize. */
export function rootFontSize(): number {
  if (typeof window === 'undefined' || typeof getComputedStyle !== 'function') return 16;
  const size = parseFloat(getComputedStyle(document.documentElement).fontSize);
  return Number.isFinite(size) && size > 0 ? size : 16;
}

/** The window's inner height in px, or Infinity where there is no window. */
export function viewportHeight(): number {
  return typeof window === 'undefined' || !(window.innerHeight > 0) ? Infinity : window.innerHeight;
}
