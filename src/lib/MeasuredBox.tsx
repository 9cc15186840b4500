import { useRef, type ReactNode } from 'react';
import { useMeasuredWidth } from './useElementWidth';

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
