/**
 * The world of the bench pages: the app's own boundaries (public/geo/countries.topo.json) and the
 * demo census series of migrant stock (mocks/demo-data/series/migrant-stock/census.json), fetched from
 * the harness server (the build copies public/ beside the pages).
 */
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Series } from '../../src/contract/schema';

export type CountriesTopology = Topology<{ countries: GeometryCollection<{ name?: string }> }>;

export const WORLD_PERIODS = ['1990', '1995', '2000', '2005', '2010', '2015', '2020', '2024'];

async function json<T>(path: string): Promise<T> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

export async function loadWorld(): Promise<{ topology: CountriesTopology; series: Series }> {
  const [topology, series] = await Promise.all([
    json<CountriesTopology>('/geo/countries.topo.json'),
    json<Series>('/data/series/migrant-stock/census.json'),
  ]);
  return { topology, series };
}
