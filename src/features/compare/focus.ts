/**
 * What the comparison needs when its sources have figures for one focus place at a time (a
 * bilateral source without totals, e.g. people born in one country, by US state): the focus level
 * and roles both sources have files for, the view's focus if it fits them, and the two files to
 * load. Pure.
 */
import { bilateralSlices } from '../../contract/breakdowns';
import type { LevelId } from '../../contract/levels';
import { TOTAL_SLICE } from '../../contract/paths';
import type { Indicator } from '../../contract/schema';
import { focusLevelOfRef, rolesOfRef, sourceRefOf } from '../../data/catalogIndex';
import type { BilateralRef } from '../../data/client';

export type FocusRole = 'origin' | 'destination';

export type PairFocus =
  /** Both sources have figures per unit: the comparison loads their series. */
  | { kind: 'totals' }
  /** At least one has figures for one focus place at a time: both are loaded for the same focus. */
  | { kind: 'focus'; level: LevelId; roles: FocusRole[] }
  /** Their focus files cannot be paired (different focus levels or roles). */
  | { kind: 'mismatch' };

export function pairFocus(indicator: Indicator, a: string, b: string): PairFocus {
  const refA = sourceRefOf(indicator, a);
  const refB = sourceRefOf(indicator, b);
  if (refA?.total !== false && refB?.total !== false) return { kind: 'totals' };
  const level = focusLevelOfRef(refA);
  const rolesB = rolesOfRef(refB);
  const roles = rolesOfRef(refA).filter((role) => rolesB.includes(role));
  if (!indicator.bilateral || level !== focusLevelOfRef(refB) || roles.length === 0) return { kind: 'mismatch' };
  return { kind: 'focus', level, roles };
}

export interface FocusChoice {
  role: FocusRole;
  focus: string;
}

/** The view's focus when it is a place of the pair's focus level and a role both have; else null (the panel asks for one). */
export function focusOfView(pair: PairFocus, od: FocusChoice | null, levelOf: (code: string) => LevelId | undefined): FocusChoice | null {
  if (pair.kind !== 'focus' || od === null) return null;
  return pair.roles.includes(od.role) && levelOf(od.focus) === pair.level ? od : null;
}

/** The role a newly chosen focus takes: origin when both sources have it (people born in a place), else the one they share. */
export const roleToChoose = (roles: readonly FocusRole[]): FocusRole => (roles.includes('origin') ? 'origin' : (roles[0] ?? 'destination'));

/**
 * The breakdown a focus comparison is drawn for: the view's (e.g. "age-25-29", chosen on the map)
 * when both sources have bilateral files of it, else the total.
 */
export function focusSlice(indicator: Indicator, a: string, b: string, slice: string): string {
  const ofBoth = [a, b].every((source) => bilateralSlices(sourceRefOf(indicator, source)).includes(slice));
  return ofBoth ? slice : TOTAL_SLICE;
}

/** The bilateral file of one side for the focus, of the breakdown the comparison is drawn for (focusSlice). */
export function focusFile(indicator: string, source: string, focus: FocusChoice, slice: string = TOTAL_SLICE): BilateralRef {
  return { indicator, source, role: focus.role, geo: focus.focus, slice };
}
