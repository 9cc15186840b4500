import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The width of an element (its border box, in CSS px), followed with a ResizeObserver; `fallback`
 * until it has one (jsdom has no layout). Measured before the browser paints, so a chart is never
 * shown at the fallback's width first.
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>, fallback = 640): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measured = Math.round(element.getBoundingClientRect().width);
    if (measured > 0) setWidth(measured);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      const size = entry ? Math.round(entry.borderBoxSize?.[0]?.inlineSize ?? entry.contentRect.width) : 0;
      if (size > 0) setWidth(size);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width > 0 ? width : fallback;
}
