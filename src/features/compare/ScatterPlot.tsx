/**
 * B against A across countries, both on log scales: the identity line (B = A), the fitted line
 * (least squares on the logs), a point per country coloured and shaped by region, outliers and
 * selected countries labelled. Hover shows a tooltip; a click selects the country for the whole
 * app (store.toggleCountry). Drawn with d3 scales as React SVG.
 */
import { Delaunay, symbol } from 'd3';
import { useHoverStore } from '../../state/hoverStore';
import { useMemo, type MouseEvent } from 'react';
import { Axis } from '../../components/chart/Axis';
import type { Unit } from '../../contract/schema';
import { formatCompact, formatPeriod, formatValue } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { bottomAxis, leftAxis, ticksOf } from '../../lib/chart/axis';
import { frameOf, textWidth } from '../../lib/chart/frame';
import { padLog, valueScale } from '../../lib/chart/scales';
import { logTicks } from '../../lib/chart/ticks';
import { useViewStore } from '../../state/store';
import { BOTTOM_AXIS, VALUE_AXIS } from './axes';
import type { ComparedPair } from './compareModel';
import { gapOf } from './disagreement';
import { formatRatio } from './format';
import { placeLabels } from './labels';
import { regionStyle, UNGROUPED } from './palette';
import type { LinearFit } from './stats';
import { MeasuredBox } from '../../lib/MeasuredBox';
import { useLevelT } from './levelText';
import '../../i18n/enCompare';

export interface ScatterProps {
  pairs: readonly ComparedPair[];
  fit: LinearFit | null;
  unit: Unit;
  aName: string;
  bName: string;
  period: string;
  names: ReadonlyMap<string, string>;
  /** Region id of each country. */
  regionOf: ReadonlyMap<string, string>;
  /** The top-level regions (id, localized name), in legend order; empty: the points are not grouped (below the country level) and the legend names no region. */
  regions: readonly { id: string; name: string }[];
  /** Drawn lower, to fit a first screen beside the statistics (a phone, embed and presenter modes). */
  compact?: boolean;
}

const MARGIN = { top: 14, right: 16, bottom: 46, left: 62 };
const HIT_RADIUS = 18;
/** A label's size (11 px text, bold when selected), for placing labels apart: generous, so that real text stays inside. */
const LABEL_CHAR = 6.4;
const LABEL_CHAR_BOLD = 7.2;
const LABEL_HEIGHT = 13;

/** Drawn once its width is measured. */
export function ScatterPlot(props: ScatterProps) {
  return (
    <MeasuredBox className="compare-scatter" fallback={560}>
      {(width) => <ScatterPlotBody {...props} width={width} />}
    </MeasuredBox>
  );
}

