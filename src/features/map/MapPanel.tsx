import type { UseQueryResult } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useId, useMemo, useState, type ReactNode } from 'react';
import type { Catalog, Series } from '../../contract/schema';
import { peopledCountries } from '../../data/peopled';
import { bilateralChoice } from '../../data/bilateralChoice';
import { useBilateral } from '../../data/queries';
import { periodOrdinal } from '../../data/seriesIndex';
import { breakdownText, type ResolvedView } from '../../data/resolveView';
import { measuresTies, unitKey } from '../../data/ties';
import { formatPeriod, formatValue } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { useViewStore } from '../../state/store';
import { EmptyState, ErrorState, LoadingState } from '../../components/PanelStatus';
import { FocusPrompt, isMissingFile } from '../../components/FocusPrompt';
import { ViewSummary } from '../../components/ViewSummary';
import { TOTAL_SLICE } from '../../contract/paths';
import { HIDDEN_SHAPES } from './geometry';
import { MapControls, withinText } from './MapControls';
import { MapCountryList, type ListRow } from './MapCountryList';
import { MapErrorBoundary } from './MapErrorBoundary';
import { MapLegend } from './MapLegend';
import { OdNotice } from './OdNotice';
import { mapTexts } from './mapTexts';
import { buildMapModel, scaleModeFor, withUninhabited } from './mapModel';
import type { TooltipInfo } from './MapTooltip';
import { useMapGeometry } from './useMapGeometry';
import { useReducedMotion } from '../../lib/useReducedMotion';
import { hasWebGL } from './webgl';
import { useMapExport } from '../../lib/export/usePanelExports';
import './map.css';

const MapCanvas = lazy(() => import('./maplibre'));

interface Props {
  catalog: Catalog;
  resolved: ResolvedView;
  seriesQuery: UseQueryResult<Series>;
  /** The period on screen (the chosen one, or the latest of the series). */
  period: string | null;
}

function MapUnavailable({ message, onTable }: { message: string; onTable: () => void }) {
  const { t } = useT();
  return (
    <div className="panel-state map-unavailable" role="status">
      <p>{message}</p>
      <button type="button" onClick={onTable}>
        {t('map.openTable')}
      </button>
    </div>
  );
}

/**
 * The map panel: a choropleth of the view's indicator, source and period (or, for bilateral
 * indicators, of migrants from or in one focus country), with its options, legend and a keyboard
 * list of the countries. A failure of the map itself stays in the map's box.
 */
