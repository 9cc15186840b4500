/**
 * B / A per country on a world map (or per unit of a level below the country on its map), coloured with the app's ratio scale (lib/scales: diverging
 * around 1 on a log scale, built for the main map). A compact d3-geo SVG choropleth: the main
 * map is a maplibre canvas bound to the view's series, and a second WebGL map for one static
 * picture would cost more than it gives. The shapes are projected once (ratioMapProjection.ts) into
 * a fixed viewBox that the SVG scales to its width.
 */
import { useHoverStore } from '../../state/hoverStore';
import { useMemo, useRef, useState, type CSSProperties } from 'react';
import { formatPeriod, formatValue } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { buildColorScale } from '../../lib/scales';
import { useViewStore } from '../../state/store';
import { ErrorState, LoadingState } from '../../components/PanelStatus';
import type { PairsView } from './compareModel';
import { formatRatio } from './format';
import type { LevelId } from '../../contract/levels';
import type { LevelBoundaries } from '../../data/boundaries';
import { MAP_WIDTH, projectShapes } from './ratioMapProjection';
import { useLevelShapes } from './useCompareData';
import '../../i18n/enCompare';
import '../../i18n/enLevels';

export const NO_PAIR_COLOR = '#e4e6ea';

interface Props extends PairsView {
  level: LevelId;
  /** The level's boundaries file (levelBoundaries in data/boundaries.ts). */
  boundaries: LevelBoundaries;
}