function ScatterPlotBody({
  pairs,
  fit,
  unit,
  aName,
  bName,
  period,
  names,
  regionOf,
  regions,
  compact = false,
  width,
}: ScatterProps & { width: number }) {
  const { t, lang } = useT();
  const tl = useLevelT();
  const height = Math.round(compact ? Math.max(190, Math.min(260, width * 0.5)) : Math.max(260, Math.min(440, width * 0.72)));
  const frame = useMemo(() => frameOf(width, height, MARGIN), [width, height]);
  const selected = useViewStore((s) => s.view.countries);
  const toggleCountry = useViewStore((s) => s.toggleCountry);
  const hovered = useHoverStore((s) => s.geo);
  const setHovered = useHoverStore((s) => s.setGeo);

  const drawn = useMemo(() => pairs.filter((p) => p.a.value > 0 && p.b.value > 0), [pairs]);
  const geometry = useMemo(() => {
    if (drawn.length === 0) return null;
    let lo = Infinity;
    let hi = -Infinity;
    for (const p of drawn) {
      lo = Math.min(lo, p.a.value, p.b.value);
      hi = Math.max(hi, p.a.value, p.b.value);
    }
    // A little room around the points (a factor, this being a log scale).
    const domain = padLog([lo, hi], 1.4);
    const x = valueScale('log', [lo, hi], [frame.x0, frame.x1], { logFactor: 1.4 });
    const y = valueScale('log', [lo, hi], [frame.y1, frame.y0], { logFactor: 1.4 });
    const points = drawn.map((p) => ({ pair: p, px: x(p.a.value), py: y(p.b.value) }));
    const delaunay = Delaunay.from(
      points,
      (p) => p.px,
      (p) => p.py,
    );
    // Powers of ten alone (two at least, else the scale's own ticks): both axes show the same ones.
    return { domain, x, y, points, delaunay, ticks: logTicks(domain, Infinity, () => x.ticks(4), { mantissas: [[1]], minTicks: 2 }) };
  }, [drawn, frame]);

  const grouped = regions.length > 0;
  const regionCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const p of drawn) {
      const region = regionOf.get(p.geo) ?? 'other';
      counts.set(region, (counts.get(region) ?? 0) + 1);
    }
    return counts;
  }, [drawn, regionOf]);

  if (!geometry) return <p className="muted">{t('compare.scatter.empty')}</p>;
  const { domain, x, y, points, delaunay, ticks } = geometry;

  const locate = (event: MouseEvent<SVGSVGElement>): string | null => {
    const box = event.currentTarget.getBoundingClientRect();
    const scale = box.width > 0 ? width / box.width : 1;
    const mx = (event.clientX - box.left) * scale;
    const my = (event.clientY - box.top) * scale;
    const index = delaunay.find(mx, my);
    const point = points[index];
    if (!point) return null;
    return Math.hypot(point.px - mx, point.py - my) <= HIT_RADIUS ? point.pair.geo : null;
  };

  const fmt = (v: number) => formatCompact(v, unit, lang);
  /** The axis title with the source's name when it fits (about 6.5 px a character at 12 px), else "A (log scale)". */
  const axisTitle = (axis: 'x' | 'y') => {
    const full = t(axis === 'x' ? 'compare.scatter.x' : 'compare.scatter.y', { source: axis === 'x' ? aName : bName });
    const room = axis === 'x' ? frame.x1 - frame.x0 : frame.y1 - frame.y0;
    return textWidth(full.length, 6.5) <= room ? full : t(axis === 'x' ? 'compare.scatter.xShort' : 'compare.scatter.yShort');
  };
  const nameOf = (geo: string) => names.get(geo) ?? geo;
  const hoveredPoint = hovered ? points.find((p) => p.pair.geo === hovered) : undefined;
  const fitLine = fit && [domain[0], domain[1]].map((v) => ({ px: x(v), py: y(10 ** (fit.intercept + fit.slope * Math.log10(v))) }));
  const clipId = `compare-scatter-clip`;
  // Selected countries first, then outliers furthest from agreement first; a label that would
  // overlap another (or leave the plot) is left out (labels.ts).
  const labelled = points
    .filter((p) => p.pair.outlier || selected.includes(p.pair.geo))
    .sort((p, q) => Number(selected.includes(q.pair.geo)) - Number(selected.includes(p.pair.geo)) || (gapOf(q.pair) ?? 0) - (gapOf(p.pair) ?? 0));
  const labels = placeLabels(
    labelled.map(({ pair, px, py }) => ({
      id: pair.geo,
      px,
      py,
      width: textWidth(nameOf(pair.geo).length, selected.includes(pair.geo) ? LABEL_CHAR_BOLD : LABEL_CHAR),
      height: LABEL_HEIGHT,
    })),
    { x: MARGIN.left, y: MARGIN.top, width: width - MARGIN.left - MARGIN.right, height: height - MARGIN.top - MARGIN.bottom },
  );
  // Selected points are drawn last, on top.
  const ordered = [...points].sort((p, q) => Number(selected.includes(p.pair.geo)) - Number(selected.includes(q.pair.geo)));

  return (
    <>
      <svg
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={tl('compare.scatter.label', { a: aName, b: bName, count: drawn.length, period: formatPeriod(period, lang) })}
        onPointerMove={(e) => setHovered(locate(e))}
        onPointerLeave={() => setHovered(null)}
        onClick={(e) => {
          const geo = locate(e);
          if (geo) toggleCountry(geo);
        }}
        style={{ cursor: hovered ? 'pointer' : 'default' }}
      >
        <defs>
          <clipPath id={clipId}>
            <rect x={MARGIN.left} y={MARGIN.top} width={width - MARGIN.left - MARGIN.right} height={height - MARGIN.top - MARGIN.bottom} />
          </clipPath>
        </defs>
        <g className="compare-axis" aria-hidden="true">
          <Axis marks={bottomAxis(ticksOf(ticks, x, fmt), frame, BOTTOM_AXIS.grid)} />
          <Axis marks={leftAxis(ticksOf(ticks, y, fmt), frame, VALUE_AXIS)} />
          <text x={(MARGIN.left + width - MARGIN.right) / 2} y={height - 8} textAnchor="middle" className="compare-axis__title">
            {axisTitle('x')}
          </text>
          <text
            transform={`translate(14 ${(MARGIN.top + height - MARGIN.bottom) / 2}) rotate(-90)`}
            textAnchor="middle"
            className="compare-axis__title"
          >
            {axisTitle('y')}
          </text>
        </g>
        <g clipPath={`url(#${clipId})`} aria-hidden="true">
          <line x1={x(domain[0])} y1={y(domain[0])} x2={x(domain[1])} y2={y(domain[1])} className="compare-identity" />
          {fitLine && <line x1={fitLine[0]?.px} y1={fitLine[0]?.py} x2={fitLine[1]?.px} y2={fitLine[1]?.py} className="compare-fit" />}
          {ordered.map(({ pair, px, py }) => {
            const style = grouped ? regionStyle(regionOf.get(pair.geo) ?? 'other') : UNGROUPED;
            const isSelected = selected.includes(pair.geo);
            const isHovered = pair.geo === hovered;
            return (
              <path
                key={pair.geo}
                data-geo={pair.geo}
                d={symbol(style.symbol, isSelected || isHovered ? 130 : 52)() ?? ''}
                transform={`translate(${px.toFixed(1)} ${py.toFixed(1)})`}
                fill={style.color}
                fillOpacity={isSelected || isHovered ? 1 : 0.78}
                stroke={isSelected ? '#1b1f24' : '#ffffff'}
                strokeWidth={isSelected ? 2 : 0.8}
              />
            );
          })}
          {labels.map((label) => (
            <text
              key={`label-${label.id}`}
              data-label={label.id}
              x={label.x.toFixed(1)}
              y={label.y.toFixed(1)}
              textAnchor={label.anchor}
              className={selected.includes(label.id) ? 'compare-label compare-label--selected' : 'compare-label'}
            >
              {nameOf(label.id)}
            </text>
          ))}
        </g>
      </svg>
      {hoveredPoint && (
        <div
          className="compare-tooltip"
          role="tooltip"
          style={{
            left: hoveredPoint.px > width - 230 ? undefined : hoveredPoint.px + 14,
            right: hoveredPoint.px > width - 230 ? width - hoveredPoint.px + 14 : undefined,
            top: Math.max(0, hoveredPoint.py - 20),
          }}
        >
          <strong>{nameOf(hoveredPoint.pair.geo)}</strong>
          <span>
            {t('compare.tooltip.a', {
              period: formatPeriod(hoveredPoint.pair.a.period, lang),
              value: formatValue(hoveredPoint.pair.a.value, unit, lang),
            })}
          </span>
          <span>
            {t('compare.tooltip.b', {
              period: formatPeriod(hoveredPoint.pair.b.period, lang),
              value: formatValue(hoveredPoint.pair.b.value, unit, lang),
            })}
          </span>
          <span>{t('compare.tooltip.ratio', { ratio: formatRatio(hoveredPoint.pair.ratio, lang) })}</span>
          <span className="muted">{t(selected.includes(hoveredPoint.pair.geo) ? 'compare.tooltip.deselect' : 'compare.tooltip.select')}</span>
        </div>
      )}
      <ul className="compare-legend" aria-label={t('compare.scatter.legend')}>
        {(grouped ? [...regions, { id: 'other', name: t('compare.region.other') }] : [])
          .filter((r) => (regionCounts.get(r.id) ?? 0) > 0)
          .map((r) => {
            const style = regionStyle(r.id);
            return (
              <li key={r.id} data-shape={style.shape}>
                <svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true">
                  <path d={symbol(style.symbol, 60)() ?? ''} fill={style.color} />
                </svg>
                {r.name} ({regionCounts.get(r.id)})
              </li>
            );
          })}
        <li>
          <svg width="22" height="10" aria-hidden="true">
            <line x1="0" y1="5" x2="22" y2="5" className="compare-identity" />
          </svg>
          {t('compare.scatter.identity')}
        </li>
        {fit && (
          <li>
            <svg width="22" height="10" aria-hidden="true">
              <line x1="0" y1="5" x2="22" y2="5" className="compare-fit" />
            </svg>
            {t('compare.scatter.fit', { slope: new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(fit.slope) })}
          </li>
        )}
        {labelled.some((p) => p.pair.outlier) && <li className="muted">{tl('compare.scatter.outliers')}</li>}
      </ul>
    </>
  );
}
