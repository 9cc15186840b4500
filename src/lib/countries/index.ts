export { compactKey, nameKey } from './nameKey';
export { createCountryResolver, type CodeKind, type CountryKeys, type CountryResolver, type CountryTable, type GeoMatch } from './resolver';
export { differsBySlipsOnly, editDistance, type Suggestion } from './suggest';
export { createRegionResolver, type RegionResolver, type UnitKeys, type UnitLevel, type UnitMatch } from './regions';
