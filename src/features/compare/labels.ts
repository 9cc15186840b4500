/**
 * Where the scatter's labels go: each label tries a few places around its point (right, left,
 * above, below) and takes the first that stays inside the plot and overlaps no label placed
 * before it and no labelled point's mark; a label with no such place is left out (the point
 * stays, its name is in the tooltip, the table and the ranked lists). Labels are placed in the
 * order given, so the caller puts first the ones that matter most. Pure.
 */

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelRequest {
  id: string;
  /** The point, in SVG pixels. */
  px: number;
  py: number;
  /** The label's size, in SVG pixels. */
  width: number;
  height: number;
}

export interface PlacedLabel {
  id: string;
  /** The text's anchor point: x at its start or end, y at its baseline. */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  box: Box;
}

/** Pixels between a point and its label, and around each label. */
const OFFSET = 7;
const GAP = 1;
/** Half the size of a point's mark, kept clear of other labels. */
const MARK = 4;

/** Whether two boxes overlap (touching edges do not). */
export function intersects(p: Box, q: Box): boolean {
  return p.x < q.x + q.width && q.x < p.x + p.width && p.y < q.y + q.height && q.y < p.y + p.height;
}

const inside = (box: Box, bounds: Box) =>
  box.x >= bounds.x && box.y >= bounds.y && box.x + box.width <= bounds.x + bounds.width && box.y + box.height <= bounds.y + bounds.height;

/** The places a label may take around its point, in order of preference. */
function candidates(r: LabelRequest): PlacedLabel[] {
  // The baseline sits at 80 % of the box's height (a descender's room under it).
  const place = (left: number, top: number, anchor: PlacedLabel['anchor']): PlacedLabel => ({
    id: r.id,
    x: anchor === 'start' ? left : anchor === 'end' ? left + r.width : left + r.width / 2,
    y: top + r.height * 0.8,
    anchor,
    box: { x: left, y: top, width: r.width, height: r.height },
  });
  const right = r.px + OFFSET;
  const left = r.px - OFFSET - r.width;
  const middle = r.px - r.width / 2;
  return [
    place(right, r.py - r.height - 2, 'start'),
    place(right, r.py - r.height / 2, 'start'),
    place(right, r.py + 2, 'start'),
    place(left, r.py - r.height - 2, 'end'),
    place(left, r.py - r.height / 2, 'end'),
    place(left, r.py + 2, 'end'),
    place(middle, r.py - OFFSET - r.height, 'middle'),
    place(middle, r.py + OFFSET, 'middle'),
  ];
}

/** Places the labels, in order; those that fit nowhere are left out. */
export function placeLabels(requests: readonly LabelRequest[], bounds: Box): PlacedLabel[] {
  const marks: Box[] = requests.map((r) => ({ x: r.px - MARK, y: r.py - MARK, width: 2 * MARK, height: 2 * MARK }));
  const placed: PlacedLabel[] = [];
  for (const request of requests) {
    const padded = (box: Box): Box => ({ x: box.x - GAP, y: box.y - GAP, width: box.width + 2 * GAP, height: box.height + 2 * GAP });
    const fit = candidates(request).find(
      (c) => inside(c.box, bounds) && !placed.some((p) => intersects(padded(c.box), p.box)) && !marks.some((m) => intersects(c.box, m)),
    );
    if (fit) placed.push(fit);
  }
  return placed;
}
