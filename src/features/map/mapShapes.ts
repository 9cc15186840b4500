/**
 * What the map's first load needs of its shapes without the code that builds them (geometry.ts,
 * loaded with the boundaries): boxes, their union and the shapes left off the map.
 */
/** [west, south, east, north] in degrees; west < east, and east may exceed 180. */
export type Bbox = [number, number, number, number];

/**
 * Shapes left off the map: Antarctica has no permanent population (so no values) and on a Web
 * Mercator map it would take up the bottom third of the world view.
 */
export const HIDDEN_SHAPES: ReadonlySet<string> = new Set(['ATA']);

export const unite = (u: Bbox, b: Bbox): Bbox => [Math.min(u[0], b[0]), Math.min(u[1], b[1]), Math.max(u[2], b[2]), Math.max(u[3], b[3])];

/** The smallest box around boxes, taking the shorter way around the antimeridian. */
export function unionBounds(boxes: readonly Bbox[]): Bbox | null {
  if (boxes.length === 0) return null;
  const union = (list: readonly Bbox[]): Bbox => list.reduce<Bbox>(unite, [Infinity, Infinity, -Infinity, -Infinity]);
  const asIs = union(boxes);
  // The same boxes with the western hemisphere moved one turn east (Pacific views).
  const shifted = union(boxes.map((b) => ((b[0] + b[2]) / 2 < 0 ? [b[0] + 360, b[1], b[2] + 360, b[3]] : b)));
  return shifted[2] - shifted[0] < asIs[2] - asIs[0] - 1e-9 ? shifted : asIs;
}