export function MapPanel({ catalog, resolved, seriesQuery, period }: Props) {
  const { t, lang } = useT();
  const titleId = useId();
  const options = useViewStore((s) => s.view.map);
  const selected = useViewStore((s) => s.view.countries);
  const toggleCountry = useViewStore((s) => s.toggleCountry);
  const setPanel = useViewStore((s) => s.setPanel);
  const setMapOptions = useViewStore((s) => s.setMapOptions);
  const setSlice = useViewStore((s) => s.setSlice);
  const reducedMotion = useReducedMotion();
  const [webgl] = useState(hasWebGL);
  const [failure, setFailure] = useState<unknown>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const geometryQuery = useMapGeometry(webgl);

  const { indicator, source, perCountry } = resolved;
  const ties = measuresTies(source);
  const od = indicator.bilateral ? options.od : null;
  const choice = od ? bilateralChoice(resolved, od) : null;
  const bilateralQuery = useBilateral(choice?.ref ?? null);
  // Without the breakdown's file, the total's tells whether the source has anything to offer for this country.
  const totalQuery = useBilateral(choice?.total ?? null);
  const dataQuery = od ? bilateralQuery : seriesQuery;
  const series = dataQuery.data;

  const countries = catalog.geographies.countries;
  const names = useMemo(() => new Map(countries.map((c) => [c.id, c.name])), [countries]);
  const shown = useMemo(
    () => peopledCountries(countries).filter((c) => !HIDDEN_SHAPES.has(c.id)).sort((a, b) => a.name.localeCompare(b.name, lang)),
    [countries, lang],
  );
  const uninhabited = useMemo(() => new Set(countries.filter((c) => c.uninhabited === true).map((c) => c.id)), [countries]);
  const focus = od?.focus ?? null;
  const ids = useMemo(() => shown.map((c) => c.id).filter((id) => id !== focus), [shown, focus]);
  const focusName = focus ? (names.get(focus) ?? focus) : null;
  const breakdown = breakdownText(indicator, resolved.slice);
  const texts = useMemo(
    () => mapTexts(t, { indicator: indicator.label, role: od?.role ?? null, ties, focusName: focusName ?? '', breakdown }),
    [t, indicator.label, od, ties, focusName, breakdown],
  );
  const odContext = texts.context;

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
  const grain = (period === null ? null : periodOrdinal(period)?.grain) ?? indicator.grain;
  const within = options.tolerance > 0 ? withinText(t, options.tolerance, grain) : null;
  // An index of ties is said to be one by the legend and by each tooltip's context line.
  const fmtValue = useCallback(
    (value: number) => (indicator.unit === 'usd' || ties ? formatValue(value, indicator.unit, lang) : `${formatValue(value, indicator.unit, lang)} ${unitLabel}`),
    [indicator.unit, lang, unitLabel, ties],
  );

  const describe = useCallback(
    (id: string): TooltipInfo | null => {
      const name = names.get(id);
      if (!name) return null;
      const fill = model?.fills.get(id);
      const picked = fill?.picked ?? null;
      const observation = picked?.observation ?? null;
      const periodText = period ? formatPeriod(period, lang) : '—';
      return {
        id,
        name,
        value: observation ? fmtValue(observation.value) : null,
        period: picked ? formatPeriod(picked.period, lang) : null,
        nearest: picked && picked.offset !== 0 ? t('map.tooltip.nearest', { period: formatPeriod(picked.period, lang), chosen: periodText }) : null,
        noData: uninhabited.has(id) ? t('map.tooltip.uninhabited') : picked || id === focus ? null : within ? t('map.tooltip.noDataWithin', { within, period: periodText }) : t('map.tooltip.noData'),
        context: id !== focus ? odContext : null,
        source: t('map.tooltip.source', { source: source.name }),
        flag: observation?.flag ? t('map.tooltip.flag', { flag: t(`flag.${observation.flag}`) }) : null,
        range:
          observation && observation.lower !== null && observation.upper !== null
            ? t('map.tooltip.range', { lower: fmtValue(observation.lower), upper: fmtValue(observation.upper) })
            : null,
        focus: id === focus ? t('map.tooltip.focus') : null,
        selected: selected.includes(id) ? t('map.tooltip.selected') : null,
      };
    },
    [names, model, period, lang, fmtValue, t, focus, within, odContext, source.name, selected, uninhabited],
  );

  const rows: ListRow[] = useMemo(
    () =>
      shown.map((country) => {
        const picked = model?.fills.get(country.id)?.picked ?? null;
        return {
          id: country.id,
          name: country.name,
          valueText: country.id === focus ? t('map.tooltip.focus') : picked ? fmtValue(picked.observation.value) : t('map.legend.noData'),
          nearest: picked !== null && picked.offset !== 0,
          selected: selected.includes(country.id),
        };
      }),
    [shown, model, focus, t, fmtValue, selected],
  );

  const defaultFocus = useMemo(() => {
    const fromSelection = selected.find((id) => names.has(id));
    if (fromSelection) return fromSelection;
    let top: string | null = null;
    let best = -Infinity;
    for (const [id, fill] of model?.fills ?? []) {
      const value = fill.picked?.observation.value;
      if (value !== undefined && value > best) {
        best = value;
        top = id;
      }
    }
    return top;
  }, [selected, names, model]);

  const periodText = period ? formatPeriod(period, lang) : '—';
  const title = t('map.title', { indicator: texts.subject, period: periodText });
  // PNG/SVG export: the map's title, legend and notes (MapCanvas registers the picture).
  useMapExport({ title, source: source.name, unit: indicator.unit, unitLabel, model, classification: options.classification, focusName, selectedCount: selected.length });

  const openTable = () => setPanel('table');
  let stage: ReactNode;
  if (!webgl) stage = <MapUnavailable message={t('map.noWebgl')} onTable={openTable} />;
  else if (failure) stage = <MapUnavailable message={t('map.failed')} onTable={openTable} />;
  else
    stage = (
      <MapErrorBoundary fallback={() => <MapUnavailable message={t('map.failed')} onTable={openTable} />}>
        <Suspense fallback={<LoadingState />}>
          <MapCanvas
            geometry={geometryQuery.data ?? null}
            fills={fills}
            fillKey={fillKey}
            selected={selected}
            focus={focus}
            region={options.region}
            activeId={activeId}
            describe={describe}
            onToggle={toggleCountry}
            onFailure={setFailure}
            label={t('map.canvas', { title })}
            locale={{ zoomIn: t('map.zoomIn'), zoomOut: t('map.zoomOut') }}
            reducedMotion={reducedMotion}
          />
        </Suspense>
      </MapErrorBoundary>
    );

  const what = od
    ? t(ties ? 'map.what.ties' : 'map.what.bilateral', { country: focusName ?? '', source: source.name })
    : t('what.series', { indicator: indicator.label, source: source.name });
  const loadQuery = choice?.missingSlice ? totalQuery : dataQuery;
  const odMissing = od !== null && isMissingFile(loadQuery.error);
  let overlay: ReactNode = null;
  const mapShown = webgl && !failure;
  if (mapShown && geometryQuery.isError)
    overlay = <ErrorState what={t('map.what.boundaries')} error={geometryQuery.error} onRetry={() => void geometryQuery.refetch()} />;
  else if (!perCountry && od === null) overlay = <FocusPrompt catalog={catalog} resolved={resolved} />;
  else if (loadQuery.isPending || (mapShown && geometryQuery.isPending)) overlay = <LoadingState />;
  else if (odMissing && !perCountry) overlay = <FocusPrompt catalog={catalog} resolved={resolved} missing={focus} picker={false} />;
  else if (odMissing) overlay = <OdNotice message={t('map.odMissing', { source: source.name, country: focusName ?? '' })} onLeave={() => setMapOptions({ od: null })} />;
  else if (choice?.missingSlice)
    overlay = (
      <OdNotice
        message={t('map.odNoSlice', { source: source.name, breakdown: breakdown ?? choice.missingSlice })}
        onTotal={() => setSlice(TOTAL_SLICE)}
        onLeave={() => setMapOptions({ od: null })}
      />
    );
  else if (dataQuery.isError) overlay = <ErrorState what={what} error={dataQuery.error} onRetry={() => void dataQuery.refetch()} />;
  else if (model && model.withValue === 0)
    overlay = <EmptyState>{t('state.empty', { indicator: od ? title : indicator.label, source: source.name, period: periodText })}</EmptyState>;

  return (
    <div className="map-panel">
      {series && <ViewSummary catalog={catalog} resolved={resolved} series={series} period={period} subject={texts.subject} />}
      <MapControls
        options={options}
        grain={grain}
        bilateral={indicator.bilateral}
        perCountry={perCountry}
        ties={ties}
        countries={shown}
        defaultFocus={defaultFocus}
      />
      <div className="map-layout">
        <div className="map-stage" aria-labelledby={titleId} role="group">
          <h3 className="map-title" id={titleId}>
            {title}
          </h3>
          {stage}
          {overlay && <div className="map-stage__overlay">{overlay}</div>}
        </div>
        <div className="map-side">
          <MapLegend
            model={model}
            unit={indicator.unit}
            unitLabel={unitLabel}
            method={options.classification}
            log={options.log}
            within={within}
            focusName={focusName}
            selectedCount={selected.length}
          />
          <MapCountryList rows={rows} activeId={activeId} onActive={setActiveId} onToggle={toggleCountry} />
        </div>
      </div>
      <p className="map-credit muted">{t('map.credit')}</p>
    </div>
  );
}
