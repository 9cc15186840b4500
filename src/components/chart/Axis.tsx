/** Draws an axis described by lib/chart/axis.ts: each tick's line and label, and optionally the domain line. */
import type { AxisMark, Line } from '../../lib/chart/axis';

interface Props {
  marks: readonly AxisMark[];
  className?: string;
  /** The labels' font size (px); without it, the style sheet's. */
  fontSize?: number;
  /** A line along the axis (the plot's edge). */
  domain?: Line;
}

export function Axis({ marks, className, fontSize, domain }: Props) {
  const style = fontSize === undefined ? undefined : { fontSize };
  return (
    <g className={className}>
      {domain && <line x1={domain.x1} x2={domain.x2} y1={domain.y1} y2={domain.y2} />}
      {marks.map(({ key, label, line, text }) => (
        <g key={key}>
          {line && <line x1={line.x1} x2={line.x2} y1={line.y1} y2={line.y2} className={line.className} />}
          <text x={text.x} y={text.y} dy={text.dy} textAnchor={text.anchor} style={style}>
            {label}
          </text>
        </g>
      ))}
    </g>
  );
}
