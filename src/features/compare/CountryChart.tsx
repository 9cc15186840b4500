/**
 * One country, both sources over time: A's releases and B's series (with its range) on one
 * chart, the gap between them shaded where both exist, the latest period of each marked, B's
 * breaks shown, and the nowcast when it is on. A compact d3 + React SVG chart.
 */
import { area, line, scaleLinear } from 'd3';
import { useMemo } from 'react';
import { Axis } from '../../components/chart/Axis';
import type { Unit } from '../../contract/schema';
import type { Observation } from '../../data/observations';
import { formatCompact, formatPeriod, formatValue } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import type { Nowcast } from './nowcast';
import { SOURCE_COLORS } from './palette';
import { bottomAxis, leftAxis, ticksOf } from '../../lib/chart/axis';
import { frameOf } from '../../lib/chart/frame';
import { padLinear, valueScale } from '../../lib/chart/scales';
import { yearTicks } from '../../lib/chart/ticks';
import { parsePeriod } from '../../lib/period';
import { BOTTOM_AXIS, VALUE_AXIS } from './axes';
import type { CountryObservations } from './periods';
import { MeasuredBox } from '../../lib/MeasuredBox';
import '../../i18n/enCompare';

interface Props {
  name: string;
  a: CountryObservations | undefined;
  b: CountryObservations | undefined;
  unit: Unit;
  aName: string;
  bName: string;
  nowcast: Nowcast | null;
}

interface Point {
  t: number;
  o: Observation;
}

const MARGIN = { top: 30, right: 18, bottom: 28, left: 58 };

const toPoints = (periods: CountryObservations | undefined): Point[] =>
  periods
    ? [...periods.values()]
        .map((o) => ({ t: parsePeriod(o.period)?.mid ?? NaN, o }))
        .filter((p) => Number.isFinite(p.t))
        .sort((p, q) => p.t - q.t)
    : [];

/** A's value at time t, linearly between its releases (null outside them). */
function interpolate(points: readonly Point[], t: number): number | null {
  for (let i = 0; i < points.length; i++) {
    const p = points[i] as Point;
    if (p.t === t) return p.o.value;
    const q = points[i + 1];
    if (q && p.t < t && t < q.t) return p.o.value + ((q.o.value - p.o.value) * (t - p.t)) / (q.t - p.t);
  }
  return null;
}

/** Drawn once its width is measured. */
export function CountryChart(props: Props) {
  return (
    <MeasuredBox className="compare-chart" fallback={560}>
      {(width) => <CountryChartBody {...props} width={width} />}
    </MeasuredBox>
  );
}

