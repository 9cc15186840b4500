import type { Indicator, Source } from '../../../src/contract/schema';
import { withRetrievalCaveat } from '../retrievalCaveat';
import type { SourceFigures } from './readSources';

/** The catalog entries of the sources built with rows that some indicator of the catalog lists. */
export function catalogSources(built: readonly SourceFigures[], indicators: readonly Indicator[]): Source[] {
  const used = new Set(indicators.flatMap((i) => i.sources.map((s) => s.id)));
  const sources: Source[] = [];
  for (const { source, releaseFrom, report } of built) {
    if (report.status !== 'built' || report.latestPeriod === undefined || !used.has(source.id)) continue;
    const { caveats, i18n } =
      releaseFrom === 'retrieval'
        ? withRetrievalCaveat(source.caveats, source.i18n, report.releaseDate!)
        : { caveats: [...source.caveats], i18n: source.i18n };
    sources.push({
      id: source.id,
      name: source.name,
      kind: source.kind,
      publisher: source.publisher,
      url: source.url,
      licence: source.licence,
      counts: source.counts,
      definition: source.definition,
      cadence: source.cadence,
      releaseDate: report.releaseDate!,
      latestPeriod: report.latestPeriod,
      ...(report.firstPeriod ? { firstPeriod: report.firstPeriod } : {}),
      countriesWithData: report.countries,
      caveats,
      demo: false,
      ...(source.coverage ? { coverage: source.coverage } : {}),
      ...(source.referenceDate ? { referenceDate: source.referenceDate } : {}),
      ...(source.comparesWith ? { comparesWith: source.comparesWith } : {}),
      ...(i18n ? { i18n } : {}),
    });
  }
  return sources;
}
