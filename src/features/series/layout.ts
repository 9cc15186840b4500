/**
 * Direct-label placement at line ends. Pure.
 */

export interface LabelItem {
  key: string;
  /** Where the label would like to sit (the y of its line's last point). */
  y: number;
}

/**
 * Vertical positions for labels at line ends, at least `gap` apart, within [top, bottom], each
 * as close to its wanted y as the others allow, keeping their order. Labels that cannot all fit
 * are squeezed evenly over the range.
 */
export function placeLabels(items: readonly LabelItem[], gap: number, top: number, bottom: number): Map<string, number> {
  const sorted = [...items].sort((a, b) => a.y - b.y || (a.key < b.key ? -1 : 1));
  const out = new Map<string, number>();
  const n = sorted.length;
  if (n === 0) return out;
  if ((n - 1) * gap > bottom - top) {
    const step = n === 1 ? 0 : (bottom - top) / (n - 1);
    sorted.forEach((item, i) => out.set(item.key, top + i * step));
    return out;
  }
  const ys = sorted.map((item) => Math.min(bottom, Math.max(top, item.y)));
  // Push down from the top, then up from the bottom: each pass keeps the gap and the order.
  for (let i = 1; i < n; i++) ys[i] = Math.max(ys[i] as number, (ys[i - 1] as number) + gap);
  ys[n - 1] = Math.min(ys[n - 1] as number, bottom);
  for (let i = n - 2; i >= 0; i--) ys[i] = Math.min(ys[i] as number, (ys[i + 1] as number) - gap);
  // Then relax towards the wanted positions where a label has room (one pass each way).
  for (let i = 0; i < n; i++) {
    const want = Math.min(bottom, Math.max(top, (sorted[i] as LabelItem).y));
    const lo = i === 0 ? top : (ys[i - 1] as number) + gap;
    const hi = i === n - 1 ? bottom : (ys[i + 1] as number) - gap;
    ys[i] = Math.min(hi, Math.max(lo, want));
  }
  sorted.forEach((item, i) => out.set(item.key, ys[i] as number));
  return out;
}