export function RatioMap({ pairs, unit, aName, bName, period, names, level, boundaries }: Props) {
  const { t, lang } = useT();
  const shapesQuery = useLevelShapes(boundaries);
  const selected = useViewStore((s) => s.view.countries);
  const toggleCountry = useViewStore((s) => s.toggleCountry);
  const [pointer, setPointer] = useState<{ id: string; x: number; y: number; width: number } | null>(null);
  const sharedHover = useHoverStore((s) => s.geo);
  const setSharedHover = useHoverStore((s) => s.setGeo);
  // The tooltip follows the pointer on this map; a country hovered in another view is outlined.
  const hovered = pointer && pointer.id === sharedHover ? pointer : null;
  const setHovered = (next: { id: string; x: number; y: number; width: number } | null) => {
    setPointer(next);
    setSharedHover(next?.id ?? null);
  };
  const wrapper = useRef<HTMLDivElement>(null);

  const byGeo = useMemo(() => new Map(pairs.map((p) => [p.geo, p])), [pairs]);
  const { shapes, height } = useMemo(
    () => (shapesQuery.data ? projectShapes(level, shapesQuery.data, new Set(byGeo.keys())) : { shapes: [], height: 0 }),
    [shapesQuery.data, level, byGeo],
  );
  const scale = useMemo(
    () =>
      buildColorScale(
        pairs.map((p) => p.ratio),
        { mode: { kind: 'ratio' }, method: 'continuous', log: true },
      ),
    [pairs],
  );

  const over = pairs.filter((p) => p.ratio > 1).length;
  const under = pairs.filter((p) => p.ratio < 1).length;
  const hoveredPair = hovered ? byGeo.get(hovered.id) : undefined;

  let body;
  if (shapesQuery.isPending) body = <LoadingState />;
  else if (shapesQuery.isError)
    body = (
      <ErrorState
        what={level === 'country' ? t('compare.map.shapes') : t('compare.map.shapesLevel', { units: t(`level.units.${level}`) })}
        error={shapesQuery.error}
        onRetry={() => void shapesQuery.refetch()}
      />
    );
  else
    body = (
      <div className="compare-map__frame" ref={wrapper}>
        <svg
          viewBox={`0 0 ${MAP_WIDTH} ${height}`}
          data-level={level}
          role="img"
          aria-label={
            level === 'country'
              ? t('compare.map.label', { a: aName, b: bName, period: formatPeriod(period, lang), over, under })
              : t('compare.map.labelLevel', { a: aName, b: bName, by: t(`level.by.${level}`), period: formatPeriod(period, lang), over, under })
          }
          onPointerLeave={() => setHovered(null)}
        >
          <defs>
            <pattern id="compare-nodata" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="6" height="6" fill={NO_PAIR_COLOR} />
              <line x1="0" y1="0" x2="0" y2="6" stroke="#c4c8ce" strokeWidth="1.5" />
            </pattern>
          </defs>
          {shapes.map((shape) => {
            const pair = byGeo.get(shape.id);
            const color = pair ? scale.colorOf(pair.ratio) : null;
            const isSelected = selected.includes(shape.id);
            const isHovered = shape.id === sharedHover;
            return (
              <path
                key={shape.id}
                d={shape.d}
                data-geo={shape.id}
                fill={color ?? 'url(#compare-nodata)'}
                stroke={isHovered ? '#c2410c' : isSelected ? '#1b1f24' : '#ffffff'}
                strokeWidth={isHovered ? 2 : isSelected ? 1.6 : 0.4}
                className={names.has(shape.id) ? 'compare-map__country' : undefined}
                onPointerMove={(e) => {
                  const box = wrapper.current?.getBoundingClientRect();
                  if (box) setHovered({ id: shape.id, x: e.clientX - box.left, y: e.clientY - box.top, width: box.width });
                }}
                onClick={() => names.has(shape.id) && toggleCountry(shape.id)}
              />
            );
          })}
        </svg>
        {hovered && names.has(hovered.id) && (
          <div
            className="compare-tooltip"
            role="tooltip"
            style={{
              left: hovered.x > hovered.width - 230 ? undefined : hovered.x + 14,
              right: hovered.x > hovered.width - 230 ? hovered.width - hovered.x + 14 : undefined,
              top: Math.max(0, hovered.y - 10),
            }}
          >
            <strong>{names.get(hovered.id)}</strong>
            {hoveredPair ? (
              <>
                <span>{t('compare.tooltip.ratio', { ratio: formatRatio(hoveredPair.ratio, lang) })}</span>
                <span>
                  {t('compare.tooltip.a', { period: formatPeriod(hoveredPair.a.period, lang), value: formatValue(hoveredPair.a.value, unit, lang) })}
                </span>
                <span>
                  {t('compare.tooltip.b', { period: formatPeriod(hoveredPair.b.period, lang), value: formatValue(hoveredPair.b.value, unit, lang) })}
                </span>
              </>
            ) : (
              <span>{t('compare.map.noPair')}</span>
            )}
          </div>
        )}
      </div>
    );

  const domain = scale.domain;
  const gradient = scale.gradient.map((s) => `${s.color} ${(s.offset * 100).toFixed(1)}%`).join(', ');
  return (
    <div className="compare-map">
      {body}
      <div className="compare-map__legend">
        {domain && (
          <>
            <div className="compare-map__bar" aria-hidden="true" style={{ background: `linear-gradient(to right, ${gradient})` }} />
            <div className="compare-map__ticks">
              <span>{formatRatio(domain[0], lang)}</span>
              {/* ×1 where it does not run into an end's label (a domain far from symmetric, as ×0.72 … ×150) */}
              {domain[0] < 1 && domain[1] > 1 && scale.offsetOf(1) > 0.12 && scale.offsetOf(1) < 0.88 && (
                <span className="compare-map__one" style={{ '--at': `${scale.offsetOf(1) * 100}%` } as CSSProperties}>
                  ×1
                </span>
              )}
              <span>{formatRatio(domain[1], lang)}</span>
            </div>
            <div className="compare-map__words">
              <span>
                <span aria-hidden="true">← </span>
                {t('compare.map.under', { count: under })}
              </span>
              <span>
                {t('compare.map.over', { count: over })}
                <span aria-hidden="true"> →</span>
              </span>
            </div>
          </>
        )}
        <p className="compare-map__nodata">
          <span className="compare-swatch" style={{ background: NO_PAIR_COLOR }} aria-hidden="true" />
          {t('compare.map.noPair')}
        </p>
      </div>
    </div>
  );
}
