/**
 * Region colours and shapes of the scatter: the Okabe–Ito colour-blind-safe palette (without its
 * yellow, too pale on white), each region also with its own symbol so that colour is never the
 * only cue. Source colours of the per-country chart come from the same palette.
 */
import { symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, type SymbolType } from 'd3';

export interface RegionStyle {
  color: string;
  symbol: SymbolType;
  /** The symbol's name, for tests and the legend's accessible text. */
  shape: 'circle' | 'square' | 'triangle' | 'diamond' | 'star' | 'cross';
}

const STYLES: Record<string, RegionStyle> = {
  africa: { color: '#D55E00', symbol: symbolCircle, shape: 'circle' },
  americas: { color: '#0072B2', symbol: symbolSquare, shape: 'square' },
  asia: { color: '#E69F00', symbol: symbolTriangle, shape: 'triangle' },
  europe: { color: '#009E73', symbol: symbolDiamond, shape: 'diamond' },
  oceania: { color: '#CC79A7', symbol: symbolStar, shape: 'star' },
};

const OTHER: RegionStyle = { color: '#56B4E9', symbol: symbolCross, shape: 'cross' };

/** The points of a scatter drawn without region groups (regions or states of one country or a few: world regions would say nothing). */
export const UNGROUPED: RegionStyle = { color: '#0072B2', symbol: symbolCircle, shape: 'circle' };

export function regionStyle(region: string): RegionStyle {
  return STYLES[region] ?? OTHER;
}

/** The two sources of the per-country chart: A (reference) dark blue, B vermillion. */
export const SOURCE_COLORS = { a: '#0072B2', b: '#D55E00', nowcast: '#6a3d9a', gap: '#E69F00' } as const;