function CountryChartBody({ name, a, b, unit, aName, bName, nowcast, width }: Props & { width: number }) {
  const { t, lang } = useT();
  const height = Math.round(Math.max(220, Math.min(320, width * 0.55)));

  const aPoints = useMemo(() => toPoints(a), [a]);
  const bPoints = useMemo(() => toPoints(b), [b]);
  const nowcastPoints = useMemo(
    () => (nowcast ? nowcast.path.map((p) => ({ t: parsePeriod(p.period)?.mid ?? NaN, value: p.value, period: p.period })) : []),
    [nowcast],
  );

  if (aPoints.length === 0 && bPoints.length === 0) return <p className="muted">{t('compare.chart.none', { country: name })}</p>;

  const ts = [...aPoints.map((p) => p.t), ...bPoints.map((p) => p.t), ...nowcastPoints.map((p) => p.t)];
  const values = [
    ...aPoints.map((p) => p.o.value),
    ...bPoints.map((p) => Math.max(p.o.value, p.o.upper ?? -Infinity)),
    ...nowcastPoints.map((p) => p.value),
  ];
  const frame = frameOf(width, height, MARGIN);
  const x = scaleLinear()
    .domain(padLinear([Math.min(...ts), Math.max(...ts)], 0.3, 1))
    .range([frame.x0, frame.x1]);
  const y = valueScale('linear', [0, Math.max(...values, 1) * 1.08], [frame.y1, frame.y0], { niceCount: 5 });

  const aLine = line<Point>()
    .x((p) => x(p.t))
    .y((p) => y(p.o.value))(aPoints);
  const bLine = line<Point>()
    .x((p) => x(p.t))
    .y((p) => y(p.o.value))(bPoints);
  const withRange = bPoints.filter((p) => p.o.lower !== null && p.o.upper !== null);
  const band =
    withRange.length > 1
      ? area<Point>()
          .x((p) => x(p.t))
          .y0((p) => y(p.o.lower as number))
          .y1((p) => y(p.o.upper as number))(withRange)
      : null;
  const gapPoints = bPoints
    .map((p) => ({ t: p.t, b: p.o.value, a: interpolate(aPoints, p.t) }))
    .filter((p): p is { t: number; b: number; a: number } => p.a !== null);
  const gap =
    gapPoints.length > 1
      ? area<{ t: number; a: number; b: number }>()
          .x((p) => x(p.t))
          .y0((p) => y(p.a))
          .y1((p) => y(p.b))(gapPoints)
      : null;
  const nowcastLine =
    nowcastPoints.length > 1
      ? line<{ t: number; value: number }>()
          .x((p) => x(p.t))
          .y((p) => y(p.value))(nowcastPoints)
      : null;
  const breaks = bPoints.filter((p) => p.o.flag === 'break');
  const lastA = aPoints[aPoints.length - 1];
  const lastB = bPoints[bPoints.length - 1];
  const fmt = (v: number) => formatCompact(v, unit, lang);
  const yMarks = leftAxis(ticksOf(y.ticks(5), y, fmt), frame, VALUE_AXIS);
  const xMarks = bottomAxis(
    yearTicks(x, Math.max(2, Math.floor(width / 70)), frame.x0, frame.x1).map(({ year, at }) => ({ value: year, at, label: String(year) })),
    frame,
    BOTTOM_AXIS.plain,
  );
  const first = [...aPoints, ...bPoints].reduce((m, p) => (p.o.period < m ? p.o.period : m), '9999');
  const last = [...aPoints, ...bPoints].reduce((m, p) => (p.o.period > m ? p.o.period : m), '0000');
  const latestMark = (point: Point | undefined, side: 'a' | 'b', row: number) =>
    point && (
      <g className={`compare-latest compare-latest--${side}`}>
        <line x1={x(point.t)} x2={x(point.t)} y1={MARGIN.top - 4} y2={height - MARGIN.bottom} stroke={SOURCE_COLORS[side]} />
        <text
          x={x(point.t) + (x(point.t) > width - 90 ? -4 : 4)}
          y={MARGIN.top - 18 + row * 12}
          textAnchor={x(point.t) > width - 90 ? 'end' : 'start'}
          fill={SOURCE_COLORS[side]}
        >
          {t(side === 'a' ? 'compare.chart.latestA' : 'compare.chart.latestB', { period: formatPeriod(point.o.period, lang) })}
        </text>
        <circle cx={x(point.t)} cy={y(point.o.value)} r={6.5} fill="none" stroke={SOURCE_COLORS[side]} strokeWidth={2} />
      </g>
    );

  return (
    <>
      <svg
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={t('compare.chart.label', {
          country: name,
          a: aName,
          b: bName,
          first: formatPeriod(first, lang),
          last: formatPeriod(last, lang),
        })}
      >
        <g className="compare-axis" aria-hidden="true">
          <Axis marks={yMarks} />
          <Axis marks={xMarks} />
        </g>
        <g aria-hidden="true">
          {gap && <path d={gap} fill={SOURCE_COLORS.gap} fillOpacity={0.28} className="compare-gap" />}
          {band && <path d={band} fill={SOURCE_COLORS.b} fillOpacity={0.12} />}
          {breaks.map((p) => (
            <g key={`break-${p.o.period}`} className="compare-break">
              <line x1={x(p.t - 0.5)} x2={x(p.t - 0.5)} y1={MARGIN.top} y2={height - MARGIN.bottom} />
              <text x={x(p.t - 0.5) + 3} y={height - MARGIN.bottom - 6}>
                {t('compare.chart.breakShort')}
              </text>
            </g>
          ))}
          {aLine && <path d={aLine} fill="none" stroke={SOURCE_COLORS.a} strokeWidth={2.2} />}
          {bLine && <path d={bLine} fill="none" stroke={SOURCE_COLORS.b} strokeWidth={2.2} />}
          {nowcastLine && <path d={nowcastLine} fill="none" stroke={SOURCE_COLORS.nowcast} strokeWidth={2.2} strokeDasharray="6 4" />}
          {aPoints.map((p) => (
            <circle
              key={`a${p.o.period}`}
              cx={x(p.t)}
              cy={y(p.o.value)}
              r={3.6}
              fill={p.o.flag ? '#ffffff' : SOURCE_COLORS.a}
              stroke={SOURCE_COLORS.a}
              strokeWidth={1.6}
            />
          ))}
          {bPoints.map((p) => (
            <rect key={`b${p.o.period}`} x={x(p.t) - 3} y={y(p.o.value) - 3} width={6} height={6} fill={SOURCE_COLORS.b} />
          ))}
          {nowcastPoints.slice(1).map((p) => (
            <path
              key={`n${p.period}`}
              d="M0,-5L5,0L0,5L-5,0Z"
              transform={`translate(${x(p.t)} ${y(p.value)})`}
              fill="#ffffff"
              stroke={SOURCE_COLORS.nowcast}
              strokeWidth={1.6}
            />
          ))}
          {latestMark(lastA, 'a', 0)}
          {latestMark(lastB, 'b', 1)}
        </g>
      </svg>
      <ul className="compare-legend">
        <li>
          <svg width="22" height="10" aria-hidden="true">
            <line x1="0" y1="5" x2="22" y2="5" stroke={SOURCE_COLORS.a} strokeWidth="2.2" />
            <circle cx="11" cy="5" r="3.4" fill={SOURCE_COLORS.a} />
          </svg>
          {t('compare.chart.a', { source: aName })}
        </li>
        <li>
          <svg width="22" height="10" aria-hidden="true">
            <rect x="0" y="0" width="22" height="10" fill={SOURCE_COLORS.b} fillOpacity="0.12" />
            <line x1="0" y1="5" x2="22" y2="5" stroke={SOURCE_COLORS.b} strokeWidth="2.2" />
            <rect x="8" y="2" width="6" height="6" fill={SOURCE_COLORS.b} />
          </svg>
          {band ? t('compare.chart.bRange', { source: bName }) : t('compare.chart.b', { source: bName })}
        </li>
        {gap && (
          <li>
            <span className="compare-swatch" style={{ background: SOURCE_COLORS.gap, opacity: 0.5 }} aria-hidden="true" />
            {t('compare.chart.gap')}
          </li>
        )}
        <li>
          <svg width="14" height="14" aria-hidden="true">
            <circle cx="7" cy="7" r="5.5" fill="none" stroke="#545d68" strokeWidth="2" />
          </svg>
          {t('compare.chart.latest')}
        </li>
        {breaks.length > 0 && <li>{t('compare.chart.break', { source: bName })}</li>}
        {nowcastLine && (
          <li>
            <svg width="22" height="10" aria-hidden="true">
              <line x1="0" y1="5" x2="22" y2="5" stroke={SOURCE_COLORS.nowcast} strokeWidth="2.2" strokeDasharray="6 4" />
            </svg>
            {t('compare.chart.nowcast')}
          </li>
        )}
      </ul>
      <details className="compare-details">
        <summary>{t('compare.chart.values', { country: name })}</summary>
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t('compare.chart.values', { country: name })}>
          <table className="data-table compare-table">
            <caption className="visually-hidden">{t('compare.chart.values', { country: name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('table.period')}</th>
                <th scope="col" className="numeric">
                  {aName}
                </th>
                <th scope="col" className="numeric">
                  {bName}
                </th>
              </tr>
            </thead>
            <tbody>
              {[...new Set([...aPoints, ...bPoints].map((p) => p.o.period))].sort().map((period) => {
                const av = a?.get(period);
                const bv = b?.get(period);
                return (
                  <tr key={period}>
                    <th scope="row">{formatPeriod(period, lang)}</th>
                    <td className="numeric">{av ? formatValue(av.value, unit, lang) : ''}</td>
                    <td className="numeric">{bv ? formatValue(bv.value, unit, lang) : ''}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </details>
    </>
  );
}
