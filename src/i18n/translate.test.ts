import { describe, expect, it } from 'vitest';
import { fillTemplate, selectPlurals } from './translate';

const views = '{count, plural, one {# view} other {# views}}';

describe('plural forms (Intl.PluralRules)', () => {
  it('picks the branch of the language’s category', () => {
    expect(fillTemplate(views, { count: 1 }, 'en')).toBe('1 view');
    expect(fillTemplate(views, { count: 0 }, 'en')).toBe('0 views');
    expect(fillTemplate(views, { count: 2 }, 'en')).toBe('2 views');
    // French: 0 and 1 are singular; English: only 1.
    const vues = '{count, plural, one {# vue} other {# vues}}';
    expect(fillTemplate(vues, { count: 0 }, 'fr')).toBe('0 vue');
    expect(fillTemplate(vues, { count: 1 }, 'fr')).toBe('1 vue');
    expect(fillTemplate(vues, { count: 3 }, 'fr')).toBe('3 vues');
    const vistas = '{count, plural, one {# vista} other {# vistas}}';
    expect(fillTemplate(vistas, { count: 1 }, 'es')).toBe('1 vista');
    expect(fillTemplate(vistas, { count: 0 }, 'es')).toBe('0 vistas');
  });

  it('keeps the text around, other placeholders, exact matches and numeric text', () => {
    const text = 'Imported “{title}” ({count, plural, =0 {no view} one {# view} other {# views}}).';
    expect(fillTemplate(text, { title: 'A', count: 0 }, 'en')).toBe('Imported “A” (no view).');
    expect(fillTemplate(text, { title: 'A', count: '1' }, 'en')).toBe('Imported “A” (1 view).');
    expect(fillTemplate(text, { title: 'A', count: 12 }, 'en')).toBe('Imported “A” (12 views).');
    expect(fillTemplate('{n, plural, one {# row of {file}} other {# rows of {file}}}', { n: 1, file: 'a.csv' }, 'en')).toBe('1 row of a.csv');
  });

  it('takes "other" for a value that is not a number, and leaves a malformed argument as it is', () => {
    expect(fillTemplate(views, { count: 'many' }, 'en')).toBe('many views');
    expect(selectPlurals('{count, plural, one {# view', { count: 1 }, 'en')).toBe('{count, plural, one {# view');
  });
});

describe('French elision', () => {
  it('writes d’ and qu’ before a value that starts with a vowel, de and que otherwise', () => {
    expect(fillTemplate('Migrants originaires de {country}', { country: 'Allemagne' }, 'fr')).toBe('Migrants originaires d’Allemagne');
    expect(fillTemplate('Migrants originaires de {country}', { country: 'Éthiopie' }, 'fr')).toBe('Migrants originaires d’Éthiopie');
    expect(fillTemplate('Migrants originaires de {country}', { country: 'France' }, 'fr')).toBe('Migrants originaires de France');
    expect(fillTemplate('Migrants originaires de {country}', { country: 'Haïti' }, 'fr')).toBe('Migrants originaires de Haïti');
    expect(fillTemplate('plus récente que {a}', { a: 'Eurostat' }, 'fr')).toBe('plus récente qu’Eurostat');
    expect(fillTemplate('de {first} à {last}', { first: '2000', last: '2020' }, 'fr')).toBe('de 2000 à 2020');
  });

  it('only in French', () => {
    expect(fillTemplate('de {x}', { x: 'Europa' }, 'es')).toBe('de Europa');
  });
});
