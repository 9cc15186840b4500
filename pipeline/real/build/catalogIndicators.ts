import { TOTAL_SLICE } from '../../../src/contract/paths';
import type { Indicator } from '../../../src/contract/schema';
import { withDimensionTexts } from '../../shared/catalogTexts';
import type { IndicatorConfig, SourceConfig } from '../config';
import type { BuildReport } from '../report';
import type { DataFiles } from './dataFiles';

/**
 * The catalog entries of the indicators that some source has figures for, each listing its
 * sources in the config's order (then the others in source order) with their breakdowns.
 */
export function catalogIndicators(
  configs: Iterable<IndicatorConfig>,
  sources: readonly SourceConfig[],
  data: DataFiles,
  warnings: string[],
): { indicators: Indicator[]; reports: BuildReport['indicators'] } {
  const sourceIds = sources.map((s) => s.id);
  const placeOf = new Map(sources.map((s) => [s.id, refLevels(s)]));
  const indicators: Indicator[] = [];
  const reports: BuildReport['indicators'] = [];
  for (const config of configs) {
    const withBilateral = data.bilateral.get(config.id) ?? new Map<string, Set<string>>();
    const refs = sourceRefs(config, sourceIds, data.series.get(config.id), withBilateral, warnings);
    if (refs.length === 0) {
      warnings.push(`${config.id}: no source has figures for this indicator; left out of the catalog`);
      continue;
    }
    const bilateral = withBilateral.size > 0;
    if (bilateral) {
      const without = refs.filter((r) => !withBilateral.has(r.id)).map((r) => r.id);
      if (without.length > 0)
        warnings.push(
          `${config.id}: bilateral figures come from ${[...withBilateral.keys()].join(', ')} only; ${without.join(', ')} ha${without.length === 1 ? 's' : 've'} no bilateral/ files`,
        );
    }
    indicators.push({
      id: config.id,
      label: config.label,
      unit: config.unit,
      description: config.description,
      topic: config.topic,
      signed: config.signed,
      bilateral,
      grain: config.grain,
      dimensions: config.dimensions.map(withDimensionTexts),
      sources: refs.map((r) => ({ ...r, ...placeOf.get(r.id) })),
      ...(config.i18n ? { i18n: config.i18n } : {}),
    });
    reports.push({ id: config.id, sources: refs.map((r) => r.id), bilateral });
  }
  return { indicators, reports };
}

/** An indicator's sources with their series breakdowns and bilateral breakdowns; a source without a total series is left out. */
function sourceRefs(
  config: IndicatorConfig,
  sourceIds: readonly string[],
  bySource: ReadonlyMap<string, Set<string>> | undefined,
  withBilateral: ReadonlyMap<string, Set<string>>,
  warnings: string[],
): Indicator['sources'] {
  const order = [...config.sources, ...sourceIds.filter((id) => !config.sources.includes(id))];
  const declared = config.dimensions.flatMap((d) => d.values.map((value) => `${d.id}-${value.id}`));
  const refs: Indicator['sources'] = [];
  for (const id of order) {
    const slices = bySource?.get(id);
    const bilateralBreakdowns = declared.filter((s) => withBilateral.get(id)?.has(s));
    const bilateralRef = bilateralBreakdowns.length > 0 ? { bilateralBreakdowns } : {};
    if (!slices) {
      if (withBilateral.has(id)) refs.push({ id, breakdowns: [], total: false, ...bilateralRef });
      continue;
    }
    if (!slices.has(TOTAL_SLICE)) {
      warnings.push(`${config.id}: source ${id} has breakdowns but no total; left out of this indicator`);
      continue;
    }
    const breakdowns = declared.filter((s) => slices.has(s));
    const unreachable = bilateralBreakdowns.filter((s) => !slices.has(s));
    if (unreachable.length > 0)
      warnings.push(
        `${config.id}: source ${id} has bilateral figures by ${unreachable.join(', ')} but no series by ${unreachable.length === 1 ? 'it' : 'them'}: the app offers only the breakdowns of a source's series`,
      );
    refs.push({ id, breakdowns, ...bilateralRef });
  }
  return refs;
}

/** A source's level, focus level and roles as its indicator entry names them; nothing for a source of countries. */
function refLevels(source: SourceConfig): Pick<Indicator['sources'][number], 'level' | 'focusLevel' | 'roles'> {
  const level = source.level ?? 'country';
  return {
    ...(level !== 'country' ? { level } : {}),
    ...(source.focusLevel !== undefined && source.focusLevel !== level ? { focusLevel: source.focusLevel } : {}),
    ...(source.roles !== undefined ? { roles: [...source.roles] } : {}),
  };
}
