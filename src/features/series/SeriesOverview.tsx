/**
 * The whole period in miniature, with a d3 brush to choose the chart's time window. Pointer
 * only: the From and To fields of the controls do the same from the keyboard.
 */
import { brushX, line as d3line, scaleLinear, scaleLog, select, type D3BrushEvent } from 'd3';
import { useEffect, useMemo, useRef } from 'react';
import type { SeriesScale } from '../../state/viewState';
import type { ChartModel, SeriesPoint } from './buildSeries';
import type { LineSpec } from './lines';
import { periodEnd, periodStart, timeDomain } from './time';
import { rootFontSize } from './useSeriesData';

export interface OverviewProps {
  width: number;
  /** Margins of the chart's plot, so that both share their left and right edges. */
  left: number;
  right: number;
  /** The chart over the whole period (no window). */
  model: ChartModel;
  specs: readonly LineSpec[];
  scale: SeriesScale;
  from: string | null;
  to: string | null;
  onWindow: (from: string | null, to: string | null) => void;
}

/** The stops a brushed span [ta, tb] covers, as a window; null when it covers none. */
export function snapWindow(stops: readonly { period: string; t: number }[], ta: number, tb: number): { from: string; to: string } | null {
  const inside = stops.filter((s) => s.t >= ta && s.t <= tb);
  const first = inside[0];
  const last = inside.at(-1);
  return first && last ? { from: first.period, to: last.period } : null;
}

export function SeriesOverview({ width, left, right, model, specs, scale, from, to, onWindow }: OverviewProps) {
  const brushRef = useRef<SVGGElement>(null);
  const height = Math.round(rootFontSize() * 3.2);

  const scales = useMemo(() => {
    const x = scaleLinear()
      .domain(timeDomain(model.x))
      .range([left, width - right]);
    const [v0, v1] = model.y ?? [0, 1];
    const y = (scale === 'log' && v0 > 0 ? scaleLog() : scaleLinear()).domain(v0 === v1 ? [v0 / 2, v1 * 2 || 1] : [v0, v1]).range([height - 3, 3]);
    return { x, y };
  }, [model, width, height, left, right, scale]);

  const paths = useMemo(() => {
    const { x, y } = scales;
    const path = d3line<SeriesPoint>()
      .defined((p) => p.value !== null)
      .x((p) => x(p.t))
      .y((p) => y(p.value as number));
    const byKey = new Map(model.lines.map((l) => [l.key, l]));
    return specs.flatMap((spec) => {
      const l = byKey.get(spec.key);
      return l && l.drawn ? [{ key: spec.key, color: spec.color, d: path(l.points) ?? '' }] : [];
    });
  }, [scales, model, specs]);

  useEffect(() => {
    const node = brushRef.current;
    if (!node) return;
    const { x } = scales;
    const g = select<SVGGElement, unknown>(node);
    const brush = brushX<unknown>()
      .extent([
        [left, 1],
        [width - right, height - 1],
      ])
      .on('end', (event: D3BrushEvent<unknown>) => {
        if (!event.sourceEvent) return; // moved by this effect, not by the user
        const selection = event.selection as [number, number] | null;
        if (!selection) {
          onWindow(null, null);
          return;
        }
        const snapped = snapWindow(model.periods, x.invert(selection[0]), x.invert(selection[1]));
        const first = model.periods[0];
        const last = model.periods.at(-1);
        if (!snapped) onWindow(from, to);
        else onWindow(snapped.from === first?.period ? null : snapped.from, snapped.to === last?.period ? null : snapped.to);
      });
    g.call(brush);
    const [r0, r1] = x.range() as [number, number];
    const a = from === null ? r0 : Math.max(r0, x(periodStart(from)));
    const b = to === null ? r1 : Math.min(r1, x(periodEnd(to)));
    g.call(brush.move, from === null && to === null ? null : [a, Math.max(a + 2, b)]);
    return () => {
      g.on('.brush', null);
      g.selectAll('*').remove();
    };
  }, [scales, width, height, left, right, from, to, model, onWindow]);

  return (
    <div className="series-overview">
      <svg width={width} height={height} aria-hidden="true" focusable="false">
        <rect x={left} y={0} width={Math.max(0, width - left - right)} height={height} className="series-overview__bg" />
        {paths.map((p) => (
          <path key={p.key} d={p.d} stroke={p.color} className="series-overview__line" />
        ))}
        <g ref={brushRef} className="series-overview__brush" />
      </svg>
    </div>
  );
}
