import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildMapGeometry, type Bbox, type MapGeometry } from './geometry';
import { REGION_BOUNDS } from './regions';

/** Web Mercator y of a latitude, in radians. */
const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
const inside = ([w, s, e, n]: Bbox, [x, y]: readonly [number, number]) => x >= w && x <= e && y >= s && y <= n;

/** The longitudes a map of width × height pixels shows once it fits the box (as maplibre's fitBounds, padding 16). */
function visibleLongitudes([w, s, e, n]: Bbox, width: number, height: number, padding = 16): [number, number] {
  const boxWidth = ((e - w) * Math.PI) / 180;
  const boxHeight = mercatorY(n) - mercatorY(s);
  const pixelsPerRadian = Math.min((width - 2 * padding) / boxWidth, (height - 2 * padding) / boxHeight);
  const half = ((width / pixelsPerRadian) * 180) / Math.PI / 2;
  const centre = (w + e) / 2;
  return [centre - half, centre + half];
}

const europe = REGION_BOUNDS.europe;
/** The countries of Europe a policymaker would look for, the far ones (Iceland, Portugal, Cyprus, Finland) included. */
const MAIN = ['PRT', 'ESP', 'FRA', 'GBR', 'IRL', 'ISL', 'NOR', 'SWE', 'FIN', 'DNK', 'NLD', 'BEL', 'DEU', 'POL', 'CZE', 'AUT', 'CHE', 'ITA', 'MLT'];
const EAST_AND_SOUTH = ['HUN', 'ROU', 'BGR', 'GRC', 'CYP', 'UKR', 'BLR', 'LTU', 'LVA', 'EST', 'MDA', 'SRB', 'HRV'];

describe('"Zoom to Europe"', () => {
  const file = resolve(process.cwd(), 'public/geo/countries.topo.json');
  it.skipIf(!existsSync(file))('holds the centre of every main European country (a point inside its largest part)', () => {
    const geometry: MapGeometry = buildMapGeometry(JSON.parse(readFileSync(file, 'utf8')) as never);
    const outside = [...MAIN, ...EAST_AND_SOUTH].filter((id) => {
      const shape = geometry.shapes.get(id);
      return !shape || !inside(europe, shape.anchor);
    });
    expect(outside).toEqual([]);
    // Neither the Americas nor Asia beyond the Urals.
    for (const id of ['USA', 'CAN', 'BRA', 'KAZ', 'CHN', 'MNG', 'JPN']) expect(inside(europe, geometry.shapes.get(id)!.anchor), id).toBe(false);
  });

  it('is a box around Europe alone: not stretched to Russia’s Pacific coast nor over the Atlantic', () => {
    const [w, s, e, n] = europe;
    expect(w).toBeGreaterThanOrEqual(-25); // Iceland's west coast, not the Azores' ocean
    expect(e).toBeLessThanOrEqual(50); // the Urals and the Caucasus at most: Russia's far east (to 190°) is out
    expect(s).toBeGreaterThanOrEqual(34); // Cyprus and Crete, not North Africa
    expect(n).toBeLessThanOrEqual(72); // the North Cape, not Svalbard
    // Centred on Europe (its mass lies between Portugal and Ukraine).
    expect((w + e) / 2).toBeGreaterThan(0);
    expect((w + e) / 2).toBeLessThan(25);
  });

  it('shown on a phone, in an embed or on a map about twice as wide as tall, keeps the Americas’ mainland and Siberia out of the view', () => {
    for (const [width, height] of [
      [390, 420],
      [760, 460],
      [1016, 560],
    ] as const) {
      const [west, east] = visibleLongitudes(europe, width, height);
      expect(west, `${width}×${height}`).toBeGreaterThan(-60);
      expect(east, `${width}×${height}`).toBeLessThan(80);
    }
  });
});
