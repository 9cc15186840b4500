/**
 * The places a comparison is drawn for at its level, and the words for its focus place. Pure.
 */
import type { LevelId } from '../../contract/levels';
import type { Catalog, Source } from '../../contract/schema';
import { levelBoundaries, type LevelBoundaries } from '../../data/boundaries';
import { catalogIndex } from '../../data/catalogIndex';
import { peopledCountries } from '../../data/peopled';
import { measuresTies } from '../../data/ties';
import type { MessageKey } from '../../i18n/en';
import type { FocusRole } from './focus';

/** The countries (peopled ones) or the units of a level, by name in the language's order. */
export function placesAt(catalog: Catalog, level: LevelId, lang: string): { id: string; name: string }[] {
  const all = level === 'country' ? peopledCountries(catalog.geographies.countries) : catalogIndex(catalog).unitsAt(level);
  return all.map((p) => ({ id: p.id, name: p.name })).sort((p, q) => p.name.localeCompare(q.name, lang));
}

/** A level's boundaries: the catalog's file for it (by its id when the catalog does not list the level). */
export function boundariesOf(catalog: Catalog, level: LevelId): LevelBoundaries {
  if (level === 'country') return levelBoundaries('country');
  return levelBoundaries(catalogIndex(catalog).level(level) ?? { id: level, boundaries: `${level}.topo.json` });
}

export interface FocusWords {
  heading: MessageKey;
  needed: MessageKey;
  label: MessageKey;
}

/** The heading, prompt and picker label of a focus place: ties with it, or people born in (living in) it. */
export function focusWords(a: Source, b: Source, role: FocusRole): FocusWords {
  const kind = measuresTies(a) || measuresTies(b) ? 'ties' : role;
  return { heading: `compare.focus.heading.${kind}`, needed: `compare.focus.needed.${kind}`, label: `compare.focus.label.${kind}` };
}

/**
 * What two sources compared for one focus place cover, for their focus picker ("people aged 15 to 59 in
 * 40 states, born in 30 countries (A); Facebook users … (B)"), from their coverage; null when neither says.
 */
export function coverageHint(a: Pick<Source, 'coverage'>, b: Pick<Source, 'coverage'>): string | null {
  if (!a.coverage && !b.coverage) return null;
  if (a.coverage === b.coverage) return a.coverage ?? null;
  return [a.coverage && `${a.coverage} (A)`, b.coverage && `${b.coverage} (B)`].filter(Boolean).join('; ');
}
