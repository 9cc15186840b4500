import type { Source } from '../../src/contract/schema';

/** The caveat of a source whose publisher states no release date, in each language of the catalog. */
const TEXTS = {
  en: (date: string) => `The publisher states no release date with these data: the date shown is when they were retrieved (${date}).`,
  fr: (date: string) =>
    `L’éditeur n’indique pas de date de publication avec ces données : la date affichée est celle de leur récupération (${date}).`,
  es: (date: string) => `El editor no indica fecha de publicación con estos datos: la fecha mostrada es la de su obtención (${date}).`,
} as const;

/**
 * A source's caveats and translations with the retrieval-date caveat added, in English and in
 * every language that has its own list of caveats (which would otherwise replace the English one).
 */
export function withRetrievalCaveat(caveats: readonly string[], i18n: Source['i18n'], date: string): { caveats: string[]; i18n: Source['i18n'] } {
  if (i18n === undefined) return { caveats: [...caveats, TEXTS.en(date)], i18n };
  const translated: NonNullable<Source['i18n']> = { ...i18n };
  for (const lang of ['fr', 'es'] as const) {
    const texts = i18n[lang];
    if (texts?.caveats) translated[lang] = { ...texts, caveats: [...texts.caveats, TEXTS[lang](date)] };
  }
  return { caveats: [...caveats, TEXTS.en(date)], i18n: translated };
}
