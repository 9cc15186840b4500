/**
 * The map's style: a background and the country layers, all local (no tiles, fonts or sprites,
 * so the map works offline). Colours come from feature-state, set per country by the map
 * component, so changing the period or the classification never rebuilds a source.
 *
 * One source holds every country (see MapGeometry.features), with promoteId 'iso', so there is one
 * feature-state per country: { color: '#rrggbb', has, focus, hover, active (keyboard), selected }.
 */
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';

export const COUNTRIES_SOURCE = 'ml-countries';
/**
 * The same shapes again, for the fills alone: a colour change then updates the fill layers only. On
 * one source, maplibre re-evaluates every state-dependent layer of a changed feature, the five
 * outline layers included (most of the work of a period change at NUTS-3).
 */
export const FILLS_SOURCE = 'ml-fills';
export const HATCH_IMAGE = 'ml-hatch';
/** Below the country level: the countries' shapes, drawn plain under the units (no data, no events). */
export const BASE_SOURCE = 'ml-base';

export const LAYER = {
  background: 'ml-background',
  /** Every country, hatched: what shows where a country has no value. Also the layer hovered and clicked. */
  noData: 'ml-no-data',
  fill: 'ml-fill',
  borders: 'ml-borders',
  hoverCasing: 'ml-hover-casing',
  hover: 'ml-hover',
  selectedCasing: 'ml-selected-casing',
  selected: 'ml-selected',
  focus: 'ml-focus',
  /** Below the country level, under every other layer but the background: the countries as a neutral land. */
  baseLand: 'ml-base-land',
  baseBorders: 'ml-base-borders',
} as const;

export const COLORS = {
  water: '#eef2f6',
  noDataBase: '#e6e8ec',
  /** Land with no permanent population: plain, so it never reads as missing data. */
  uninhabited: '#f3f4f6',
  noDataHatch: '#b3b9c2',
  border: '#ffffff',
  hover: '#c2410c',
  selected: '#111111',
  focusFill: '#4d4d4d',
  focusLine: '#000000',
  /** The countries under the units of a level: plain land, lighter than "no data" so that a unit without a value still reads as one. */
  baseLand: '#f8f9fa',
  baseBorder: '#c3c9d1',
} as const;

/** The style the map starts with: only a background; the country layers are added once loaded. */
export const BASE_STYLE: StyleSpecification = {
  version: 8,
  sources: {},
  layers: [{ id: LAYER.background, type: 'background', paint: { 'background-color': COLORS.water } }],
};

const state = (key: string) => ['boolean', ['feature-state', key], false];
const polygons = ['match', ['geometry-type'], ['Polygon', 'MultiPolygon'], true, false];
const outlines = ['==', ['get', 'outline'], true];

/** The country layers, bottom to top. */
export function countryLayers(): LayerSpecification[] {
  return [
    {
      id: LAYER.noData,
      type: 'fill',
      source: FILLS_SOURCE,
      filter: polygons,
      paint: { 'fill-pattern': HATCH_IMAGE, 'fill-antialias': true },
    },
    {
      id: LAYER.fill,
      type: 'fill',
      source: FILLS_SOURCE,
      filter: polygons,
      paint: {
        'fill-color': ['case', state('focus'), COLORS.focusFill, ['to-color', ['coalesce', ['feature-state', 'color'], COLORS.noDataBase]]],
        'fill-opacity': ['case', ['any', state('focus'), state('has')], 1, 0],
        // Recolouring is instant: a feature-state change is not a paint transition anyway.
        'fill-color-transition': { duration: 0 },
      },
    },
    {
      id: LAYER.borders,
      type: 'line',
      source: COUNTRIES_SOURCE,
      filter: outlines,
      paint: { 'line-color': COLORS.border, 'line-width': ['interpolate', ['linear'], ['zoom'], 1, 0.4, 5, 1.1], 'line-opacity': 0.9 },
    },
    {
      id: LAYER.hoverCasing,
      type: 'line',
      source: COUNTRIES_SOURCE,
      filter: outlines,
      paint: { 'line-color': '#ffffff', 'line-width': 4, 'line-opacity': ['case', ['any', state('hover'), state('active')], 0.9, 0] },
    },
    {
      id: LAYER.hover,
      type: 'line',
      source: COUNTRIES_SOURCE,
      filter: outlines,
      paint: { 'line-color': COLORS.hover, 'line-width': 2, 'line-opacity': ['case', ['any', state('hover'), state('active')], 1, 0] },
    },
    {
      id: LAYER.selectedCasing,
      type: 'line',
      source: COUNTRIES_SOURCE,
      filter: outlines,
      paint: { 'line-color': '#ffffff', 'line-width': 4.5, 'line-opacity': ['case', state('selected'), 0.9, 0] },
    },
    {
      id: LAYER.selected,
      type: 'line',
      source: COUNTRIES_SOURCE,
      filter: outlines,
      paint: { 'line-color': COLORS.selected, 'line-width': 2.2, 'line-opacity': ['case', state('selected'), 1, 0] },
    },
    {
      id: LAYER.focus,
      type: 'line',
      source: COUNTRIES_SOURCE,
      filter: outlines,
      paint: { 'line-color': COLORS.focusLine, 'line-width': 2.5, 'line-opacity': ['case', state('focus'), 1, 0] },
    },
  ] as LayerSpecification[];
}

/** The countries' layers under a level's units (bottom to top): plain land and its borders. */
export function baseLayers(): LayerSpecification[] {
  return [
    { id: LAYER.baseLand, type: 'fill', source: BASE_SOURCE, filter: polygons, paint: { 'fill-color': COLORS.baseLand } },
    {
      id: LAYER.baseBorders,
      type: 'line',
      source: BASE_SOURCE,
      filter: outlines,
      paint: { 'line-color': COLORS.baseBorder, 'line-width': ['interpolate', ['linear'], ['zoom'], 1, 0.4, 5, 1] },
    },
  ] as LayerSpecification[];
}

const hex = (color: string): [number, number, number] => [
  parseInt(color.slice(1, 3), 16),
  parseInt(color.slice(3, 5), 16),
  parseInt(color.slice(5, 7), 16),
];

/** The "no data" hatch: grey with diagonal lines, `size` device pixels square (drawn at pixel ratio 2). */
export function hatchImage(size = 14): { width: number; height: number; data: Uint8Array } {
  const data = new Uint8Array(size * size * 4);
  const base = hex(COLORS.noDataBase);
  const line = hex(COLORS.noDataHatch);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const onLine = (x + y) % size < 3;
      const [r, g, b] = onLine ? line : base;
      const i = (y * size + x) * 4;
      data[i] = r;
      data[i + 1] = g;
      data[i + 2] = b;
      data[i + 3] = 255;
    }
  }
  return { width: size, height: size, data };
}

/** The same hatch in CSS, for the legend's "No data" swatch. */
export const NO_DATA_CSS = `repeating-linear-gradient(135deg, ${COLORS.noDataHatch} 0 1.5px, ${COLORS.noDataBase} 1.5px 5px)`;
