/**
 * The map panel's model: the view's options and selection, the figures (the view's series, or
 * in origin–destination mode the focus country's bilateral file), the boundaries, and what the
 * pure functions of mapModel.ts and mapPanelModel.ts make of them.
 */
import type { UseQueryResult } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import type { Catalog, Series } from '../../contract/schema';
import { peopledCountries } from '../../data/peopled';
import { bilateralChoice } from '../../data/bilateralChoice';
import { useBilateral } from '../../data/queries';
import { parsePeriod } from '../../lib/period';
import { breakdownText, type ResolvedView } from '../../data/resolveView';
import { measuresTies, unitKey } from '../../data/ties';
import { formatPeriod } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { useViewStore } from '../../state/store';
import { isMissingFile } from '../../components/FocusPrompt';
import { HIDDEN_SHAPES } from './mapShapes';
import { withinText } from './MapControls';
import { mapTexts } from './mapTexts';
import { buildMapModel, scaleModeFor, withUninhabited } from './mapModel';
import { countryRows, defaultFocus, mapOverlay, mapValueText, tooltipInfo } from './mapPanelModel';
import { useMapGeometry } from './useMapGeometry';
import { useLevelKit } from './useLevelKit';
import { hasWebGL } from './webgl';
import { catalogIndex, focusLevelOfRef, levelOfRef, rolesOfRef } from '../../data/catalogIndex';

