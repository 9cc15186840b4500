/**
 * The map's first frame on a 2D canvas (issue #20): the same shapes, colours, hatch and borders as
 * the maplibre map, in the same Web Mercator view the map opens with (its fitBounds of the region,
 * 512-pixel tiles), drawn as soon as the boundaries and the figures are here, while the map engine
 * is still starting. The map panel takes it away once the map has drawn the same colours.
 */
import type { Bbox, MapGeometry } from './geometry';
import type { CountryFill } from './join';
import { COLORS, hatchImage } from './mapStyle';
import { mercatorX, mercatorY, previewShapes, type Points } from './previewShapes';

const TILE = 512;

export { mercatorX, mercatorY } from './previewShapes';

export interface PreviewCamera {
  zoom: number;
  /** The view's centre in Mercator units (0..1 across the world). */
  center: [number, number];
  width: number;
  height: number;
}

/**
 * The view maplibre opens with for `new Map({ bounds, fitBoundsOptions: { padding } })`: the largest
 * zoom at which the box fits inside the padding (clamped to the map's zoom range), centred on the
 * box; the centre is kept inside the world's height as maplibre keeps it.
 */
export function fitCamera(bounds: Bbox, width: number, height: number, padding: number, minZoom: number, maxZoom: number): PreviewCamera {
  const [w, s, e, n] = bounds;
  const x0 = mercatorX(w);
  const x1 = mercatorX(e);
  const y0 = mercatorY(n);
  const y1 = mercatorY(s);
  const scale = Math.min((width - 2 * padding) / ((x1 - x0) * TILE), (height - 2 * padding) / ((y1 - y0) * TILE));
  const zoom = Math.max(minZoom, Math.min(maxZoom, Math.log2(scale)));
  const world = TILE * 2 ** zoom;
  const half = height / 2 / world;
  let cy = (y0 + y1) / 2;
  if (half * 2 < 1) cy = Math.max(half, Math.min(1 - half, cy));
  return { zoom, center: [(x0 + x1) / 2, cy], width, height };
}

/** The borders' width at a zoom, as the map's border layer interpolates it (mapStyle.ts). */
export function borderWidth(zoom: number): number {
  const t = Math.max(0, Math.min(1, (zoom - 1) / 4));
  return 0.4 + t * (1.1 - 0.4);
}

type Ctx = CanvasRenderingContext2D;

function hatchPattern(ctx: Ctx, dpr: number): CanvasPattern | string {
  const image = hatchImage();
  const tile = document.createElement('canvas');
  tile.width = image.width;
  tile.height = image.height;
  const tileCtx = tile.getContext('2d');
  const pattern = tileCtx
    ? (tileCtx.putImageData(new ImageData(new Uint8ClampedArray(image.data), image.width), 0, 0), ctx.createPattern(tile, 'repeat'))
    : null;
  // The map draws the hatch at pixel ratio 2: 14 image pixels are 7 CSS pixels.
  pattern?.setTransform(new DOMMatrix().scale(dpr / 2));
  return pattern ?? COLORS.noDataBase;
}

/** Draws the first frame; `selected` countries are outlined as the map outlines them. */
export function drawPreview(
  canvas: HTMLCanvasElement,
  geometry: MapGeometry,
  fills: ReadonlyMap<string, CountryFill>,
  camera: PreviewCamera,
  selected: ReadonlySet<string>,
): boolean {
  const dpr = window.devicePixelRatio || 1;
  canvas.width = Math.round(camera.width * dpr);
  canvas.height = Math.round(camera.height * dpr);
  // Drawn once, on the CPU: no GPU-backed canvas to set up beside the map engine's own context while
  // it starts (issue #20: in software GL the first frame came 40 ms sooner in the return visit's A/B).
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) return false;
  const world = TILE * 2 ** camera.zoom;
  const [cx, cy] = camera.center;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.fillStyle = COLORS.water;
  ctx.fillRect(0, 0, camera.width, camera.height);
  const hatch = hatchPattern(ctx, dpr);
  // World copies, as the map draws them: each feature where a copy of it reaches into the view.
  const left = cx - camera.width / 2 / world;
  const right = cx + camera.width / 2 / world;
  const features = previewShapes(geometry);
  // A point within half a device pixel of the last one drawn changes no pixel: at the world's zoom
  // that leaves out most of the 95,000 points, which took most of the drawing's time.
  const step = 0.5 / dpr;
  const trace = (path: Path2D, xy: Points, offset: number, close: boolean) => {
    if (xy.length === 0) return;
    const dx = (offset - cx) * world + camera.width / 2;
    const dy = -cy * world + camera.height / 2;
    let px = (xy[0] as number) * world + dx;
    let py = (xy[1] as number) * world + dy;
    path.moveTo(px, py);
    const last = xy.length - 2;
    for (let i = 2; i < xy.length; i += 2) {
      const x = (xy[i] as number) * world + dx;
      const y = (xy[i + 1] as number) * world + dy;
      if (i < last && Math.abs(x - px) < step && Math.abs(y - py) < step) continue;
      path.lineTo(x, y);
      px = x;
      py = y;
    }
    if (close) path.closePath();
  };
  const borders = new Path2D();
  const chosen = new Path2D();
  for (let k = Math.floor(left) - 1; k <= Math.ceil(right); k++) {
    for (const feature of features) {
      if (feature.maxX + k < left || feature.minX + k > right) continue;
      const { iso, outline } = feature;
      if (feature.lines) {
        for (const xy of feature.paths) {
          trace(borders, xy, k, false);
          if (selected.has(iso)) trace(chosen, xy, k, false);
        }
        continue;
      }
      const shape = new Path2D();
      for (const xy of feature.paths) trace(shape, xy, k, true);
      ctx.fillStyle = fills.get(iso)?.color ?? hatch;
      ctx.fill(shape, 'evenodd');
      if (outline) {
        borders.addPath(shape);
        if (selected.has(iso)) chosen.addPath(shape);
      }
    }
  }
  ctx.lineJoin = 'round';
  ctx.globalAlpha = 0.9;
  ctx.strokeStyle = COLORS.border;
  ctx.lineWidth = borderWidth(camera.zoom);
  ctx.stroke(borders);
  ctx.lineWidth = 4.5;
  ctx.stroke(chosen);
  ctx.globalAlpha = 1;
  ctx.strokeStyle = COLORS.selected;
  ctx.lineWidth = 2.2;
  ctx.stroke(chosen);
  return true;
}
