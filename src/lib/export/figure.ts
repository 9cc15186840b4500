/**
 * The exported picture of a panel: title (and subtitle), the panel's graphic, its legend and
 * notes, the source line and the date with the link to the view. One layout, computed from the
 * texts and a text-measuring function, is drawn two ways: as SVG markup (figureSvg) and on a
 * 2D canvas for PNG (drawFigure). Pure apart from the canvas it is handed; texts are escaped,
 * never parsed as markup.
 */
import type { LegendEntry } from './registry';

export const FONT_FAMILY = "'Helvetica Neue', Helvetica, Arial, 'DejaVu Sans', 'Liberation Sans', sans-serif";
export const INK = '#1b1f24';
export const MUTED = '#545d68';
export const RULE = '#d5d9df';

export interface FigureTexts {
  title: string;
  subtitle?: string | null;
  legendTitle?: string | null;
  legend: readonly LegendEntry[];
  notes?: readonly string[];
  /** The source line: who published what, released when, under which licence. */
  source: string;
  /** The date and the link to the view. */
  footer: string;
  /** Written across the graphic itself (e.g. "DEMO DATA"), so that no crop of the picture loses it. */
  watermark?: string | null;
}

/** Width in CSS pixels of a text at a font size and weight. */
export type Measure = (text: string, size: number, weight: 'normal' | 'bold') => number;

export type FigureItem =
  | { type: 'text'; x: number; y: number; text: string; size: number; weight: 'normal' | 'bold'; color: string }
  | { type: 'graphic'; x: number; y: number; width: number; height: number }
  | { type: 'swatch'; x: number; y: number; width: number; height: number; color: string; outline: boolean }
  | { type: 'line'; x1: number; y1: number; x2: number; y2: number; color: string; dash: boolean; width: number }
  | { type: 'gradient'; x: number; y: number; width: number; height: number; stops: readonly { offset: number; color: string }[] }
  | { type: 'rule'; x1: number; x2: number; y: number }
  | { type: 'symbol'; x: number; y: number; path: string; color: string }
  /** A mark over the graphic's box: a tag in its bottom-right corner and the text, faint, across its middle. */
  | { type: 'watermark'; x: number; y: number; width: number; height: number; text: string; size: number; tagWidth: number };

export interface FigureLayout {
  width: number;
  height: number;
  items: FigureItem[];
}

const PAD = 24;
const MIN_WIDTH = 640;
const TITLE = 20;
const SUBTITLE = 14;
const BODY = 13;
const SMALL = 12;
const LINE = 1.35;

