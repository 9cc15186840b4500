import fc from 'fast-check';
import countries from 'i18n-iso-countries';
import enNames from 'i18n-iso-countries/langs/en.json';
import { describe, expect, it } from 'vitest';
import { nameKey } from './nameKey';
import { createCountryResolver, type CountryTable } from './resolver';
import { editDistance } from './suggest';

countries.registerLocale(enNames);
const all = countries.getNames('en', { select: 'all' }) as Record<string, string[]>;
const table: CountryTable = {
  countries: Object.entries(all).map(([alpha2, names]) => {
    const id = countries.alpha2ToAlpha3(alpha2)!;
    return { id, name: names[0]!, names, codes: [id, alpha2] };
  }),
};
const resolver = createCountryResolver(table);

/** Pairs of names of two countries that share a word, with a word of the first that is far from every word of the second. */
const pairs: { name: string; id: string; other: string; word: number }[] = [];
for (const a of table.countries) {
  for (const name of a.names) {
    const words = nameKey(name).split(' ');
    for (const b of table.countries) {
      if (b.id === a.id) continue;
      for (const otherName of b.names) {
        const others = nameKey(otherName).split(' ');
        if (!words.some((w) => w.length > 3 && others.includes(w))) continue;
        const word = words.findIndex((w) => w.length >= 4 && others.every((o) => editDistance(w, o) > 2));
        if (word >= 0) pairs.push({ name, id: a.id, other: b.id, word });
      }
    }
  }
}

describe('suggestions', () => {
  it('finds pairs to test (Virgin Islands, Guinea, Samoa, Korea…)', () => {
    expect(pairs.length).toBeGreaterThan(50);
    expect(pairs).toContainEqual(expect.objectContaining({ id: 'VGB', other: 'VIR' }));
  });

  it('never point a slip in a name to another country that only shares words with it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...pairs), fc.nat(), ({ name, id, other, word }, at) => {
        // One letter left out of the word that tells the two countries apart.
        const words = nameKey(name).split(' ');
        const w = words[word]!;
        const cut = at % w.length;
        words[word] = w.slice(0, cut) + w.slice(cut + 1);
        const variant = words.join(' ');
        const match = resolver.resolve(variant);
        const suggested = resolver.suggest(variant).map((s) => s.id);
        expect(suggested, `${variant} (${name})`).not.toContain(other);
        if (match.kind !== 'country') expect(suggested[0], `${variant} (${name})`).toBe(id);
      }),
      { numRuns: 1000 },
    );
  });
});