export function useMapPanelModel(
  catalog: Catalog,
  resolved: ResolvedView,
  seriesQuery: UseQueryResult<Series>,
  period: string | null,
  /** Whether the map's first frame is behind it (or none is coming): the list of places and the country level's level control wait for that. */
  firstFrameDone = true,
) {
  const { t, lang } = useT();
  const options = useViewStore((s) => s.view.map);
  const selected = useViewStore((s) => s.view.countries);
  const [webgl] = useState(hasWebGL);
  const [failure, setFailure] = useState<unknown>(null);
  const { indicator, source, perCountry } = resolved;

  // The level of the source shown (one level per view) and, for a bilateral source, of its focus.
  const index = useMemo(() => catalogIndex(catalog), [catalog]);
  const ref = index.sourceRef(indicator, source.id);
  const level = levelOfRef(ref);
  const focusLevel = focusLevelOfRef(ref);
  const roles = rolesOfRef(ref);
  const indicatorLevels = useMemo(() => index.levelsOf(indicator), [index, indicator]);
  const below = level !== 'country';
  const levelEntry = below ? index.level(level) : undefined;
  // Without WebGL no frame is coming.
  const afterFirstFrame = firstFrameDone || !webgl;
  const kit = useLevelKit(below || focusLevel !== 'country' || (afterFirstFrame && indicatorLevels.length > 1));
  const geometryQuery = useMapGeometry(webgl, levelEntry ?? 'country');
  // Below the country level, the countries drawn plain under the units: asked for once the units are in, so
  // never before the level's first view (and never at the country level, whose shapes they are).
  const baseQuery = useMapGeometry(webgl && below && geometryQuery.isSuccess, 'country');
  const ties = measuresTies(source);
  const od = indicator.bilateral ? options.od : null;
  const choice = od ? bilateralChoice(resolved, od) : null;
  const bilateralQuery = useBilateral(choice?.ref ?? null);
  // Without the breakdown's file, the total's tells whether the source has anything to offer for this country.
  const totalQuery = useBilateral(choice?.total ?? null);
  const dataQuery = od ? bilateralQuery : seriesQuery;
  const series = dataQuery.data;

  const countries = catalog.geographies.countries;
  const countryList = useMemo(
    () =>
      peopledCountries(countries)
        .filter((c) => !HIDDEN_SHAPES.has(c.id))
        .sort((a, b) => a.name.localeCompare(b.name, lang)),
    [countries, lang],
  );
  // The places of the map: the countries, or the units of the level (named with their country).
  const shown: readonly { id: string; name: string }[] = useMemo(
    () => (below ? (kit?.unitPlaces(index, level, t, lang) ?? []) : countryList),
    [below, kit, index, level, t, lang, countryList],
  );
  // The focus picker's places: of the focus level (origin countries of figures by US state).
  const focusChoices = useMemo(
    () => (focusLevel === level ? shown : focusLevel === 'country' ? countryList : (kit?.unitPlaces(index, focusLevel, t, lang) ?? [])),
    [focusLevel, level, shown, countryList, kit, index, t, lang],
  );
  const names = useMemo(() => new Map([...countries, ...shown, ...focusChoices].map((c) => [c.id, c.name])), [countries, shown, focusChoices]);
  const uninhabited = useMemo(() => new Set(below ? [] : countries.filter((c) => c.uninhabited === true).map((c) => c.id)), [countries, below]);
  const focus = od?.focus ?? null;
  const ids = useMemo(() => shown.map((c) => c.id).filter((id) => id !== focus), [shown, focus]);
  const focusName = focus ? (names.get(focus) ?? index.countryName(focus)) : null;
  // The focus in the legend and the tooltip, in the words of its level ("Focus region: Stuttgart, Germany");
  // none in the legend when it is not drawn (an origin country of figures by state).
  const focusAtLevel = below && kit !== null && focusLevel === level;
  const focusMark = focusAtLevel ? t(`level.focusMark.${level}`) : t('map.tooltip.focus');
  const focusLegend =
    focusName === null || focusLevel !== level
      ? null
      : focusAtLevel
        ? t(`level.focusLegend.${level}`, { place: focusName })
        : t('map.legend.focus', { country: focusName });
  const breakdown = breakdownText(indicator, resolved.slice, t);
  const texts = useMemo(
    // Below the country the words come with the level kit (kit: computed again once it is here).
    () =>
      mapTexts(t, {
        indicator: indicator.label,
        role: od?.role ?? null,
        ties,
        focusName: focusName ?? '',
        breakdown,
        level: kit ? level : 'country',
      }),
    [t, indicator.label, od, ties, focusName, breakdown, level, kit],
  );

  const model = useMemo(
    () =>
      series && period
        ? buildMapModel({
            series,
            period,
            tolerance: options.tolerance,
            ids,
            mode: scaleModeFor(indicator, od !== null),
            method: options.classification,
            log: options.log,
          })
        : null,
    [series, period, options.tolerance, options.classification, options.log, ids, indicator, od],
  );

  const fills = useMemo(() => withUninhabited(model?.fills ?? new Map(), uninhabited), [model, uninhabited]);
  const fillKey = [
    indicator.id,
    level,
    source.id,
    resolved.slice,
    od ? `${od.role}~${od.focus}` : '-',
    period ?? '-',
    options.tolerance,
    options.classification,
    options.log ? 'log' : 'lin',
    model ? 'data' : 'none',
  ].join('|');

  const unitLabel = t(unitKey(indicator, source));
  // A monthly source of a yearly indicator (Facebook's collection dates) counts its tolerance in months.
  const grain = (period === null ? null : parsePeriod(period)?.grain) ?? indicator.grain;
  const within = options.tolerance > 0 ? withinText(t, options.tolerance, grain) : null;
  const valueText = useCallback(
    (value: number) => mapValueText(value, indicator.unit, unitLabel, ties, lang),
    [indicator.unit, lang, unitLabel, ties],
  );

  const odContext = texts.context;
  const sourceName = source.name;
  const describe = useCallback(
    (id: string) =>
      tooltipInfo(
        id,
        { names, fills: model?.fills, period, focus, focusMark, within, context: odContext, sourceName, selected, uninhabited, valueText },
        t,
        lang,
      ),
    [names, model, period, focus, focusMark, within, odContext, sourceName, selected, uninhabited, valueText, t, lang],
  );
  // The list of every place (hundreds of rows, each value formatted) waits for the first frame: null until then.
  const rows = useMemo(
    () => (afterFirstFrame ? countryRows(shown, { fills: model?.fills, focus, focusMark, selected, valueText }, t) : null),
    [afterFirstFrame, shown, model, focus, focusMark, selected, valueText, t],
  );
  const focusNames = useMemo(() => new Map(focusChoices.map((c) => [c.id, c.name])), [focusChoices]);
  const firstFocus = useMemo(
    () => defaultFocus(selected, focusNames, focusLevel === level ? model?.fills : undefined),
    [selected, focusNames, focusLevel, level, model],
  );

  const periodText = period ? formatPeriod(period, lang) : '—';
  const title = t('map.title', { indicator: texts.subject, period: periodText });

  const what = od
    ? t(ties ? 'map.what.ties' : 'map.what.bilateral', { country: focusName ?? '', source: source.name })
    : t('what.series', { indicator: indicator.label, source: source.name });
  const loadQuery = choice?.missingSlice ? totalQuery : dataQuery;
  const mapShown = webgl && !failure;
  const overlay = mapOverlay({
    mapShown,
    // Below the country, the places come with the level's code.
    boundaries: { pending: geometryQuery.isPending || (below && !kit), failed: geometryQuery.isError },
    perCountry,
    originDestination: od !== null,
    loading: loadQuery.isPending,
    odMissing: od !== null && isMissingFile(loadQuery.error),
    missingSlice: Boolean(choice?.missingSlice),
    failed: dataQuery.isError,
    empty: model !== null && model.withValue === 0,
  });

  return {
    index,
    level,
    levelEntry,
    indicatorLevels,
    roles,
    kit,
    focusLevel,
    focusChoices,
    options,
    selected,
    webgl,
    failure,
    setFailure,
    geometryQuery,
    base: below ? (baseQuery.data ?? null) : null,
    dataQuery,
    series,
    ties,
    originDestination: od !== null,
    focus,
    focusName,
    focusLegend,
    breakdown,
    missingSlice: choice?.missingSlice ?? null,
    shown,
    texts,
    model,
    fills,
    fillKey,
    unitLabel,
    grain,
    within,
    describe,
    rows,
    defaultFocus: firstFocus,
    periodText,
    title,
    what,
    overlay,
  };
}
