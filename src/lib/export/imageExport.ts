/**
 * Turns a panel's registered export into a PNG or SVG file (browser only: canvas, XMLSerializer).
 */
import { drawFigure, escapeXml, figureSvg, FONT_FAMILY, layoutFigure, type FigureTexts, type Measure } from './figure';
import type { ExportGraphic, PanelExport } from './registry';

/** Computed style properties copied onto the exported SVG, so it looks the same outside the page. */
const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
] as const;

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * A copy of a live SVG chart with its computed styles written inline (the page's style sheets do
 * not travel with the file), without what is hidden, and without event or accessibility-only attributes.
 */
export function cloneSvgWithStyles(svg: SVGSVGElement, box: { width: number; height: number }): SVGSVGElement {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  const hidden: Element[] = [];
  originals.forEach((original, i) => {
    const copy = copies[i];
    if (!copy) return;
    const style = window.getComputedStyle(original);
    if (style.display === 'none' || style.visibility === 'hidden') {
      hidden.push(copy);
      return;
    }
    const declarations = STYLE_PROPERTIES.map((property) => [property, style.getPropertyValue(property)] as const)
      .filter(([, value]) => value !== '')
      .map(([property, value]) => `${property}:${value}`);
    if (declarations.length > 0) copy.setAttribute('style', declarations.join(';'));
    for (const attribute of [...copy.attributes]) {
      if (/^on/i.test(attribute.name) || attribute.name === 'tabindex' || attribute.name === 'focusable' || attribute.name.startsWith('aria-')) {
        copy.removeAttribute(attribute.name);
      }
    }
  });
  for (const element of hidden) element.remove();
  clone.setAttribute('xmlns', SVG_NS);
  clone.setAttribute('width', String(Math.round(box.width)));
  clone.setAttribute('height', String(Math.round(box.height)));
  if (!clone.getAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${Math.round(box.width)} ${Math.round(box.height)}`);
  clone.setAttribute('overflow', 'visible');
  return clone;
}

function serialize(element: Element): string {
  return new XMLSerializer().serializeToString(element);
}

let measureContext: CanvasRenderingContext2D | null | undefined;

/** Text widths from a canvas (the same fonts the PNG uses); a rough estimate where there is no canvas. */
export const measureText: Measure = (text, size, weight) => {
  if (measureContext === undefined) {
    try {
      measureContext = document.createElement('canvas').getContext('2d');
    } catch {
      measureContext = null;
    }
  }
  if (!measureContext) return text.length * size * (weight === 'bold' ? 0.6 : 0.55);
  measureContext.font = `${weight === 'bold' ? 'bold ' : ''}${size}px ${FONT_FAMILY}`;
  return measureContext.measureText(text).width;
};

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('The picture could not be drawn.'));
    image.src = url;
  });
}

/** An SVG document as an image to draw on a canvas: from a blob: URL, else a data: URL (whichever the page's CSP allows). */
async function svgImage(markup: string): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
  try {
    return await loadImage(url);
  } catch {
    return await loadImage(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`);
  } finally {
    URL.revokeObjectURL(url);
  }
}

function canvasBlob(canvas: HTMLCanvasElement, type: string): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The picture could not be encoded.'))), type);
  });
}

export type ImageFormat = 'png' | 'svg';

export interface ImageTexts {
  source: string;
  footer: string;
  /** What the picture shows, for the SVG's <desc>. */
  description: string;
  /** Written on the graphic itself (e.g. "DEMO DATA" when a demo source is pictured). */
  watermark?: string | null;
}

async function graphicOf(panel: PanelExport): Promise<ExportGraphic> {
  const graphic = await panel.graphic();
  if (!graphic || graphic.width <= 0 || graphic.height <= 0) throw new Error('Nothing to export yet: the panel has not been drawn.');
  return graphic;
}

/** The panel as a PNG (at twice the CSS size) or an SVG file, with title, legend, source line and date. */
export async function renderPanelImage(panel: PanelExport, texts: ImageTexts, format: ImageFormat): Promise<Blob> {
  const graphic = await graphicOf(panel);
  const figure: FigureTexts = {
    title: panel.title,
    subtitle: panel.subtitle,
    legendTitle: panel.legendTitle,
    legend: panel.legend,
    notes: panel.notes,
    source: texts.source,
    footer: texts.footer,
    watermark: texts.watermark ?? null,
  };
  const layout = layoutFigure(figure, graphic, measureText);
  const box = layout.items.find((item) => item.type === 'graphic');
  if (!box || box.type !== 'graphic') throw new Error('No room for the graphic.');

  const chart = graphic.kind === 'svg' ? cloneSvgWithStyles(graphic.svg, graphic) : null;

  if (format === 'svg') {
    let markup: string;
    if (chart) {
      chart.setAttribute('x', String(box.x));
      chart.setAttribute('y', String(box.y));
      markup = serialize(chart);
    } else {
      const href = (graphic as Extract<ExportGraphic, { kind: 'raster' }>).canvas.toDataURL('image/png');
      markup = `<image x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" href="${escapeXml(href)}" xlink:href="${escapeXml(href)}" preserveAspectRatio="xMidYMid meet"/>`;
    }
    const svg = figureSvg(layout, markup, { title: panel.title, description: texts.description });
    return new Blob([svg], { type: 'image/svg+xml;charset=utf-8' });
  }

  const source: CanvasImageSource = chart ? await svgImage(serialize(chart)) : (graphic as Extract<ExportGraphic, { kind: 'raster' }>).canvas;
  const scale = 2;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(layout.width * scale);
  canvas.height = Math.round(layout.height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw pictures.');
  ctx.scale(scale, scale);
  drawFigure(ctx, layout, source);
  return canvasBlob(canvas, 'image/png');
}

/**
 * A snapshot of a WebGL map (maplibre) without preserveDrawingBuffer: asks for a repaint and
 * copies the canvas in the 'render' event, while the frame is still in the drawing buffer.
 */
export function snapshotWebGlCanvas(
  map: { getCanvas(): HTMLCanvasElement; once(type: 'render', listener: () => void): unknown; triggerRepaint(): void },
  timeoutMs = 4000,
): Promise<ExportGraphic | null> {
  return new Promise((resolve) => {
    const source = map.getCanvas();
    const copy = () => {
      const rect = source.getBoundingClientRect();
      const canvas = document.createElement('canvas');
      canvas.width = source.width;
      canvas.height = source.height;
      canvas.getContext('2d')?.drawImage(source, 0, 0);
      return { kind: 'raster' as const, canvas, width: rect.width || source.width, height: rect.height || source.height };
    };
    let done = false;
    const timer = window.setTimeout(() => {
      if (done) return;
      done = true;
      resolve(copy());
    }, timeoutMs);
    map.once('render', () => {
      if (done) return;
      done = true;
      window.clearTimeout(timer);
      resolve(copy());
    });
    map.triggerRepaint();
  });
}

/** Saves a blob under a file name (a download; nothing leaves the browser). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
