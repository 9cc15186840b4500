import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { bottomAxis, bottomEdge, leftAxis, ticksOf } from '../../lib/chart/axis';
import { frameOf } from '../../lib/chart/frame';
import { Axis } from './Axis';

// The markup the charts draw for fixed inputs, as Observable Plot tests its marks.
const frame = frameOf(300, 200, { top: 20, right: 10, bottom: 30, left: 40 });
const y = (v: number) => 170 - v * 1.5;
const x = (v: number) => 40 + (v - 2000) * 10;

function svgOf(element: React.ReactElement): string {
  return render(<svg>{element}</svg>).container.innerHTML;
}

describe('Axis', () => {
  it('draws the time series axes: grid with its baseline, ticks, domain line, font size', () => {
    const yMarks = leftAxis(
      ticksOf([0, 100], y, (v) => `${v}K`),
      frame,
      { line: 'grid', labelGap: 6, labelDy: '0.32em', lineClass: (v) => (v === 0 ? 'zero' : undefined) },
    );
    expect(svgOf(<Axis className="series-chart__grid" marks={yMarks} fontSize={12.8} />)).toMatchInlineSnapshot(
      `"<svg><g class="series-chart__grid"><g><line x1="40" x2="290" y1="170" y2="170" class="zero"></line><text x="34" y="170" dy="0.32em" text-anchor="end" style="font-size: 12.8px;">0K</text></g><g><line x1="40" x2="290" y1="20" y2="20"></line><text x="34" y="20" dy="0.32em" text-anchor="end" style="font-size: 12.8px;">100K</text></g></g></svg>"`,
    );
    const xMarks = bottomAxis(ticksOf([2000, 2010], x, String), frame, { line: 'tick', tickSize: 5, labelGap: 6 + 12.8 });
    expect(svgOf(<Axis className="series-chart__xaxis" marks={xMarks} fontSize={12.8} domain={bottomEdge(frame)} />)).toMatchInlineSnapshot(
      `"<svg><g class="series-chart__xaxis"><line x1="40" x2="290" y1="170" y2="170"></line><g><line x1="40" x2="40" y1="170" y2="175"></line><text x="40" y="188.8" text-anchor="middle" style="font-size: 12.8px;">2000</text></g><g><line x1="140" x2="140" y1="170" y2="175"></line><text x="140" y="188.8" text-anchor="middle" style="font-size: 12.8px;">2010</text></g></g></svg>"`,
    );
  });

  it('draws the comparison axes: grid lines, shifted labels, the style sheet font', () => {
    const gridClass = () => 'compare-grid';
    const yMarks = leftAxis(ticksOf([50], y, String), frame, { line: 'grid', labelGap: 6, labelShift: 4, lineClass: gridClass });
    expect(svgOf(<Axis marks={yMarks} />)).toMatchInlineSnapshot(
      `"<svg><g><g><line x1="40" x2="290" y1="95" y2="95" class="compare-grid"></line><text x="34" y="99" text-anchor="end">50</text></g></g></svg>"`,
    );
    const xMarks = bottomAxis(ticksOf([2005], x, String), frame, { line: 'none', labelGap: 16 });
    expect(svgOf(<Axis marks={xMarks} />)).toMatchInlineSnapshot(`"<svg><g><g><text x="90" y="186" text-anchor="middle">2005</text></g></g></svg>"`);
  });

  it('draws nothing but its group without ticks', () => {
    expect(svgOf(<Axis marks={[]} />)).toBe('<svg><g></g></svg>');
  });
});
