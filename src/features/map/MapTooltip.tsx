import type { CSSProperties } from 'react';

/** What the tooltip says about one country, already in words (text only: never HTML). */
export interface TooltipInfo {
  id: string;
  name: string;
  /** The value with its unit, or null for no data. */
  value: string | null;
  /** The period the value is for. */
  period: string | null;
  /** Set when the value is from the nearest period rather than the chosen one. */
  nearest: string | null;
  /** "No data" (and how far it looked), when there is no value. */
  noData: string | null;
  /** Origin–destination mode: what the value counts. */
  context: string | null;
  source: string;
  flag: string | null;
  range: string | null;
  focus: string | null;
  selected: string | null;
}

export interface TooltipPlacement {
  x: number;
  y: number;
  /** Open to the left / above the point (near the right / bottom edge). */
  flipX: boolean;
  flipY: boolean;
}

export function MapTooltip({ info, placement, id }: { info: TooltipInfo; placement: TooltipPlacement; id?: string }) {
  const style: CSSProperties = {
    left: placement.x,
    top: placement.y,
    transform: `translate(${placement.flipX ? 'calc(-100% - 12px)' : '12px'}, ${placement.flipY ? 'calc(-100% - 12px)' : '12px'})`,
  };
  return (
    <div className="map-tooltip" role="tooltip" id={id} style={style} data-geo={info.id}>
      <p className="map-tooltip__name">{info.name}</p>
      {info.focus && <p className="map-tooltip__focus">{info.focus}</p>}
      {info.context && <p className="map-tooltip__context">{info.context}</p>}
      {info.value !== null ? (
        <p className="map-tooltip__value">
          <strong>{info.value}</strong>
          {info.period && <span className="map-tooltip__period"> · {info.period}</span>}
        </p>
      ) : (
        info.noData && <p className="map-tooltip__nodata">{info.noData}</p>
      )}
      {info.nearest && <p className="map-tooltip__nearest">{info.nearest}</p>}
      {info.range && <p>{info.range}</p>}
      {info.flag && <p>{info.flag}</p>}
      <p className="map-tooltip__source">{info.source}</p>
      {info.selected && <p className="map-tooltip__selected">{info.selected}</p>}
    </div>
  );
}
