import { useMemo } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import type { Catalog, Series, Source } from '../../contract/schema';
import { TOTAL_SLICE } from '../../contract/paths';
import { viewBreakdowns } from '../../contract/breakdowns';
import { catalogIndex, levelOfRef } from '../../data/catalogIndex';
import { DEFAULT_LEVEL, type LevelId } from '../../contract/levels';
import { peopledCountries } from '../../data/peopled';
import { useSeriesList } from '../../data/useSeriesList';
import type { ResolvedView } from '../../data/resolveView';
import { useViewStore } from '../../state/store';
import { agreementOf, changesOf, figureAt, historyOf, rankAt, type Agreement, type Changes, type Point, type Rank } from './profileModel';

export interface SourceRow {
  source: Source;
  query: UseQueryResult<Series>;
  /** The country's latest value in this source; null when it has none (or the series is not there yet). */
  latest: Point | null;
}

export interface AgreementRow {
  source: Source;
  query: UseQueryResult<Series>;
  agreement: Agreement | null;
}

export interface ProfileModel {
  geo: string;
  name: string;
  /** The place's level: its figures come from the sources of that level only, its rank among the units of that level. */
  level: LevelId;
  /** The source of the headline figure: the view's (or the indicator's first with figures per country). */
  source: Source;
  query: UseQueryResult<Series>;
  history: Point[];
  figure: Point | null;
  rank: Rank | null;
  changes: Changes | null;
  sources: SourceRow[];
  /** The default official source, against which each digital trace is set; null when the indicator has none. */
  official: Source | null;
  agreements: AgreementRow[];
}

/** The figures of the profile card of `geo`: every source of the view's indicator is loaded (shared queries). */
export function useProfileModel(catalog: Catalog, resolved: ResolvedView, geo: string, period: string | null): ProfileModel | null {
  const tolerance = useViewStore((s) => s.view.compareOptions.tolerance);
  const index = catalogIndex(catalog);
  const { indicator } = resolved;
  // The sources with figures per country, each in the view's breakdown where it has it.
  const level = index.placeLevel(geo) ?? DEFAULT_LEVEL;
  const refs = useMemo(
    () =>
      indicator.sources
        .filter((ref) => ref.total !== false && levelOfRef(ref) === level && index.source(ref.id) !== undefined)
        .map((ref) => ({
          source: index.source(ref.id) as Source,
          ref: { indicator: indicator.id, source: ref.id, slice: viewBreakdowns(ref).includes(resolved.slice) ? resolved.slice : TOTAL_SLICE },
        })),
    [indicator, index, resolved.slice, level],
  );
  const queries = useSeriesList(useMemo(() => refs.map((r) => r.ref), [refs]));
  // Ranked among the peopled countries, or among the units of the region's (state's) level.
  const peopled = useMemo(
    () => new Set(level === DEFAULT_LEVEL ? peopledCountries(catalog.geographies.countries).map((c) => c.id) : index.unitsAt(level).map((u) => u.id)),
    [catalog, level, index],
  );
  const dataKey = queries.map((q) => `${q.status}:${q.dataUpdatedAt}`).join('|');

  return useMemo(() => {
    const at = Math.max(
      0,
      refs.findIndex((r) => r.source.id === resolved.source.id),
    );
    const head = refs[at];
    const headQuery = queries[at];
    if (!head || !headQuery) return null;
    const series = headQuery.data;
    const history = series ? historyOf(series, geo) : [];
    const figure = figureAt(history, period);
    const sources = refs.map((r, i) => {
      const query = queries[i] as UseQueryResult<Series>;
      const data = query.data;
      return { source: r.source, query, latest: data ? figureAt(historyOf(data, geo), null) : null };
    });
    const officialAt = refs.findIndex((r) => r.source.kind === 'official');
    const official = officialAt >= 0 ? (refs[officialAt] as (typeof refs)[number]).source : null;
    const officialData = officialAt >= 0 ? queries[officialAt]?.data : undefined;
    const agreements = official
      ? sources
          .filter((row) => row.source.kind === 'digital-trace')
          .map((row) => ({
            source: row.source,
            query: row.query,
            agreement: officialData && row.query.data ? agreementOf(officialData, row.query.data, geo, peopled, tolerance) : null,
          }))
      : [];
    return {
      geo,
      name: index.countryName(geo),
      level,
      source: head.source,
      query: headQuery,
      history,
      figure,
      rank: series && figure ? rankAt(series, figure.period, geo, peopled) : null,
      changes: figure ? changesOf(history, figure) : null,
      sources,
      official,
      agreements,
    };
    // queries is a new array each render: its data is followed through dataKey.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [refs, dataKey, geo, period, peopled, tolerance, index, resolved.source.id, level]);
}
