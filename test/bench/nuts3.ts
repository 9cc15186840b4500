/**
 * The NUTS-3 set of the map bench (issue #18): the app's real NUTS 2021 level-3 boundaries
 * (public/geo/nuts3.topo.json, about 1,500 regions, as the pipeline builds them) with a yearly
 * series of every region over 25 years, generated (deterministic; the bench measures the map, not
 * the values).
 */
import { CONTRACT_VERSION, type Series } from '../../src/contract/schema';
import type { BoundaryTopology } from '../../src/data/boundaries';
import { buildMapGeometry, type MapGeometry } from '../../src/features/map/geometry';
import { random } from './grid';

export const NUTS3_PERIODS = Array.from({ length: 25 }, (_, i) => String(2000 + i));

export interface Nuts3Set {
  geometry: MapGeometry;
  ids: string[];
  series: Series;
}

export async function loadNuts3(): Promise<Nuts3Set> {
  const response = await fetch('/geo/nuts3.topo.json');
  if (!response.ok) throw new Error(`/geo/nuts3.topo.json: HTTP ${response.status}`);
  const geometry = buildMapGeometry((await response.json()) as BoundaryTopology, 'units', 'nuts3');
  const ids = [...geometry.shapes.keys()];
  const next = random(18);
  const geo: string[] = [];
  const period: string[] = [];
  const value: number[] = [];
  for (const id of ids) {
    const base = 2_000 + next() * 200_000;
    const trend = 0.97 + next() * 0.08;
    NUTS3_PERIODS.forEach((p, i) => {
      geo.push(id);
      period.push(p);
      value.push(Math.round(base * trend ** i * (0.9 + next() * 0.2)));
    });
  }
  const series: Series = {
    contract: CONTRACT_VERSION,
    indicator: 'bench-nuts3',
    source: 'bench',
    slice: 'total',
    level: 'nuts3',
    focus: null,
    releaseDate: '2026-12-03',
    columns: { geo, period, value },
  };
  return { geometry, ids, series };
}
