import { useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react';

interface Props {
  className: string;
  /** The width where nothing can be measured (jsdom has no layout). */
  fallback?: number;
  /** What the box holds, drawn at its measured width. */
  children: (width: number) => ReactNode;
}

/**
 * A block whose content is drawn once its width is measured, before the first paint, and again when
 * that width changes: a chart is drawn once on its first showing, not at a guess and then at its width.
 */
export function MeasuredBox({ className, fallback, children }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const width = useMeasuredWidth(ref, fallback);
  return (
    <div className={className} ref={ref}>
      {width !== null && children(width)}
    </div>
  );
}

/**
 * The width of an element (its border box, in CSS px), followed with a ResizeObserver; null until it
 * is measured, which happens before the browser paints, so that a chart is drawn once, at its width
 * (drawn first at a guess, it was drawn twice on its first showing). `fallback` where the element has
 * no width to measure (jsdom has no layout).
 */
function useMeasuredWidth(ref: RefObject<HTMLElement | null>, fallback = 640): number | null {
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measured = Math.round(element.getBoundingClientRect().width);
    setWidth(measured > 0 ? measured : fallback);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      const size = entry ? Math.round(entry.borderBoxSize?.[0]?.inlineSize ?? entry.contentRect.width) : 0;
      if (size > 0) setWidth(size);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, fallback]);
  return width;
}
