import type { Country } from '../contract/schema';

/** Folds case and accents so "cote" finds "Côte d'Ivoire". */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .trim();
}

/**
 * Countries whose name or code matches the query: names that start with it first, then names with
 * a word that starts with it, then names that contain it; alphabetical within each group.
 */
export function matchCountries(countries: readonly Country[], query: string, limit = 8): Country[] {
  const q = foldText(query);
  if (q === '') return [];
  const scored: { country: Country; score: number; name: string }[] = [];
  for (const country of countries) {
    const name = foldText(country.name);
    let score = -1;
    if (country.id.toLowerCase() === q) score = 0;
    else if (name.startsWith(q)) score = 1;
    else if (name.split(/[\s\-'(),.]+/).some((word) => word.startsWith(q))) score = 2;
    else if (name.includes(q)) score = 3;
    if (score >= 0) scored.push({ country, score, name });
  }
  scored.sort((a, b) => a.score - b.score || a.name.localeCompare(b.name));
  return scored.slice(0, limit).map((s) => s.country);
}
