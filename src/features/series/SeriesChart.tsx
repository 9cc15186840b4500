/**
 * The time-series chart: d3 scales and shape generators, drawn as React SVG (text as SVG text,
 * never innerHTML). A crosshair follows the pointer, or the arrow keys on the focused chart
 * (an ARIA slider over the periods, whose value text reads every line at that period).
 */
import { area, line as d3line, scaleLinear } from 'd3';
import { useMemo, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { Axis } from '../../components/chart/Axis';
import { useT } from '../../i18n/useT';
import { bottomAxis, bottomEdge, leftAxis, ticksOf } from '../../lib/chart/axis';
import { nearestByX } from '../../lib/chart/crosshair';
import { charsFitting, frameOf, labelMargin, truncateText } from '../../lib/chart/frame';
import { valueScale } from '../../lib/chart/scales';
import { logTicks, timeTicks } from '../../lib/chart/ticks';
import type { SeriesScale } from '../../state/viewState';
import { pointAt, type BuiltLine, type ChartModel, type SeriesPoint } from './buildSeries';
import { placeLabels } from './layout';
import type { LineSpec } from './lines';
import { readableColor } from './palette';
import { SeriesOverview, type OverviewProps } from './SeriesOverview';
import { timeDomain } from './time';
import { rootFontSize, viewportHeight } from './useSeriesData';
import { MeasuredBox } from '../../lib/MeasuredBox';

export interface BreakMark {
  key: string;
  t: number;
  /** Short text drawn on the chart. */
  label: string;
}

export interface ReadoutRow {
  key: string;
  name: string;
  color: string;
  sparse: boolean;
  /** The drawn value, formatted, or a word saying why there is none. */
  value: string;
  /** Range, flag, exclusion, published value: each a short phrase. */
  details: string[];
  /** Whether the details say something beyond the range (a flag, an exclusion): always shown. */
  flagged: boolean;
  sortValue: number | null;
}

interface Props {
  model: ChartModel;
  /** The lines in legend order (only those with a model line are drawn). */
  specs: readonly LineSpec[];
  breaks: readonly BreakMark[];
  focus: string | null;
  onFocus: (key: string | null) => void;
  scale: SeriesScale;
  /** Accessible name of the chart (its title). */
  title: string;
  yLabel: string;
  formatTick: (value: number) => string;
  formatPeriod: (period: string) => string;
  /** The tooltip rows of a period. */
  readout: (period: string) => ReadoutRow[];
  /** Where the keyboard crosshair starts (the view's period), when the chart has it. */
  initialPeriod: string | null;
  /** The width to draw at before the container is measured (default 640). */
  initialWidth?: number;
  /** The value drawn as a reference line (0, or 100 for an index); null: none. */
  baseline: number | null;
  /** The time-window overview drawn under the chart, aligned with its plot; null: none. */
  overview: Omit<OverviewProps, 'width' | 'left' | 'right'> | null;
}

const FLAGGED = new Set(['estimate', 'provisional', 'imputed']);

const drawn = (p: SeriesPoint | undefined): p is SeriesPoint & { value: number } => p !== undefined && p.value !== null;

/** The chart, drawn once its container's width is known (before the first paint). */
export function SeriesChart(props: Props) {
  return (
    <MeasuredBox className="series-chart" fallback={props.initialWidth}>
      {(measured) => <SeriesChartBody {...props} width={Math.max(280, measured)} />}
    </MeasuredBox>
  );
}

function SeriesChartBody(props: Props & { width: number }) {
  const { model, specs, breaks, focus, onFocus, scale, title, yLabel, formatTick, formatPeriod, readout, initialPeriod, overview, baseline, width } =
    props;
  const { t } = useT();
  const [crossPeriod, setCrossPeriod] = useState<string | null>(null);
  const [keyboard, setKeyboard] = useState(false);

  const byKey = useMemo(() => new Map(model.lines.map((l) => [l.key, l])), [model]);
  const drawnSpecs = useMemo(() => specs.filter((s) => byKey.get(s.key)?.drawn), [specs, byKey]);

  const geometry = useMemo(() => {
    const fontPx = rootFontSize();
    const tickFont = fontPx * 0.8;
    const labelFont = fontPx * 0.85;
    // A short window (an embed's iframe) keeps the axis in view: the chart leaves room for the titles and the source line.
    const fitHeight = Math.max(11 * fontPx, viewportHeight() - 14 * fontPx);
    const height = Math.round(Math.min(Math.max(width * 0.55, 17 * fontPx), 27 * fontPx, fitHeight));
    const top = Math.round(fontPx * 2.4);
    const bottom = Math.round(fontPx * 2);

    const y = valueScale(scale, model.y ?? [0, 1], [height - bottom, top], { logFactor: 1.08 });
    const yCount = Math.max(2, Math.floor((height - top - bottom) / (fontPx * 2.8)));
    const yValues = scale === 'log' ? logTicks(y.domain() as [number, number], yCount + 1, (count) => y.ticks(count)) : y.ticks(yCount);
    const yTicks = ticksOf(yValues, y, formatTick);
    const left = labelMargin(
      yTicks.map((tick) => tick.label),
      { charPx: tickFont * 0.6, pad: 12, minChars: 2 },
    );

    const labelled = width >= 520 ? drawnSpecs.filter((s) => s.label !== null) : [];
    const charWidth = labelFont * 0.62; // bold text, generous so that names are not cut
    const right =
      labelled.length > 0
        ? labelMargin(
            labelled.map((s) => s.label as string),
            { charPx: charWidth, pad: 20, max: Math.round(width * 0.26) },
          )
        : 14;
    const labelChars = Math.max(4, charsFitting(right - 12, charWidth));

    const xDomain = timeDomain(model.x);
    const x = scaleLinear()
      .domain(xDomain)
      .range([left, width - right]);
    const xTicks = timeTicks(xDomain, (width - left - right) / (tickFont * 5), model.monthly).filter(
      (tick) => x(tick.t) >= left - 1 && x(tick.t) <= width - right + 1,
    );
    const frame = frameOf(width, height, { top, right, bottom, left });
    return { fontPx, tickFont, labelFont, height, top, bottom, left, right, frame, x, y, yTicks, xTicks, labelled, labelChars };
  }, [width, model, scale, formatTick, drawnSpecs]);

  const { height, top, bottom, left, right, x, y, fontPx } = geometry;

  const axes = useMemo(() => {
    const { frame, tickFont } = geometry;
    const xTicks = geometry.xTicks.map((tick) => ({ value: tick.t, at: x(tick.t), label: formatPeriod(tick.period) }));
    return {
      y: leftAxis(geometry.yTicks, frame, { line: 'grid', labelGap: 6, labelDy: '0.32em', lineClass: (v) => (v === baseline ? 'zero' : undefined) }),
      x: bottomAxis(xTicks, frame, { line: 'tick', tickSize: 5, labelGap: 6 + tickFont }),
      xDomain: bottomEdge(frame),
    };
  }, [geometry, x, formatPeriod, baseline]);
  const plotBottom = height - bottom;

  const shapes = useMemo(() => {
    const path = d3line<SeriesPoint>()
      .defined((p) => p.value !== null)
      .x((p) => x(p.t))
      .y((p) => y(p.value as number));
    const band = area<SeriesPoint>()
      .defined((p) => p.value !== null && p.lower !== null && p.upper !== null)
      .x((p) => x(p.t))
      .y0((p) => y(p.lower as number))
      .y1((p) => y(p.upper as number));
    return drawnSpecs.map((spec) => {
      const l = byKey.get(spec.key) as BuiltLine;
      const pts = l.points;
      const hasBand = pts.some((p) => p.value !== null && p.lower !== null && p.upper !== null);
      const markers = pts.filter((p, i) => {
        if (!drawn(p)) return false;
        if (spec.sparse || (p.flag !== null && FLAGGED.has(p.flag))) return true;
        return !drawn(pts[i - 1]) && !drawn(pts[i + 1]); // an isolated point would not show as a line
      });
      const last = [...pts].reverse().find(drawn);
      return { spec, d: path(pts) ?? '', band: hasBand ? (band(pts) ?? '') : null, markers, last };
    });
  }, [drawnSpecs, byKey, x, y]);

  const labels = useMemo(() => {
    const items = shapes
      .filter((s) => s.spec.label !== null && s.last && geometry.labelled.includes(s.spec))
      .map((s) => ({ key: s.spec.key, y: y((s.last as SeriesPoint).value as number), lastX: x((s.last as SeriesPoint).t), spec: s.spec }));
    const placed = placeLabels(items, geometry.labelFont * 1.15, top + 4, plotBottom - 2);
    return items.map((item) => ({ ...item, ly: placed.get(item.key) ?? item.y }));
  }, [shapes, geometry, x, y, top, plotBottom]);

  const stops = model.periods;
  const index = crossPeriod === null ? -1 : stops.findIndex((s) => s.period === crossPeriod);
  const active = index >= 0 ? (stops[index] as { period: string; t: number }) : null;
  const rows = active ? readout(active.period) : [];
  const valueText = active ? `${formatPeriod(active.period)}: ${rows.map((r) => `${r.name} ${r.value}`).join('; ')}` : title;

  function startIndex(): number {
    const initial = initialPeriod === null ? -1 : stops.findIndex((s) => s.period === initialPeriod);
    return initial >= 0 ? initial : stops.length - 1;
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (stops.length === 0) return;
    const current = index >= 0 ? index : startIndex();
    let next: number | null = null;
    if (event.key === 'ArrowRight' || event.key === 'ArrowUp') next = index >= 0 ? current + 1 : current;
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowDown') next = index >= 0 ? current - 1 : current;
    else if (event.key === 'PageUp') next = current + 10;
    else if (event.key === 'PageDown') next = current - 10;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = stops.length - 1;
    else if (event.key === 'Escape') {
      setCrossPeriod(null);
      onFocus(null);
      return;
    }
    if (next === null) return;
    event.preventDefault();
    setKeyboard(true);
    setCrossPeriod((stops[Math.min(stops.length - 1, Math.max(0, next))] as { period: string }).period);
  }

  function onPointerMove(event: PointerEvent<SVGSVGElement>) {
    if (stops.length === 0) return;
    const box = event.currentTarget.getBoundingClientRect();
    const px = event.clientX - box.left;
    if (px < left - 8 || px > width - right + 8) return;
    const i = nearestByX(stops, x.invert(px), (stop) => stop.t);
    setKeyboard(false);
    setCrossPeriod((stops[i] as { period: string }).period);
  }

  const narrow = width < 560;
  const crossX = active ? x(active.t) : 0;
  // Beside the crosshair, on the side with more room, and at the bottom of the plot when the
  // values it points at lie mostly in its upper half (so that it hides less of them).
  const crossYs = active
    ? shapes.flatMap((s) => {
        const p = pointAt(byKey.get(s.spec.key) as BuiltLine, active.period);
        return p && p.value !== null ? [y(p.value)] : [];
      })
    : [];
  const upper = crossYs.length > 0 && crossYs.reduce((a, b) => a + b, 0) / crossYs.length < (top + plotBottom) / 2;
  const vertical = upper ? { bottom: Math.round(height - plotBottom + 4) } : { top };
  const tooltipStyle = narrow
    ? undefined
    : crossX > (left + width - right) / 2
      ? { right: Math.round(width - crossX + 12), ...vertical }
      : { left: Math.round(crossX + 12), ...vertical };
  // Many lines: details (ranges, published values) only for the focused line, to keep the tooltip short.
  const compact = rows.length > 6;

  // The chart itself does not change while the crosshair moves: kept as one element so that
  // React skips it then (the crosshair and the tooltip are drawn over it).
  const layers = useMemo(
    () => (
      <>
        <Axis className="series-chart__grid" marks={axes.y} fontSize={geometry.tickFont} />
        <Axis className="series-chart__xaxis" marks={axes.x} fontSize={geometry.tickFont} domain={axes.xDomain} />
        {breaks.map((mark) => {
          const bx = x(mark.t);
          if (bx < left || bx > width - right) return null;
          const toLeft = bx > left + (width - left - right) * 0.6;
          const room = toLeft ? bx - 4 : width - bx - 4;
          const chars = charsFitting(room, geometry.tickFont * 0.58);
          return (
            <g key={mark.key} className="series-chart__break">
              <line x1={bx} x2={bx} y1={top - fontPx * 0.4} y2={plotBottom} />
              <text x={toLeft ? bx - 4 : bx + 4} y={top - fontPx * 0.5} textAnchor={toLeft ? 'end' : 'start'} style={{ fontSize: geometry.tickFont }}>
                {truncateText(mark.label, chars)}
              </text>
            </g>
          );
        })}
        <g className="series-chart__bands">
          {shapes.map((s) =>
            s.band !== null && (focus === null || focus === s.spec.key) ? (
              <path key={s.spec.key} d={s.band} fill={s.spec.color} className="series-chart__band" />
            ) : null,
          )}
        </g>
        <g className="series-chart__lines">
          {shapes.map((s) => {
            const dim = focus !== null && focus !== s.spec.key;
            return (
              <g key={s.spec.key} className={dim ? 'dim' : focus === s.spec.key ? 'focused' : undefined} data-line={s.spec.key}>
                <path d={s.d} className="series-chart__line" stroke={s.spec.color} strokeDasharray={s.spec.sparse ? '7 5' : undefined} />
                {s.markers.map((p) => (
                  <circle
                    key={p.period}
                    cx={x(p.t)}
                    cy={y(p.value as number)}
                    r={fontPx * 0.22}
                    stroke={s.spec.color}
                    fill={p.flag !== null && FLAGGED.has(p.flag) ? '#ffffff' : s.spec.color}
                    className="series-chart__marker"
                  />
                ))}
                <path d={s.d} className="series-chart__hit" onClick={() => onFocus(focus === s.spec.key ? null : s.spec.key)} />
              </g>
            );
          })}
        </g>
        {labels.map((label) => {
          const dim = focus !== null && focus !== label.key;
          const lx = width - right + 8;
          return (
            <g key={label.key} className={`series-chart__label${dim ? ' dim' : ''}`} onClick={() => onFocus(focus === label.key ? null : label.key)}>
              {Math.abs(label.ly - label.y) > 2 || label.lastX < lx - 10 ? (
                <line x1={label.lastX + 3} x2={lx - 2} y1={label.y} y2={label.ly} stroke={label.spec.color} />
              ) : null}
              <text x={lx} y={label.ly} dy="0.32em" fill={readableColor(label.spec.color)} style={{ fontSize: geometry.labelFont }}>
                {truncateText(label.spec.label as string, geometry.labelChars)}
              </text>
            </g>
          );
        })}
      </>
    ),
    [geometry, axes, shapes, labels, breaks, focus, onFocus, fontPx, top, left, right, width, plotBottom, x, y],
  );

  const tooltipBox = active ? (
    <div className={`series-tooltip${narrow ? ' series-tooltip--below' : ''}`} style={tooltipStyle} data-testid="series-tooltip" aria-hidden="true">
      <p className="series-tooltip__period">{formatPeriod(active.period)}</p>
      <ul>
        {rows.map((row) => (
          <li
            key={row.key}
            className={[focus !== null && focus !== row.key ? 'dim' : '', row.sortValue === null ? 'none' : ''].join(' ').trim() || undefined}
            data-line={row.key}
          >
            <svg width="18" height="10" aria-hidden="true" focusable="false">
              <line x1="1" x2="17" y1="5" y2="5" stroke={row.color} strokeWidth="3" strokeDasharray={row.sparse ? '4 3' : undefined} />
            </svg>
            <span className="series-tooltip__name">{row.name}</span>
            <span className="series-tooltip__value">{row.value}</span>
            {row.details.length > 0 && (!compact || row.key === focus || row.flagged) && (
              <span className="series-tooltip__details">{row.details.join(' · ')}</span>
            )}
          </li>
        ))}
      </ul>
    </div>
  ) : null;

  return (
    <>
      <div className="series-chart__stage">
        <div
          className="series-chart__plot"
          role="slider"
          tabIndex={0}
          aria-label={t('series.chart', { title })}
          aria-valuemin={0}
          aria-valuemax={Math.max(0, stops.length - 1)}
          aria-valuenow={index >= 0 ? index : Math.max(0, startIndex())}
          aria-valuetext={valueText}
          aria-orientation="horizontal"
          onKeyDown={onKeyDown}
          onFocus={() => {
            if (crossPeriod === null && stops.length > 0) {
              setKeyboard(true);
              setCrossPeriod((stops[startIndex()] as { period: string }).period);
            }
          }}
          onBlur={() => {
            if (keyboard) setCrossPeriod(null);
          }}
        >
          <svg
            width={width}
            height={height}
            viewBox={`0 0 ${width} ${height}`}
            aria-hidden="true"
            focusable="false"
            onPointerMove={onPointerMove}
            onPointerDown={onPointerMove}
            onPointerLeave={() => {
              if (!keyboard) setCrossPeriod(null);
            }}
          >
            <rect className="series-chart__bg" x={left} y={top} width={Math.max(0, width - left - right)} height={Math.max(0, plotBottom - top)} />
            <text className="series-chart__ylabel" x={4} y={Math.round(fontPx * 0.95)} style={{ fontSize: geometry.tickFont }}>
              {yLabel}
            </text>
            {layers}
            {active && (
              <g className="series-chart__cross">
                <line x1={crossX} x2={crossX} y1={top} y2={plotBottom} />
                {shapes.map((s) => {
                  const l = byKey.get(s.spec.key) as BuiltLine;
                  const p = pointAt(l, active.period);
                  if (!drawn(p ?? undefined)) return null;
                  return (
                    <circle
                      key={s.spec.key}
                      cx={x((p as SeriesPoint).t)}
                      cy={y((p as SeriesPoint).value as number)}
                      r={fontPx * 0.3}
                      fill={s.spec.color}
                    />
                  );
                })}
              </g>
            )}
          </svg>
        </div>
        {active && !narrow && tooltipBox}
      </div>
      {active && narrow && tooltipBox}
      {overview && <SeriesOverview {...overview} width={width} left={left} right={right} />}
    </>
  );
}
