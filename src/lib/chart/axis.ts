/**
 * Axes as plain descriptions: for each tick, its label, its line (a grid line across the plot or a
 * short mark out of it) and where its text sits, in the SVG's coordinates. components/chart/Axis.tsx
 * draws them. Pure.
 */
import type { Frame } from './frame';

export interface Line {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** A tick: its value, where it sits along the axis (px) and its label. */
export interface AxisTick {
  value: number;
  at: number;
  label: string;
}

export interface AxisMark {
  key: string;
  label: string;
  line: (Line & { className?: string }) | null;
  text: { x: number; y: number; anchor: 'start' | 'middle' | 'end'; dy?: string };
}

export interface AxisOptions {
  /** 'grid': a line across the plot; 'tick': a mark `tickSize` long out of it; 'none'. */
  line: 'grid' | 'tick' | 'none';
  tickSize?: number;
  /** From the plot's edge to the label's anchor point, across the axis (px). */
  labelGap: number;
  /** Moves the label along the text's vertical (px), e.g. to centre it on a horizontal grid line. */
  labelShift?: number;
  /** The label's dy attribute (e.g. "0.32em" to centre it on a horizontal line in any font size). */
  labelDy?: string;
  /** The class of a tick's line (e.g. the baseline's), or undefined. */
  lineClass?: (value: number) => string | undefined;
}

type Orient = 'left' | 'bottom';

function markOf(orient: Orient, tick: AxisTick, frame: Frame, options: AxisOptions): AxisMark {
  const { tickSize = 0, labelGap, labelShift = 0, labelDy, lineClass } = options;
  const { at } = tick;
  const across: Record<AxisOptions['line'], Line | null> =
    orient === 'left'
      ? { grid: { x1: frame.x0, x2: frame.x1, y1: at, y2: at }, tick: { x1: frame.x0 - tickSize, x2: frame.x0, y1: at, y2: at }, none: null }
      : { grid: { x1: at, x2: at, y1: frame.y0, y2: frame.y1 }, tick: { x1: at, x2: at, y1: frame.y1, y2: frame.y1 + tickSize }, none: null };
  const line = across[options.line];
  const className = lineClass?.(tick.value);
  const text: AxisMark['text'] =
    orient === 'left'
      ? { x: frame.x0 - labelGap, y: at + labelShift, anchor: 'end' }
      : { x: at, y: frame.y1 + labelGap + labelShift, anchor: 'middle' };
  if (labelDy !== undefined) text.dy = labelDy;
  return {
    key: `${orient === 'left' ? 'y' : 'x'}${tick.value}`,
    label: tick.label,
    line: line && (className === undefined ? line : { ...line, className }),
    text,
  };
}

/** The marks of a vertical axis on the plot's left edge (labels right-aligned, left of it). */
export function leftAxis(ticks: readonly AxisTick[], frame: Frame, options: AxisOptions): AxisMark[] {
  return ticks.map((tick) => markOf('left', tick, frame, options));
}

/** The marks of a horizontal axis on the plot's bottom edge (labels centred, under it). */
export function bottomAxis(ticks: readonly AxisTick[], frame: Frame, options: AxisOptions): AxisMark[] {
  return ticks.map((tick) => markOf('bottom', tick, frame, options));
}

/** The plot's bottom edge, as a line (an axis's domain line). */
export function bottomEdge(frame: Frame): Line {
  return { x1: frame.x0, x2: frame.x1, y1: frame.y1, y2: frame.y1 };
}

/** Ticks from values: each placed by the scale and labelled by the format. */
export function ticksOf(values: readonly number[], scale: (value: number) => number, format: (value: number) => string): AxisTick[] {
  return values.map((value) => ({ value, at: scale(value), label: format(value) }));
}
