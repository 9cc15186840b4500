/**
 * Mapping a source's raw observations to figures: each is selected by the series mappings, its
 * countries resolved, its period, value, unit and flag normalised, and two figures for one country
 * and period combined, dropped or reported as ambiguous, as the mapping says.
 */
import type { SubLevel } from '../../geo/levels';
import type { GeoMatch, GeoResolver } from '../codes';
import type { UnitResolver } from '../units';
import type { IndicatorConfig, ReadEntry, SeriesMap, SourceConfig } from '../config';
import { mapFlag, normalisePeriod, parseValue, tidyNumber, unitOf } from '../normalise';
import type { RawObservation } from '../readers/types';
import { DropLog, type DropReason } from '../report';
import { higherFlag, type Cell } from './cell';
import type { GroupTracker } from './groups';
import { keptAggregate } from './aggregates';

function describe(observation: RawObservation): string {
  const dims = Object.entries(observation.dims)
    .map(([k, v]) => `${k}=${v}`)
    .join(' ');
  return `${observation.measure}${dims ? ` ${dims}` : ''}`;
}

function matches(where: SeriesMap['where'], observation: RawObservation): boolean {
  for (const [key, wanted] of Object.entries(where)) {
    const actual = key === 'measure' ? observation.measure : observation.dims[key];
    if (actual === undefined) return false;
    const list = Array.isArray(wanted) ? wanted : [wanted];
    if (!list.some((w) => String(w) === actual)) return false;
  }
  return true;
}

/** The figures of one source, as they are accumulated from its observations. */
export class SourceAccumulator {
  readonly drops = new DropLog();
  /** Rows that share a country and period under `combine: "unique"`: the source cannot be built. */
  readonly ambiguous: string[] = [];
  /** "indicator|slice" → "geo|period" → cell. */
  readonly series = new Map<string, Map<string, Cell>>();
  /** "indicator|slice" → "aggregate|period" → cell: the publisher's own figures for World, regions, income groups, the EU. */
  readonly aggregates = new Map<string, Map<string, Cell>>();
  /** "indicator|slice" → "destination|origin|period" → cell. */
  readonly bilateral = new Map<string, Map<string, Cell>>();
  readonly flagNotes = new Set<string>();
  /** How many observations each series mapping selected: a mapping that selects none is reported. */
  readonly selectedBy = new Map<SeriesMap, number>();
  /** Resolved codes: a file repeats the same few hundred codes and names many times. */
  private readonly memo = new Map<string, GeoMatch>();
  private readonly periods = new Map<string, ReturnType<typeof normalisePeriod>>();
  /** Why the observation being added was left out, by reason: it counts once per reason, however many mappings select it. */
  private readonly pending = new Map<DropReason, string>();

  constructor(
    private readonly source: SourceConfig,
    private readonly indicators: ReadonlyMap<string, IndicatorConfig>,
    private readonly resolver: GeoResolver,
    private readonly groups: GroupTracker,
    private readonly units?: UnitResolver,
  ) {}

  /** The level of one side of the source's observations: geo at the source's level, the counterpart at its focus level. */
  private levelOf(side: 'geo' | 'counterpart'): string {
    const level = this.source.level ?? 'country';
    return side === 'geo' ? level : (this.source.focusLevel ?? level);
  }

  add(entry: ReadEntry, observation: RawObservation): void {
    this.pending.clear();
    let selected = false;
    for (const map of entry.series) {
      if (!matches(map.where, observation)) continue;
      const hasGeo = observation.geo !== null && observation.geo !== undefined && observation.geo !== '';
      const hasCounterpart = observation.counterpart !== null && observation.counterpart !== undefined && observation.counterpart !== '';
      if (map.bilateral ? !(hasGeo && hasCounterpart) : map.by === 'geo' ? !hasGeo : !hasCounterpart) continue;
      selected = true;
      this.selectedBy.set(map, (this.selectedBy.get(map) ?? 0) + 1);
      this.addTo(map, observation);
    }
    if (!selected) this.drops.add('unmapped', describe(observation));
    for (const [reason, example] of this.pending) this.drops.add(reason, example);
  }

  private drop(reason: DropReason, example: string): void {
    if (!this.pending.has(reason)) this.pending.set(reason, example);
  }

