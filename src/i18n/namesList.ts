import type { Language } from '../state/viewState';
import type { TFunction } from './useT';

/** Up to `max` names, then "and N more". */
export function namesList(t: TFunction, names: readonly string[], lang: Language, max = 8): string {
  const format = (list: readonly string[]) => new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }).format(list);
  // "and 1 more" would take the room of the name itself.
  if (names.length <= max + 1) return format(names);
  return t('compare.more', { names: names.slice(0, max).join(', '), count: names.length - max });
}
