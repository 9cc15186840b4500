import { describe, expect, it } from 'vitest';
import { createRegionResolver, type UnitKeys } from './regions';

const units: UnitKeys[] = [
  { id: 'DE11', level: 'nuts2', name: 'Stuttgart', country: 'DEU' },
  { id: 'DE12', level: 'nuts2', name: 'Karlsruhe', country: 'DEU' },
  { id: 'EL30', level: 'nuts2', name: 'Attiki', country: 'GRC' },
  { id: 'DE111', level: 'nuts3', name: 'Stuttgart, Stadtkreis', country: 'DEU' },
  { id: 'ITC4C', level: 'nuts3', name: 'Milano', country: 'ITA' },
  { id: '06', level: 'us-state', name: 'California', country: 'USA' },
  { id: '13', level: 'us-state', name: 'Georgia', country: 'USA' },
  { id: '36', level: 'us-state', name: 'New York', country: 'USA' },
];
const regions = createRegionResolver(units);

describe('the region resolver', () => {
  it('reads NUTS codes in any case', () => {
    expect(regions.resolve('DE11')).toEqual({ id: 'DE11', level: 'nuts2' });
    expect(regions.resolve(' de11 ')).toEqual({ id: 'DE11', level: 'nuts2' });
    expect(regions.resolve('itc4c')).toEqual({ id: 'ITC4C', level: 'nuts3' });
    expect(regions.resolve('DE13')).toBeNull();
    expect(regions.nutsLevelOf('de13')).toBe('nuts2');
    expect(regions.nutsLevelOf('DE1Z9')).toBe('nuts3');
    expect(regions.nutsLevelOf('DEU')).toBeNull();
  });

  it('reads US states by FIPS code (one or two digits), postal code and name', () => {
    expect(regions.resolve('6')).toEqual({ id: '06', level: 'us-state' });
    expect(regions.resolve('06')).toEqual({ id: '06', level: 'us-state' });
    expect(regions.resolve('ca')).toEqual({ id: '06', level: 'us-state' });
    expect(regions.resolve('NY')).toEqual({ id: '36', level: 'us-state' });
    expect(regions.resolve('california')).toEqual({ id: '06', level: 'us-state' });
    expect(regions.resolve('New York')).toEqual({ id: '36', level: 'us-state' });
    expect(regions.resolve('7')).toBeNull();
    expect(regions.resolve('TX')).toBeNull(); // not among these units
  });

  it('suggests close state names, and codes that share the longest start with an unknown NUTS code', () => {
    expect(regions.suggest('Californa', 'us-state')).toEqual([{ id: '06', name: 'California' }]);
    expect(regions.suggest('DE13', 'nuts2').map((s) => s.id)).toEqual(['DE11', 'DE12']);
    expect(regions.suggest('DE13', 'nuts2')[0]!.name).toBe('Stuttgart (DE11)');
    expect(regions.suggest('FR10', 'nuts2')).toEqual([]);
  });
});
