/**
 * The source comparison panel: how far a timely source (B, e.g. a social-media audience) agrees
 * with the reference (A, e.g. census and registers) for the view's indicator. Each part loads
 * and fails on its own: when one source fails, the panel says so and shows what the other gives.
 */
import { useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useCallback, useDeferredValue, useId, useMemo, type ReactNode } from 'react';
import type { Catalog, Indicator, Series, Source } from '../../contract/schema';
import { breakdownText, type ResolvedView } from '../../data/resolveView';
import { TOTAL_SLICE } from '../../contract/paths';
import { formatPeriod } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { useViewStore } from '../../state/store';
import { usePanelMode } from '../../components/panelMode';
import { FocusSelect } from '../../components/FocusSelect';
import { catalogIndex } from '../../data/catalogIndex';
import { boundariesOf, coverageHint, focusWords, placesAt } from './levelPlaces';
import { focusFile, focusOfView, focusSlice, pairFocus, roleToChoose } from './focus';
import { queryKeys } from '../../data/queries';
import { useSideSeries } from './useCompareData';
import { CompareLevel } from './levelText';
import { EmptyState, ErrorState } from '../../components/PanelStatus';
import { isMissingFile } from '../../components/FocusPrompt';
import { BreakdownSection } from './BreakdownSection';
import { CompareControls } from './CompareControls';
import { AgreementSummary, BasisWarning, MatchingNote, ScopeWarning } from './CompareNotes';
import { buildPairModel, chooseCountry, chooseSources, commonDimensions, comparableIndicators } from './compareModel';
import { CountryChart } from './CountryChart';
import { CoverageSection } from './CoverageSection';
import { coverageOf, freshness } from './coverage';
import { nowcastCountry } from './nowcast';
import { NowcastSection } from './NowcastSection';
import { PairsTable } from './PairsTable';
import { RankedDisagreements } from './RankedDisagreements';
import { rankDisagreements } from './disagreement';
import { useCompareExports } from './useCompareExports';
import { periodsIn } from './periods';
import { RatioMap } from './RatioMap';
import { ScatterPlot } from './ScatterPlot';
import { useGroupedSeries } from './useGroupedSeries';
import './compare.css';
// The Compare panel's English texts come with its code.
import '../../i18n/enCompare';
import '../../i18n/enLevels';

interface Props {
  catalog: Catalog;
  resolved: ResolvedView;
  /**
   * A country was chosen in the ranked disagreements or the pairs table (the app passes the
   * store's openProfile); without it, the country becomes the comparison's chart country (cgeo).
   */
  onCountry?: (geo: string) => void;
}

export default function ComparePanel({ catalog, resolved, onCountry }: Props) {
  const compare = useViewStore((s) => s.view.compare);
  const level = useViewStore((s) => s.view.level);
  const { indicator } = resolved;
  const choice = useMemo(() => chooseSources(catalog, indicator, compare, level), [catalog, indicator, compare, level]);
  if (!choice.a || !choice.b) return <SingleSource catalog={catalog} indicator={indicator} source={choice.a} />;
  return <Comparison catalog={catalog} indicator={indicator} sources={choice.sources} a={choice.a} b={choice.b} onCountry={onCountry} />;
}

