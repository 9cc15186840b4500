/** The crosshair of a chart: which point the pointer is nearest to along x. Pure. */
import { nearestIndex } from '../nearest';

/** The index of the point nearest to `x` among points in ascending x (ties: the earlier); -1 when there are none. */
export function nearestByX<T>(points: readonly T[], x: number, xOf: (point: T) => number): number {
  return nearestIndex(points.length, (i) => xOf(points[i] as T), x);
}
