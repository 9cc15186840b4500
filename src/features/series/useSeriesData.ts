import { useEffect, useState, type RefObject } from 'react';

/** One react-query per (indicator, source, slice), sharing the cache (and the keys) of useSeries. */
export { useSeriesList } from '../../data/useSeriesList';

/** The same array as last time while its items are the same (for memo dependencies). */
export function useStableList<T>(items: readonly T[]): readonly T[] {
  const [stable, setStable] = useState(items);
  const same = stable.length === items.length && stable.every((item, i) => Object.is(item, items[i]));
  if (!same) setStable(items);
  return same ? stable : items;
}

/**
 * The width of an element, followed with a ResizeObserver (where there is none, as in jsdom
 * without a stub, the width it has when mounted, or `fallback`).
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>, fallback = 640): number {
  // Starting from the fallback, a first render at the right width is not redone once measured.
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setWidth(Math.round(element.getBoundingClientRect().width) || element.clientWidth);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (entry) setWidth(Math.round(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width > 0 ? width : fallback;
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
