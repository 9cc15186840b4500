/**
 * Line colours. Pure.
 *
 * The first six are Okabe & Ito's colour-blind-safe set (without its yellow, unreadable on
 * white, and its black, the colour of the axes), then Paul Tol's indigo, wine and olive, a grey,
 * and two more of Tol's "muted" colours, the least distinct last. No
 * palette keeps twelve hues apart for every reader, so lines are also told apart by direct labels
 * at their ends, the legend, and focus on click. Text drawn in a line's colour uses
 * readableColor(), darkened until it reaches 4.5:1 against the background.
 */
import { hsl, rgb } from 'd3';

export const PALETTE = [
  '#0072B2', // blue
  '#D55E00', // vermillion
  '#009E73', // bluish green
  '#CC79A7', // reddish purple
  '#E69F00', // orange
  '#56B4E9', // sky blue
  '#332288', // indigo
  '#882255', // wine
  '#999933', // olive
  '#555555', // grey
  '#44AA99', // teal
  '#AA4499', // purple
] as const;

export const colorAt = (index: number): string => PALETTE[((index % PALETTE.length) + PALETTE.length) % PALETTE.length] as string;

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of a CSS colour. */
export function luminance(color: string): number {
  const { r, g, b } = rgb(color);
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG contrast ratio of two CSS colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The colour, darkened just enough to reach the contrast asked against the background. */
export function readableColor(color: string, background = '#ffffff', minimum = 4.5): string {
  const c = hsl(color);
  for (let i = 0; i < 40 && contrast(c.formatHex(), background) < minimum; i++) c.l = Math.max(0, c.l - 0.025);
  return c.formatHex();
}
