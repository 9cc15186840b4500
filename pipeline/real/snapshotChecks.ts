/**
 * A whole snapshot checked as the app will read it, before it replaces the committed one: the
 * catalog and every series with the app's validators (src/contract/validate.ts), each file where
 * its contents say it belongs, every country in the catalog, every file a catalog entry promises
 * (for a bilateral breakdown: at least one),
 * and the manifest and change report as the About page reads them. Pure.
 */
import { bilateralPath, catalogPath, manifestPath, seriesPath } from '../../src/contract/paths';
import type { Catalog, Series } from '../../src/contract/schema';
import { parseCatalog, parseSeries } from '../../src/contract/validate';
import { parseManifest } from '../../src/contract/validateRelease';
import { CHANGES_FILE, parseChangeReport, type Payloads } from './changes';

/** Enough to see what went wrong without burying it. */
const MAX_PROBLEMS = 20;

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Every problem found (none: the snapshot can be published), at most twenty. */
export function checkSnapshot(files: Payloads): string[] {
  const problems: string[] = [];
  let catalog: Catalog;
  try {
    catalog = parseCatalog(files.get(catalogPath()));
  } catch (error) {
    return [message(error)];
  }
  const countries = new Set([...catalog.geographies.countries, ...(catalog.geographies.units ?? [])].map((c) => c.id));
  const listed = new Set(catalog.indicators.flatMap((i) => i.sources.map((s) => `${i.id}|${s.id}`)));
  const bilateralSlices = new Set<string>();
  for (const [path, payload] of files) {
    if (!path.startsWith('series/') && !path.startsWith('bilateral/')) continue;
    let series: Series;
    try {
      series = parseSeries(payload, path);
    } catch (error) {
      problems.push(message(error));
      continue;
    }
    const expected =
      series.focus === null
        ? seriesPath(series.indicator, series.source, series.slice)
        : bilateralPath(series.indicator, series.source, series.focus.role, series.focus.geo, series.slice);
    if (expected !== path) problems.push(`${path}: holds ${expected}`);
    if (series.focus !== null) bilateralSlices.add(`${series.indicator}|${series.source}|${series.slice}`);
    if (!listed.has(`${series.indicator}|${series.source}`))
      problems.push(`${path}: the catalog does not list source ${series.source} for ${series.indicator}`);
    const unknown = [...new Set([...series.columns.geo, ...(series.focus ? [series.focus.geo] : [])])].filter((geo) => !countries.has(geo));
    if (unknown.length > 0) problems.push(`${path}: countries or units not in the catalog: ${unknown.slice(0, 5).join(', ')}`);
  }
  for (const indicator of catalog.indicators) {
    for (const ref of indicator.sources) {
      const promised = [
        ...(ref.total === false ? [] : [seriesPath(indicator.id, ref.id)]),
        ...ref.breakdowns.map((b) => seriesPath(indicator.id, ref.id, b)),
      ];
      for (const path of promised)
        if (!files.has(path)) problems.push(`catalog.json: ${indicator.id} from ${ref.id} promises ${path}, which is missing`);
      for (const slice of ref.bilateralBreakdowns ?? []) {
        if (!bilateralSlices.has(`${indicator.id}|${ref.id}|${slice}`))
          problems.push(`catalog.json: ${indicator.id} from ${ref.id} promises bilateral files by ${slice}, and there are none`);
      }
    }
  }
  const release: [string, (payload: unknown) => unknown][] = [
    [manifestPath(), (payload) => parseManifest(payload)],
    [CHANGES_FILE, (payload) => parseChangeReport(payload)],
  ];
  for (const [path, parse] of release) {
    if (!files.has(path)) continue;
    try {
      parse(files.get(path));
    } catch (error) {
      problems.push(message(error));
    }
  }
  return problems.slice(0, MAX_PROBLEMS);
}