function SingleSource({ catalog, indicator, source }: { catalog: Catalog; indicator: Indicator; source: Source | null }) {
  const { t } = useT();
  const setIndicator = useViewStore((s) => s.setIndicator);
  const others = comparableIndicators(catalog);
  return (
    <EmptyState>
      <p>{t('compare.singleSource', { indicator: indicator.label, source: source?.name ?? '–' })}</p>
      {others.length > 0 ? (
        <>
          <p>{t('compare.tryIndicator')}</p>
          <ul className="compare-indicators">
            {others.map((i) => (
              <li key={i.id}>
                <button type="button" onClick={() => setIndicator(i.id)}>
                  {i.label}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('compare.noIndicator')}</p>
      )}
    </EmptyState>
  );
}

interface ComparisonProps {
  catalog: Catalog;
  indicator: Indicator;
  sources: Source[];
  a: Source;
  b: Source;
  onCountry: ((geo: string) => void) | undefined;
}

function Comparison({ catalog, indicator, sources, a, b, onCountry }: ComparisonProps) {
  const { t, lang } = useT();
  // A phone, embed and presenter modes: the statistics and the scatter first, the controls behind the shell's one Options button.
  const { mode, optionsOpen } = usePanelMode();
  const compact = mode !== 'full';
  const setCompareOptions = useViewStore((s) => s.setCompareOptions);
  // A country picked in the pairs or the ranking gets its chart here and, where the app composes one, its profile.
  const openCountry = useCallback(
    (geo: string) => {
      setCompareOptions({ country: geo });
      onCountry?.(geo);
    },
    [setCompareOptions, onCountry],
  );
  const options = useViewStore((s) => s.view.compareOptions);
  const viewPeriod = useViewStore((s) => s.view.period);
  const selected = useViewStore((s) => s.view.countries);
  const level = useViewStore((s) => s.view.level);
  const od = useViewStore((s) => s.view.map.od);
  const setMapOptions = useViewStore((s) => s.setMapOptions);
  const index = catalogIndex(catalog);
  // Sources without figures per unit are compared for one focus place (e.g. people born in Mexico, by US state).
  const pair = useMemo(() => pairFocus(indicator, a.id, b.id), [indicator, a.id, b.id]);
  const focus = focusOfView(pair, od, index.placeLevel);
  // A focus place's files are compared in the view's breakdown when both sources have it (e.g. ages 25 to 29, chosen on the map).
  const viewSlice = useViewStore((s) => s.view.slice);
  const slice = pair.kind === 'focus' ? focusSlice(indicator, a.id, b.id, viewSlice) : TOTAL_SLICE;
  const breakdown = breakdownText(indicator, slice, t);
  const queryA = useSideSeries(indicator.id, a.id, pair, focus, slice);
  const queryB = useSideSeries(indicator.id, b.id, pair, focus, slice);
  const groupedA = useGroupedSeries(queryA.data);
  const groupedB = useGroupedSeries(queryB.data);
  const same = a.id === b.id;

  const countries = catalog.geographies.countries;
  const places = useMemo(() => placesAt(catalog, level, lang), [catalog, level, lang]);
  const names = useMemo(() => new Map(places.map((c) => [c.id, c.name])), [places]);
  // The scatter groups countries by world region; below the country level (the states of one country, the
  // regions of a few) world regions say nothing, so it has no regions to group by (regions empty).
  const regionOf = useMemo(() => {
    const ofCountry = new Map(countries.map((c) => [c.id, c.region]));
    return level === 'country' ? ofCountry : new Map(index.unitsAt(level).map((u) => [u.id, ofCountry.get(u.country) ?? '']));
  }, [countries, level, index]);
  const regions = useMemo(
    () => (level === 'country' ? catalog.geographies.regions.filter((r) => r.parent === null).map((r) => ({ id: r.id, name: r.name })) : []),
    [catalog.geographies.regions, level],
  );
  const sortedCountries = places;
  const allFocusPlaces = useMemo(() => (pair.kind === 'focus' ? placesAt(catalog, pair.level, lang) : []), [catalog, pair, lang]);
  const chooseFocus = useCallback(
    (code: string) => pair.kind === 'focus' && setMapOptions({ od: { role: focus?.role ?? roleToChoose(pair.roles), focus: code } }),
    [pair, focus, setMapOptions],
  );
  // A place whose files both sources were found without (asked for before) is named so in the picker.
  const queryClient = useQueryClient();
  // The view's role when its focus fits (focusOfView returns the view's own choice then).
  const focusRole = focus !== null && od !== null ? od.role : pair.kind === 'focus' ? roleToChoose(pair.roles) : 'origin';
  const withoutFiles = (place: string) =>
    [a.id, b.id].every((side) =>
      isMissingFile(queryClient.getQueryState(queryKeys.bilateral(focusFile(indicator.id, side, { role: focusRole, focus: place })))?.error),
    );
  const focusPlaces = allFocusPlaces.map((place) =>
    withoutFiles(place.id) ? { id: place.id, name: t('compare.focus.placeWithout', { place: place.name }) } : place,
  );
  const focusTexts = pair.kind === 'focus' ? focusWords(a, b, focus?.role ?? roleToChoose(pair.roles)) : null;
  // The catalog does not list the focus places a source has files for (one file per place, named by its code), only
  // whom the source covers: the picker lists every place of the focus level and says what the sources cover.
  const focusCoverage = pair.kind === 'focus' ? coverageHint(a, b) : null;
  const focusHint = focusCoverage === null ? null : t('compare.focus.coverage', { coverage: focusCoverage });
  const focusName = focus ? index.countryName(focus.focus) : null;
  const by = t(`level.by.${level}`);
  const withBreakdown = (text: string) => (breakdown ? t('map.withBreakdown', { text, breakdown }) : text);
  const boundaries = useMemo(() => boundariesOf(catalog, level), [catalog, level]);

  const model = useMemo(
    () => (groupedA && groupedB && !same ? buildPairModel(groupedA, groupedB, viewPeriod, options.tolerance) : null),
    [groupedA, groupedB, same, viewPeriod, options.tolerance],
  );
  // The ratio map and the table of every pair follow the statistics and the scatter in a render of their own, after their frame.
  const laterModel = useDeferredValue(model);
  const periodsB = useMemo(() => (groupedB ? periodsIn(groupedB) : []), [groupedB]);
  const shownPeriod = model?.period ?? viewPeriod;
  // The breakdowns are compared on the series of totals; a focus place's files in one slice at a time (the view's, see focusSlice).
  const dimensions = useMemo(
    () => (same || pair.kind !== 'totals' ? [] : commonDimensions(indicator, a.id, b.id)),
    [indicator, a.id, b.id, same, pair.kind],
  );
  const dimension = dimensions.find((d) => d.dimension.id === options.breakdown) ?? null;
  const chartCountries = useMemo(
    () => sortedCountries.filter((c) => groupedA?.get(c.id)?.size || groupedB?.get(c.id)?.size),
    [sortedCountries, groupedA, groupedB],
  );
  const autoCountry = chooseCountry(null, selected, groupedA, groupedB, model?.pairs ?? []);
  const country = chooseCountry(options.country, selected, groupedA, groupedB, model?.pairs ?? []);
  const countryName = country ? (names.get(country) ?? country) : null;
  const nowcast = useMemo(
    () =>
      options.nowcast && country && groupedA && groupedB
        ? nowcastCountry(country, groupedA.get(country), groupedB.get(country), options.tolerance)
        : null,
    [options.nowcast, country, groupedA, groupedB, options.tolerance],
  );
  const coverageA = useMemo(() => (groupedA ? coverageOf(groupedA) : null), [groupedA]);
  const coverageB = useMemo(() => (groupedB ? coverageOf(groupedB) : null), [groupedB]);
  const fresh = freshness(
    { source: a, latest: coverageA?.latest ?? null, releaseDate: queryA.data?.releaseDate ?? null },
    { source: b, latest: coverageB?.latest ?? null, releaseDate: queryB.data?.releaseDate ?? null },
  );
  const unit = indicator.unit;
  const both = groupedA !== null && groupedB !== null;
  const needsBoth = (content: ReactNode) =>
    both ? (
      (content ?? <p className="muted compare-missing">{t('compare.scatter.empty')}</p>)
    ) : (
      <MissingNote a={a} b={b} queryA={queryA} queryB={queryB} />
    );
  const nowcastFocus = useMemo(() => [...new Set([...(country ? [country] : []), ...selected])], [country, selected]);
  const ranked = useMemo(() => (model ? rankDisagreements(model.pairs, 10) : null), [model]);
  // PNG/SVG of the scatter, with the agreement and both sources' caveats; "Data shown (CSV)": the pairs.
  useCompareExports({ indicator, a, b, model: both ? model : null, tolerance: options.tolerance, names, slice, breakdown, focus });

  const controls = (
    <CompareControls
      sources={sources}
      a={a}
      b={b}
      periods={periodsB}
      period={shownPeriod}
      dimensions={dimensions}
      groups={pair.kind === 'totals'}
      countries={chartCountries.length > 0 ? chartCountries : sortedCountries}
      autoCountry={autoCountry}
      placeLabel={level === 'country' ? undefined : t('compare.chartPlace')}
      focus={
        // Until a focus is chosen, the prompt in the panel's body is the one picker.
        focusTexts &&
        focus && {
          label: t(focusTexts.label),
          places: focusPlaces,
          value: focus.focus,
          onChange: chooseFocus,
        }
      }
    />
  );
  const notes = (
    <>
      <BasisWarning a={a} b={b} />
      <ScopeWarning a={a} b={b} />
    </>
  );
  const focusId = useId();
  const mapPeriod = model ? formatPeriod(model.period, lang) : null;
  const mapTitle =
    level === 'country'
      ? mapPeriod
        ? t('compare.map.title', { period: mapPeriod })
        : t('compare.map.titleShort')
      : mapPeriod
        ? t('compare.map.titleLevel', { by, period: mapPeriod })
        : t('compare.map.titleLevelShort', { by });
  const matching = model && (
    <MatchingNote model={model} a={a} b={b} tolerance={options.tolerance} askedPeriod={viewPeriod} names={names} level={level} />
  );

  const focusPrompt = focusTexts && (focus === null || (isMissingFile(queryA.error) && isMissingFile(queryB.error)));
  const prompt = same || pair.kind === 'mismatch' || focusPrompt;
  const focusHeading = focusTexts && focus && (
    <h3 className="compare-focus">{withBreakdown(t(focusTexts.heading, { place: index.countryName(focus.focus), by, a: a.name, b: b.name }))}</h3>
  );
  // Answers first: on a wide screen the agreement and what sets the two sources apart lead, the options follow.
  const lead = !compact && !prompt;

  return (
    <CompareLevel.Provider value={level}>
      <div className={compact ? 'compare compare--compact' : 'compare'}>
        {lead && (
          <>
            {focusHeading}
            {model && <AgreementSummary agreement={model.agreement} period={model.period} />}
            {notes}
          </>
        )}
        <div className="panel-controls" hidden={!optionsOpen}>
          {controls}
        </div>
        {same ? (
          <EmptyState>{t('compare.sameSource')}</EmptyState>
        ) : pair.kind === 'mismatch' ? (
          <EmptyState>{t('compare.focus.mismatch', { a: a.name, b: b.name })}</EmptyState>
        ) : focusPrompt ? (
          <div className="panel-state focus-prompt" role="status">
            {focus !== null && <p>{t('compare.focus.noFiles', { a: a.name, b: b.name, place: index.countryName(focus.focus) })}</p>}
            <p>{t(focusTexts.needed, { a: a.name, b: b.name, by })}</p>
            {focus !== null && focusHint && <p>{focusHint}</p>}
            {/* With a focus chosen, the options' picker is on screen already. */}
            {focus === null && (
              <FocusSelect
                id={`${focusId}-prompt`}
                label={t(focusTexts.label)}
                countries={focusPlaces}
                value={null}
                onChange={chooseFocus}
                hint={focusHint}
              />
            )}
          </div>
        ) : (
          <>
            {!lead && focusHeading}
            <SourceStatus
              what={t('what.series', { indicator: indicator.label, source: a.name })}
              query={queryA}
              role="a"
              a={a}
              b={b}
              focusName={focusName}
            />
            <SourceStatus
              what={t('what.series', { indicator: indicator.label, source: b.name })}
              query={queryB}
              role="b"
              a={a}
              b={b}
              focusName={focusName}
            />
            {!compact && matching}
            <div className="compare-layout">
              {!lead && model && <AgreementSummary agreement={model.agreement} period={model.period} />}
              <Card
                title={
                  // Embedded or presented, the view's title above already names both sources and the period.
                  model && mode !== 'embed' && mode !== 'presenter'
                    ? t('compare.scatter.title', { a: a.name, b: b.name, period: formatPeriod(model.period, lang) })
                    : t('compare.scatter.titleShort')
                }
              >
                {needsBoth(
                  model && (
                    <ScatterPlot
                      pairs={model.pairs}
                      fit={model.agreement.fit}
                      unit={unit}
                      aName={a.name}
                      bName={b.name}
                      period={model.period}
                      names={names}
                      regionOf={regionOf}
                      regions={regions}
                      compact={compact}
                    />
                  ),
                )}
              </Card>
              {model && ranked && (
                <Card title={t('compare.ranked.title', { period: formatPeriod(model.period, lang) })}>
                  <RankedDisagreements ranked={ranked} aName={a.name} bName={b.name} period={model.period} names={names} onCountry={openCountry} />
                </Card>
              )}
              <Card title={mapTitle}>
                {needsBoth(
                  laterModel && (
                    <RatioMap
                      pairs={laterModel.pairs}
                      unit={unit}
                      aName={a.name}
                      bName={b.name}
                      period={laterModel.period}
                      names={names}
                      level={level}
                      boundaries={boundaries}
                    />
                  ),
                )}
              </Card>
              <Card
                title={
                  countryName
                    ? t('compare.chart.title', { country: countryName })
                    : t(level === 'country' ? 'compare.chart.titleShort' : 'compare.chart.titleShortLevel')
                }
              >
                {country && countryName && (groupedA || groupedB) ? (
                  <CountryChart
                    name={countryName}
                    a={groupedA?.get(country)}
                    b={groupedB?.get(country)}
                    unit={unit}
                    aName={a.name}
                    bName={b.name}
                    nowcast={nowcast}
                  />
                ) : (
                  <MissingNote a={a} b={b} queryA={queryA} queryB={queryB} />
                )}
              </Card>
              <Card title={t('compare.coverage.title')}>
                <CoverageSection a={a} b={b} coverageA={coverageA} coverageB={coverageB} freshness={fresh} countries={sortedCountries} />
              </Card>
              {dimension && (
                <Card
                  title={t('compare.breakdown.title', {
                    dimension: dimension.dimension.label.toLocaleLowerCase(lang),
                    period: shownPeriod ? formatPeriod(shownPeriod, lang) : '–',
                  })}
                  wide
                >
                  {needsBoth(
                    model && (
                      <BreakdownSection
                        indicator={indicator.id}
                        a={a}
                        b={b}
                        dimension={dimension}
                        period={model.period}
                        tolerance={options.tolerance}
                        overall={model.agreement}
                      />
                    ),
                  )}
                </Card>
              )}
              {options.nowcast && (
                <Card title={t('compare.nowcast.title')} wide>
                  {needsBoth(
                    groupedA && groupedB && (
                      <NowcastSection
                        a={a}
                        b={b}
                        groupedA={groupedA}
                        groupedB={groupedB}
                        tolerance={options.tolerance}
                        unit={unit}
                        focus={nowcastFocus}
                        names={names}
                      />
                    ),
                  )}
                </Card>
              )}
            </div>
            {compact && notes}
            {compact && matching}
            {laterModel && (
              <PairsTable
                pairs={laterModel.pairs}
                unit={unit}
                aName={a.name}
                bName={b.name}
                period={laterModel.period}
                names={names}
                onCountry={openCountry}
                level={level}
              />
            )}
          </>
        )}
      </div>
    </CompareLevel.Provider>
  );
}

function Card({ title, wide = false, children }: { title: string; wide?: boolean; children: ReactNode }) {
  return (
    <section className={wide ? 'compare-card compare-card--wide' : 'compare-card'}>
      <h3>{title}</h3>
      {children}
    </section>
  );
}

/** A source's loading or error state, saying what the rest of the panel can and cannot show without it. */
function SourceStatus({
  what,
  query,
  role,
  a,
  b,
  focusName,
}: {
  what: string;
  query: UseQueryResult<Series>;
  role: 'a' | 'b';
  a: Source;
  b: Source;
  /** The focus place's name, when the sides are one focus place's files. */
  focusName: string | null;
}) {
  const { t } = useT();
  const source = role === 'a' ? a : b;
  if (query.isPending) {
    return (
      <p className="compare-loading" role="status">
        <span className="spinner" aria-hidden="true" />
        {t('compare.status.loading', { source: source.name })}
      </p>
    );
  }
  if (!query.isError) return null;
  if (focusName !== null && isMissingFile(query.error)) {
    return (
      <p className="compare-source-error">
        {t('compare.focus.noFile', { source: source.name, place: focusName, other: (role === 'a' ? b : a).name })}
      </p>
    );
  }
  return (
    <div className="compare-source-error">
      <ErrorState what={what} error={query.error} onRetry={() => void query.refetch()} />
      <p>{t(role === 'a' ? 'compare.status.missingA' : 'compare.status.missingB', { a: a.name, b: b.name })}</p>
    </div>
  );
}

/** In place of a part that needs both sources. */
function MissingNote({ a, b, queryA, queryB }: { a: Source; b: Source; queryA: UseQueryResult<Series>; queryB: UseQueryResult<Series> }) {
  const { t } = useT();
  const failed = [queryA.isError ? a.name : null, queryB.isError ? b.name : null].filter((n): n is string => n !== null);
  if (failed.length > 0) return <p className="muted compare-missing">{t('compare.status.needsBoth', { sources: failed.join(', ') })}</p>;
  return <p className="muted compare-missing">{t('compare.status.waiting')}</p>;
}
