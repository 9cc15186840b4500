import { beforeAll, describe, expect, it } from 'vitest';
import { aggregatesCatalog } from '../../mocks/fixtures/aggregates';
import { fixtureCatalog } from '../../mocks/fixtures/dataset';
import type { Catalog } from '../contract/schema';
import { countryName } from './countryNames';
import { loadLanguage } from './languages';
import { localizeCatalog } from './localizeCatalog';
import { levelsCatalog } from '../../mocks/fixtures/levels';

const catalog: Catalog = structuredClone(fixtureCatalog);
catalog.indicators[0]!.i18n = { fr: { label: 'Stock de migrants internationaux' }, es: { label: 'Población migrante internacional' } };
catalog.indicators[0]!.dimensions[0]!.values[0]!.i18n = { fr: { label: 'Femmes' } };
catalog.sources[0]!.i18n = { fr: { name: 'Recensements et registres (démo)', caveats: ['Chiffres synthétiques.'] } };
catalog.geographies.regions[0]!.i18n = { es: { name: 'África' } };

beforeAll(() => Promise.all([loadLanguage('fr'), loadLanguage('es')]));

describe('localizeCatalog', () => {
  it('leaves English as it is', () => {
    expect(localizeCatalog(catalog, 'en')).toBe(catalog);
  });

  it('takes the catalog’s own translations where it has them, English elsewhere', () => {
    const fr = localizeCatalog(catalog, 'fr');
    expect(fr.indicators[0]?.label).toBe('Stock de migrants internationaux');
    expect(fr.indicators[0]?.description).toBe(catalog.indicators[0]?.description);
    expect(fr.indicators[0]?.dimensions[0]?.values.map((v) => v.label)).toEqual(['Femmes', 'Male']);
    expect(fr.sources[0]).toMatchObject({ id: 'census', name: 'Recensements et registres (démo)', caveats: ['Chiffres synthétiques.'] });
    expect(fr.sources[1]?.name).toBe('Social-media advertising audience (demo)');
    expect(localizeCatalog(catalog, 'es').geographies.regions[0]?.name).toBe('África');
  });

  it('names countries in the language, keeping ids', () => {
    const names = (lang: 'fr' | 'es') => localizeCatalog(catalog, lang).geographies.countries.map((c) => `${c.id}:${c.name}`);
    expect(names('fr')).toContain('DEU:Allemagne');
    expect(names('es')).toContain('DEU:Alemania');
    expect(names('fr')).toContain("CIV:Côte-d'Ivoire");
    expect(names('es')).toContain('USA:Estados Unidos');
  });

  it('names aggregates in the language, keeping them apart from the countries', () => {
    const fr = localizeCatalog(aggregatesCatalog, 'fr').geographies;
    expect(fr.aggregates?.map((a) => `${a.id}:${a.name}`)).toEqual(['WLD:World', 'EU27_2020:Union européenne (27)']);
    expect(fr.countries.map((c) => c.id)).not.toContain('WLD');
    expect(localizeCatalog(catalog, 'fr').geographies.aggregates).toBeUndefined();
  });

  it('knows Kosovo under its user-assigned code and gives null for unknown codes', () => {
    expect(countryName('XKX', 'fr')).toBe('Kosovo');
    expect(countryName('QQQ', 'es')).toBeNull();
  });

  it('keeps the levels below the country (translated) and their units, named as the publishers name them', () => {
    const withLevels: Catalog = {
      ...levelsCatalog,
      geographies: {
        ...levelsCatalog.geographies,
        levels: levelsCatalog.geographies.levels!.map((level) =>
          level.id === 'nuts2' ? { ...level, i18n: { fr: { name: 'Régions NUTS 2' } } } : level,
        ),
      },
    };
    const fr = localizeCatalog(withLevels, 'fr');
    expect(fr.geographies.levels?.map((l) => l.name)).toEqual(['Régions NUTS 2', 'US states']);
    expect(fr.geographies.units).toEqual(levelsCatalog.geographies.units);
  });
});
