/** How the comparison's charts draw their axes (lib/chart/axis.ts). */
import type { AxisOptions } from '../../lib/chart/axis';

const gridClass = () => 'compare-grid';

/** Values: a grid line across the plot, the label left of it. */
export const VALUE_AXIS: AxisOptions = { line: 'grid', labelGap: 6, labelShift: 4, lineClass: gridClass };

/** Under the plot: the label below it, with or without a grid line. */
export const BOTTOM_AXIS = {
  grid: { line: 'grid', labelGap: 16, lineClass: gridClass },
  plain: { line: 'none', labelGap: 16 },
} satisfies Record<string, AxisOptions>;
