import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Catalog, Series } from '../../src/contract/schema';

const dataDir = fileURLToPath(new URL('../../mocks/demo-data/', import.meta.url));

/** The demo files the build ships, read from disk so tests check the page against them. */
export function readCatalog(): Catalog {
  return JSON.parse(readFileSync(`${dataDir}catalog.json`, 'utf8')) as Catalog;
}

export function readSeries(path: string): Series {
  return JSON.parse(readFileSync(`${dataDir}${path}`, 'utf8')) as Series;
}

export function valueOf(series: Series, geo: string, period: string): number | undefined {
  const { columns } = series;
  const row = columns.geo.findIndex((g, i) => g === geo && columns.period[i] === period);
  return row === -1 ? undefined : columns.value[row];
}

export const formatPersons = (value: number) => new Intl.NumberFormat('en', { maximumFractionDigits: 0 }).format(value);