  /**
   * The ISO3 of one side of an observation, or undefined after logging why it is left out. With
   * `aggregates`, a group kept as an aggregate gives its id, marked.
   */
  private country(side: 'geo' | 'counterpart', observation: RawObservation, aggregates = false): string | { aggregate: string } | undefined {
    const raw = side === 'geo' ? observation.geo : observation.counterpart;
    const name = side === 'geo' ? observation.geoName : observation.counterpartName;
    const kind = side === 'geo' ? observation.geoCodes : observation.counterpartCodes;
    const saysGroup = side === 'geo' ? observation.geoGroup : observation.counterpartGroup;
    const level = this.levelOf(side);
    const memoKey = `${level}\u0000${kind ?? 'auto'}\u0000${String(raw)}\u0000${name ?? ''}`;
    let match = this.memo.get(memoKey);
    if (match === undefined) {
      if (level === 'country') match = this.resolver.resolve(raw, kind ?? 'auto', name);
      else if (this.units === undefined) match = { kind: 'unknown', reason: `the build has no units of level ${level}` };
      else match = this.units.resolve(level as SubLevel, raw);
      this.memo.set(memoKey, match);
    }
    if (saysGroup === true) match = { kind: 'group', id: String(raw), name: name ?? String(raw) };
    switch (match.kind) {
      case 'country':
        return match.id;
      case 'group': {
        const label =
          name !== undefined && name.trim() !== '' && (match.name === String(raw) || match.name.startsWith('UN M49 group'))
            ? name.trim()
            : match.name;
        this.groups.add(match.id, label, this.source.id);
        const aggregate = aggregates ? keptAggregate(match.id) : undefined;
        if (aggregate !== undefined) return { aggregate };
        this.drop('group', String(raw) === label ? label : `${String(raw)} ${label}`);
        return undefined;
      }
      case 'other':
        this.drop('other', match.reason.startsWith(String(raw)) ? match.reason : `${String(raw)}: ${match.reason}`);
        return undefined;
      case 'unknown':
        this.drop('unknownGeo', `${match.reason}${name && name !== raw ? ` (${name})` : ''}`);
        return undefined;
    }
  }

  private addTo(map: SeriesMap, observation: RawObservation): void {
    const indicator = this.indicators.get(map.indicator)!;
    let geo: string | undefined;
    let origin: string | undefined;
    let aggregate = false;
    if (map.bilateral) {
      geo = this.country('geo', observation) as string | undefined;
      if (geo === undefined) return;
      origin = this.country('counterpart', observation) as string | undefined;
      if (origin === undefined) return;
    } else {
      // An aggregate is kept only as the publisher gives it: never through a mapping that adds rows up.
      const place = this.country(map.by, observation, map.combine !== 'sum');
      if (place === undefined) return;
      aggregate = typeof place !== 'string';
      geo = typeof place === 'string' ? place : place.aggregate;
    }
    const where = (): string => `${geo}${origin ? `←${origin}` : ''} ${String(observation.period)}`;
    const grain = map.grain ?? indicator.grain;
    const periodKey = `${grain}\u0000${String(observation.period)}`;
    let period = this.periods.get(periodKey);
    if (period === undefined) {
      period = normalisePeriod(observation.period, grain);
      this.periods.set(periodKey, period);
    }
    if (!period.ok) {
      this.drop('period', period.reason);
      return;
    }
    const parsed = parseValue(observation.value);
    if (!parsed.ok) {
      this.drop('noValue', parsed.reason);
      return;
    }
    if (parsed.value === 0 && map.zeros === 'missing') {
      this.drop('zeroNoRow', where());
      return;
    }
    const unit = unitOf(observation.unit);
    if (unit !== undefined && unit.unit !== indicator.unit) {
      this.drop('unit', `${where()}: unit ${observation.unit} (${unit.unit}) for an indicator in ${indicator.unit}`);
      return;
    }
    const factor = map.scale ?? (unit?.factor ?? 1) * (observation.multiplier ?? 1);
    const scaled = (x: number): number => (factor === 1 ? x + 0 : tidyNumber(x * factor));
    const value = scaled(parsed.value);
    if (value < 0 && !indicator.signed) {
      this.drop('negative', `${where()}: ${value}`);
      return;
    }
    const bound = (raw: unknown): number | null => {
      if (raw === undefined) return null;
      const b = parseValue(raw);
      return b.ok ? scaled(b.value) : null;
    };
    const flag = mapFlag(observation.flag, map.flags);
    if (!flag.ok) this.flagNotes.add(flag.reason);
    const cell: Cell = { value, lower: bound(observation.lower), upper: bound(observation.upper), flag: flag.ok ? flag.value : null };

    const cells = this.cellsOf(map.bilateral ? this.bilateral : aggregate ? this.aggregates : this.series, `${indicator.id}|${map.slice}`);
    const key = map.bilateral ? `${geo}|${origin}|${period.value}` : `${geo}|${period.value}`;
    const existing = cells.get(key);
    if (existing !== undefined && aggregate) {
      // One group under two codes of a publisher (the World Bank's HIC and XD): the first is kept, never a sum.
      this.drop('duplicate', `${indicator.id}/${map.slice} ${where()}: ${cell.value} (kept ${existing.value})`);
      return;
    }
    if (existing === undefined) {
      cells.set(key, cell);
    } else if (map.combine === 'sum') {
      existing.value = tidyNumber(existing.value + cell.value);
      existing.lower = null;
      existing.upper = null;
      existing.flag = higherFlag(existing.flag, cell.flag);
    } else if (map.combine === 'first') {
      this.drop(
        'duplicate',
        `${indicator.id}/${map.slice} ${where()}: ${cell.value} ${cell.value === existing.value ? '(same value)' : `(kept ${existing.value})`}`,
      );
    } else {
      this.ambiguous.push(`${indicator.id}/${map.slice} ${where()}: ${existing.value} and ${cell.value}`);
    }
  }

  private cellsOf(maps: Map<string, Map<string, Cell>>, key: string): Map<string, Cell> {
    let cells = maps.get(key);
    if (!cells) {
      cells = new Map();
      maps.set(key, cells);
    }
    return cells;
  }
}