/** Breaks a text into lines no wider than width (words longer than a line are cut). */
export function wrapText(text: string, width: number, size: number, weight: 'normal' | 'bold', measure: Measure): string[] {
  const words = text.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (let word of words) {
    while (measure(word, size, weight) > width && word.length > 1) {
      // Cut an over-long word (a URL) where it fits.
      let cut = word.length - 1;
      while (cut > 1 && measure(word.slice(0, cut), size, weight) > width) cut -= 1;
      if (line) lines.push(line);
      lines.push(word.slice(0, cut));
      line = '';
      word = word.slice(cut);
    }
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate, size, weight) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/** Lays the figure out around a graphic of the given CSS size. */
export function layoutFigure(texts: FigureTexts, graphic: { width: number; height: number }, measure: Measure): FigureLayout {
  const gw = Math.max(1, Math.round(graphic.width));
  const gh = Math.max(1, Math.round(graphic.height));
  const width = Math.max(MIN_WIDTH, gw + 2 * PAD);
  const inner = width - 2 * PAD;
  const items: FigureItem[] = [];
  let y = PAD;

  const paragraph = (text: string, size: number, weight: 'normal' | 'bold', color: string) => {
    for (const line of wrapText(text, inner, size, weight, measure)) {
      y += size;
      items.push({ type: 'text', x: PAD, y, text: line, size, weight, color });
      y += size * (LINE - 1);
    }
  };

  paragraph(texts.title, TITLE, 'bold', INK);
  if (texts.subtitle) {
    y += 4;
    paragraph(texts.subtitle, SUBTITLE, 'normal', MUTED);
  }
  y += 14;
  const graphicX = PAD + Math.floor((inner - gw) / 2);
  items.push({ type: 'graphic', x: graphicX, y, width: gw, height: gh });
  if (texts.watermark) {
    // As large as fits across the graphic (at most 64 px), never smaller than the body text.
    const at40 = Math.max(1, measure(texts.watermark, 40, 'bold'));
    const size = Math.max(BODY, Math.min(64, Math.floor((40 * gw * 0.8) / at40)));
    const tagWidth = Math.min(gw, measure(texts.watermark, BODY, 'bold') + 12);
    items.push({ type: 'watermark', x: graphicX, y, width: gw, height: gh, text: texts.watermark, size, tagWidth });
  }
  y += gh + 16;

  if (texts.legendTitle && (texts.legend.length > 0 || (texts.notes?.length ?? 0) > 0)) paragraph(texts.legendTitle, BODY, 'bold', INK);
  if (texts.legend.length > 0) {
    y += 4;
    const rowHeight = BODY * 1.7;
    let x = PAD;
    const gap = 18;
    const newRow = () => {
      x = PAD;
      y += rowHeight;
    };
    for (const entry of texts.legend) {
      const label = entry.label;
      if (entry.kind === 'gradient') {
        const bar = 160;
        const [low, high] = entry.ends ?? ['', ''];
        const lowWidth = measure(low, SMALL, 'normal');
        const need = lowWidth + bar + measure(high, SMALL, 'normal') + measure(label, BODY, 'normal') + 24;
        if (x > PAD && x + need > PAD + inner) newRow();
        const mid = y + rowHeight / 2;
        items.push({ type: 'text', x, y: mid + SMALL * 0.35, text: low, size: SMALL, weight: 'normal', color: MUTED });
        x += lowWidth + 6;
        items.push({ type: 'gradient', x, y: mid - 6, width: bar, height: 12, stops: entry.stops ?? [] });
        x += bar + 6;
        items.push({ type: 'text', x, y: mid + SMALL * 0.35, text: high, size: SMALL, weight: 'normal', color: MUTED });
        x += measure(high, SMALL, 'normal') + 12;
        if (label) {
          items.push({ type: 'text', x, y: mid + BODY * 0.35, text: label, size: BODY, weight: 'normal', color: INK });
          x += measure(label, BODY, 'normal');
        }
        x += gap;
        continue;
      }
      const symbol = entry.kind === 'text' || (entry.kind === 'symbol' && !entry.path) ? 0 : entry.kind === 'line' ? 28 : 14;
      const textWidth = Math.min(measure(label, BODY, 'normal'), inner - symbol - 8);
      const need = symbol + (symbol ? 6 : 0) + textWidth;
      if (x > PAD && x + need > PAD + inner) newRow();
      const mid = y + rowHeight / 2;
      if (entry.kind === 'swatch' || entry.kind === 'outline') {
        items.push({ type: 'swatch', x, y: mid - 7, width: 14, height: 14, color: entry.color ?? MUTED, outline: entry.kind === 'outline' });
      } else if (entry.kind === 'symbol' && entry.path) {
        items.push({ type: 'symbol', x: x + 7, y: mid, path: entry.path, color: entry.color ?? MUTED });
      } else if (entry.kind === 'line') {
        items.push({ type: 'line', x1: x, y1: mid, x2: x + 28, y2: mid, color: entry.color ?? MUTED, dash: entry.dash ?? false, width: 3 });
      }
      x += symbol + (symbol ? 6 : 0);
      items.push({ type: 'text', x, y: mid + BODY * 0.35, text: label, size: BODY, weight: 'normal', color: INK });
      x += textWidth + gap;
    }
    y += rowHeight;
  }
  for (const note of texts.notes ?? []) {
    y += 2;
    paragraph(note, SMALL, 'normal', MUTED);
  }

  y += 10;
  items.push({ type: 'rule', x1: PAD, x2: width - PAD, y });
  y += 6;
  paragraph(texts.source, SMALL, 'normal', MUTED);
  y += 2;
  paragraph(texts.footer, SMALL, 'normal', MUTED);
  y += PAD - 4;
  return { width, height: Math.ceil(y), items };
}

// ---------------------------------------------------------------------------------------------
// The watermark

const WATERMARK = '#9a3412';

/**
 * The watermark's tag, with the text's baseline: in the graphic's bottom-right corner, where charts
 * rarely draw (past the end of the x axis; the top-left holds the value axis's first label).
 */
export function watermarkBand(item: { x: number; y: number; width: number; height: number; tagWidth: number }): {
  x: number;
  y: number;
  width: number;
  height: number;
  baseline: number;
} {
  const height = Math.min(item.height, BODY + 8);
  const y = item.y + item.height - height;
  return { x: item.x + item.width - item.tagWidth, y, width: item.tagWidth, height, baseline: y + height / 2 + BODY * 0.35 };
}

// ---------------------------------------------------------------------------------------------
// SVG

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text made safe for XML content and attribute values; characters XML forbids are dropped. */
export function escapeXml(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[&<>"']/g, (ch) => XML_ESCAPES[ch] as string);
}

const num = (n: number) => String(Math.round(n * 100) / 100);

/**
 * The figure as a standalone SVG document. graphicMarkup is the panel's graphic, already made
 * into markup placed at the graphic's box: a nested <svg> for charts, an <image> for snapshots.
 */
export function figureSvg(layout: FigureLayout, graphicMarkup: string, meta: { title: string; description: string }): string {
  const out: string[] = [];
  let gradients = 0;
  const defs: string[] = [];
  for (const item of layout.items) {
    switch (item.type) {
      case 'text':
        out.push(
          `<text x="${num(item.x)}" y="${num(item.y)}" font-size="${item.size}"${item.weight === 'bold' ? ' font-weight="bold"' : ''} fill="${item.color}">${escapeXml(item.text)}</text>`,
        );
        break;
      case 'graphic':
        out.push(graphicMarkup);
        break;
      case 'swatch':
        out.push(
          item.outline
            ? `<rect x="${num(item.x + 1)}" y="${num(item.y + 1)}" width="${num(item.width - 2)}" height="${num(item.height - 2)}" fill="none" stroke="${escapeXml(item.color)}" stroke-width="2"/>`
            : `<rect x="${num(item.x)}" y="${num(item.y)}" width="${num(item.width)}" height="${num(item.height)}" fill="${escapeXml(item.color)}" stroke="${RULE}" stroke-width="0.5"/>`,
        );
        break;
      case 'line':
        out.push(
          `<line x1="${num(item.x1)}" y1="${num(item.y1)}" x2="${num(item.x2)}" y2="${num(item.y2)}" stroke="${escapeXml(item.color)}" stroke-width="${item.width}" stroke-linecap="round"${item.dash ? ' stroke-dasharray="2 5"' : ''}/>`,
        );
        break;
      case 'gradient': {
        const id = `legend-gradient-${++gradients}`;
        defs.push(
          `<linearGradient id="${id}">${item.stops.map((s) => `<stop offset="${num(s.offset * 100)}%" stop-color="${escapeXml(s.color)}"/>`).join('')}</linearGradient>`,
        );
        out.push(`<rect x="${num(item.x)}" y="${num(item.y)}" width="${num(item.width)}" height="${num(item.height)}" fill="url(#${id})"/>`);
        break;
      }
      case 'rule':
        out.push(`<line x1="${num(item.x1)}" y1="${num(item.y)}" x2="${num(item.x2)}" y2="${num(item.y)}" stroke="${RULE}" stroke-width="1"/>`);
        break;
      case 'symbol':
        out.push(`<path transform="translate(${num(item.x)} ${num(item.y)})" d="${escapeXml(item.path)}" fill="${escapeXml(item.color)}"/>`);
        break;
      case 'watermark': {
        const band = watermarkBand(item);
        const cx = item.x + item.width / 2;
        const cy = item.y + item.height / 2;
        out.push(
          `<g class="figure-watermark" pointer-events="none">` +
            `<rect x="${num(band.x)}" y="${num(band.y)}" width="${num(band.width)}" height="${num(band.height)}" fill="${WATERMARK}"/>` +
            `<text x="${num(band.x + band.width / 2)}" y="${num(band.baseline)}" font-size="${BODY}" font-weight="bold" fill="#ffffff" text-anchor="middle">${escapeXml(item.text)}</text>` +
            `<text x="${num(cx)}" y="${num(cy)}" font-size="${item.size}" font-weight="bold" fill="${WATERMARK}" fill-opacity="0.16" text-anchor="middle" dominant-baseline="middle" transform="rotate(-20 ${num(cx)} ${num(cy)})">${escapeXml(item.text)}</text>` +
            `</g>`,
        );
        break;
      }
    }
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}" font-family="${escapeXml(FONT_FAMILY)}" role="img">`,
    `<title>${escapeXml(meta.title)}</title>`,
    `<desc>${escapeXml(meta.description)}</desc>`,
    defs.length > 0 ? `<defs>${defs.join('')}</defs>` : '',
    `<rect width="${layout.width}" height="${layout.height}" fill="#ffffff"/>`,
    ...out,
    '</svg>',
  ]
    .filter(Boolean)
    .join('\n');
}

// ---------------------------------------------------------------------------------------------
// Canvas (PNG)

/** Draws the figure on a 2D context already scaled to CSS pixels; the graphic is drawn into its box. */
export function drawFigure(ctx: CanvasRenderingContext2D, layout: FigureLayout, graphic: CanvasImageSource): void {
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, layout.width, layout.height);
  ctx.textBaseline = 'alphabetic';
  for (const item of layout.items) {
    switch (item.type) {
      case 'text':
        ctx.font = `${item.weight === 'bold' ? 'bold ' : ''}${item.size}px ${FONT_FAMILY}`;
        ctx.fillStyle = item.color;
        ctx.fillText(item.text, item.x, item.y);
        break;
      case 'graphic':
        ctx.drawImage(graphic, item.x, item.y, item.width, item.height);
        break;
      case 'swatch':
        if (item.outline) {
          ctx.strokeStyle = item.color;
          ctx.lineWidth = 2;
          ctx.strokeRect(item.x + 1, item.y + 1, item.width - 2, item.height - 2);
        } else {
          ctx.fillStyle = item.color;
          ctx.fillRect(item.x, item.y, item.width, item.height);
          ctx.strokeStyle = RULE;
          ctx.lineWidth = 0.5;
          ctx.strokeRect(item.x, item.y, item.width, item.height);
        }
        break;
      case 'line':
        ctx.strokeStyle = item.color;
        ctx.lineWidth = item.width;
        ctx.lineCap = 'round';
        ctx.setLineDash(item.dash ? [2, 5] : []);
        ctx.beginPath();
        ctx.moveTo(item.x1, item.y1);
        ctx.lineTo(item.x2, item.y2);
        ctx.stroke();
        ctx.setLineDash([]);
        break;
      case 'gradient': {
        const gradient = ctx.createLinearGradient(item.x, 0, item.x + item.width, 0);
        for (const stop of item.stops) gradient.addColorStop(Math.min(1, Math.max(0, stop.offset)), stop.color);
        ctx.fillStyle = gradient;
        ctx.fillRect(item.x, item.y, item.width, item.height);
        break;
      }
      case 'rule':
        ctx.strokeStyle = RULE;
        ctx.lineWidth = 1;
        ctx.beginPath();
        ctx.moveTo(item.x1, item.y + 0.5);
        ctx.lineTo(item.x2, item.y + 0.5);
        ctx.stroke();
        break;
      case 'symbol':
        ctx.save();
        ctx.translate(item.x, item.y);
        ctx.fillStyle = item.color;
        ctx.fill(new Path2D(item.path));
        ctx.restore();
        break;
      case 'watermark': {
        const band = watermarkBand(item);
        ctx.save();
        ctx.fillStyle = WATERMARK;
        ctx.fillRect(band.x, band.y, band.width, band.height);
        ctx.font = `bold ${BODY}px ${FONT_FAMILY}`;
        ctx.fillStyle = '#ffffff';
        ctx.textAlign = 'center';
        ctx.fillText(item.text, band.x + band.width / 2, band.baseline);
        ctx.translate(item.x + item.width / 2, item.y + item.height / 2);
        ctx.rotate((-20 * Math.PI) / 180);
        ctx.globalAlpha = 0.16;
        ctx.font = `bold ${item.size}px ${FONT_FAMILY}`;
        ctx.fillStyle = WATERMARK;
        ctx.textBaseline = 'middle';
        ctx.fillText(item.text, 0, 0);
        ctx.restore();
        break;
      }
    }
  }
}
