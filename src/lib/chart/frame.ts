/**
 * The frame of a chart: the SVG's size, the margins around the plot, and the plot's edges; and the
 * margin that holds a column of labels, from their estimated widths (text is not measured: the
 * width of a character is a fraction of the font size). Pure.
 */

export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface Frame extends Margins {
  width: number;
  height: number;
  /** The plot's left and right edges (x), and its top and bottom edges (y), in the SVG's coordinates. */
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

export function frameOf(width: number, height: number, margins: Margins): Frame {
  const { top, right, bottom, left } = margins;
  return { width, height, top, right, bottom, left, x0: left, x1: width - right, y0: top, y1: height - bottom };
}

/** The estimated width of `chars` characters, each `charPx` wide on average. */
export function textWidth(chars: number, charPx: number): number {
  return chars * charPx;
}

/** How many characters of `charPx` fit in `px`. */
export function charsFitting(px: number, charPx: number): number {
  return Math.floor(px / charPx);
}

/** `text` cut to at most `max` characters, an ellipsis last where it was cut. */
export function truncateText(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1))}…`;
}

export interface LabelMarginOptions {
  /** The average width of a character, in px. */
  charPx: number;
  /** Room beside the text (its gap to the plot and to the edge), in px. */
  pad: number;
  /** The margin is at least this many characters wide. */
  minChars?: number;
  /** The margin is at most this wide, in px. */
  max?: number;
}

/** The margin (whole px) that holds the longest of the labels and the pad, within its bounds. */
export function labelMargin(labels: readonly string[], { charPx, pad, minChars = 0, max = Infinity }: LabelMarginOptions): number {
  const longest = Math.max(minChars, ...labels.map((s) => s.length));
  return Math.min(max, Math.round(textWidth(longest, charPx) + pad));
}
