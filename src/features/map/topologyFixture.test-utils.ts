import type { GeometryCollection, Topology } from 'topojson-specification';

/** Boxes [west, south, east, north] standing in for the fixture dataset's countries (tests only). */
const BOXES: [string | null, string, [number, number, number, number]][] = [
  ['DEU', 'Germany', [6, 47, 15, 55]],
  ['FRA', 'France', [-5, 42, 5, 51]],
  ['ETH', 'Ethiopia', [33, 3, 48, 15]],
  ['USA', 'United States of America', [-125, 25, -67, 49]],
  ['IND', 'India', [68, 8, 97, 35]],
  ['CIV', "Côte d'Ivoire", [-8, 4, -2, 10]],
  ['ATF', 'Fr. S. Antarctic Lands', [68, -50, 70, -48]],
  [null, 'Nowhere Land', [20, 20, 25, 25]],
];

/** A tiny unquantised boundaries topology in the shape of public/geo/countries.topo.json. */
export const testTopology: Topology<{ countries: GeometryCollection<{ name: string }> }> = {
  type: 'Topology',
  arcs: BOXES.map(([, , [w, s, e, n]]) => [
    [w, s],
    [e, s],
    [e, n],
    [w, n],
    [w, s],
  ]),
  objects: {
    countries: {
      type: 'GeometryCollection',
      geometries: BOXES.map(([id, name], i) => ({
        type: 'Polygon' as const,
        arcs: [[i]],
        properties: { name },
        ...(id ? { id } : {}),
      })),
    },
  },
};
