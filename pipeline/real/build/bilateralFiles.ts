import { bilateralPath } from '../../../src/contract/paths';
import type { LevelId } from '../../../src/contract/levels';
import { CONTRACT_VERSION, type Series } from '../../../src/contract/schema';
import type { Cell } from './cell';
import { columnsOf } from './columns';
import type { SourceFigures } from './readSources';
import { addSlice, type Coverage, type SliceIndex } from './sliceIndex';

type Row = { geo: string; period: string; cell: Cell };

/**
 * The bilateral files of a source: each corridor figure stands in two files, its destination's
 * (by origin) and its origin's (by destination), or only in those of the source's roles. Counted in
 * the report and indexed in `produced`. Below the country, each file says its level (its rows') and
 * its focus's level where that differs (people born in Mexico, by US state).
 */
export function addBilateralFiles(
  { source, acc, releaseDate, report }: SourceFigures,
  files: Map<string, Series>,
  produced: SliceIndex,
  coverage: Coverage,
): void {
  const roles = source.roles ?? ['origin', 'destination'];
  const destinationLevel = source.level ?? 'country';
  const originLevel = source.focusLevel ?? destinationLevel;
  const levels = (role: 'origin' | 'destination'): Pick<Series, 'level'> & { focusLevel?: LevelId } => {
    const rows = role === 'origin' ? destinationLevel : originLevel;
    const focus = role === 'origin' ? originLevel : destinationLevel;
    return { ...(rows !== 'country' ? { level: rows } : {}), ...(focus !== rows ? { focusLevel: focus } : {}) };
  };
  for (const [key, cells] of acc.bilateral) {
    const [indicator, slice] = key.split('|') as [string, string];
    const byFocus = new Map<string, Row[]>();
    const push = (focus: string, row: Row): void => {
      const list = byFocus.get(focus) ?? [];
      list.push(row);
      byFocus.set(focus, list);
    };
    for (const [k, cell] of cells) {
      const [destination, origin, period] = k.split('|') as [string, string, string];
      if (roles.includes('destination')) push(`destination|${destination}`, { geo: origin, period, cell });
      if (roles.includes('origin')) push(`origin|${origin}`, { geo: destination, period, cell });
      coverage.add(period, destination, origin);
    }
    for (const [focusKey, rows] of byFocus) {
      const [role, geo] = focusKey.split('|') as ['origin' | 'destination', string];
      const { level, focusLevel } = levels(role);
      files.set(bilateralPath(indicator, source.id, role, geo, slice), {
        contract: CONTRACT_VERSION,
        indicator,
        source: source.id,
        slice,
        ...(level !== undefined ? { level } : {}),
        focus: { geo, role, ...(focusLevel !== undefined ? { level: focusLevel } : {}) },
        releaseDate,
        columns: columnsOf(rows),
      });
    }
    report.bilateralRows += cells.size;
    if (cells.size > 0) addSlice(produced, indicator, source.id, slice);
  }
}
