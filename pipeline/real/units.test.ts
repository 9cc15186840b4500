import { readFileSync } from 'node:fs';
import { csvParse } from 'd3';
import usAtlas from 'us-atlas/states-10m.json';
import { describe, expect, it } from 'vitest';
import { usStateShapes, type AtlasStates } from '../geo/levels';
import { samplePath } from './testing';
import { createUnitResolver, gadmUsStates } from './units';

const states = usStateShapes(usAtlas as unknown as AtlasStates).units;
const gadm = gadmUsStates(states);
const units = createUnitResolver([...states, { id: 'DE11', level: 'nuts2', name: 'Stuttgart', country: 'DEU' }]);

describe('the units below the country, as the pipeline reads them from a file', () => {
  it('reads GADM US codes in the alphabetical order of the states, the District of Columbia as USA.9_1', () => {
    expect(gadm.size).toBe(51);
    expect(gadm.get('USA.1_1')).toBe('01'); // Alabama
    expect(gadm.get('USA.5_1')).toBe('06'); // California
    expect(gadm.get('USA.9_1')).toBe('11'); // District of Columbia
    expect(gadm.get('USA.10_1')).toBe('12'); // Florida
    expect(gadm.get('USA.51_1')).toBe('56'); // Wyoming
  });

  it('matches the Social Connectedness file: the strongest tie of a state besides itself is with a neighbour', () => {
    const rows = csvParse(readFileSync(samplePath('social-connectedness/sci_us_admin1.csv'), 'utf8'));
    const strongest = (fips: string): string => {
      const ties = rows
        .map((r) => ({ user: gadm.get(r.user_region!), friend: gadm.get(r.friend_region!), value: Number(r.scaled_sci) }))
        .filter((t) => t.user === fips && t.friend !== undefined && t.friend !== fips)
        .sort((a, b) => b.value - a.value);
      return ties[0]!.friend!;
    };
    // A shift of the GADM numbering by one would pair each state with an arbitrary other.
    const neighbours: Record<string, string[]> = {
      '06': ['41', '32', '04'], // California: Oregon, Nevada, Arizona
      '11': ['24', '51'], // District of Columbia: Maryland, Virginia
      '48': ['35', '40', '05', '22'], // Texas: New Mexico, Oklahoma, Arkansas, Louisiana
      '25': ['33', '50', '36', '09', '44'], // Massachusetts: New Hampshire, Vermont, New York, Connecticut, Rhode Island
      '30': ['16', '56', '38', '46'], // Montana: Idaho, Wyoming, North Dakota, South Dakota
    };
    for (const [state, around] of Object.entries(neighbours)) expect(around, state).toContain(strongest(state));
  });

  it('accepts FIPS codes with or without their leading zero, state names and NUTS codes; leaves territories and unknown codes out with a reason', () => {
    expect(units.resolve('us-state', '6')).toEqual({ kind: 'country', id: '06' });
    expect(units.resolve('us-state', 6)).toEqual({ kind: 'country', id: '06' });
    expect(units.resolve('us-state', 'New York')).toEqual({ kind: 'country', id: '36' });
    expect(units.resolve('nuts2', 'DE11')).toEqual({ kind: 'country', id: 'DE11' });
    expect(units.resolve('us-state', 'PRI.13_1')).toMatchObject({
      kind: 'other',
      reason: 'PRI.13_1: a municipality or district of Puerto Rico, not a US state',
    });
    expect(units.resolve('us-state', '72')).toMatchObject({ kind: 'unknown' });
    expect(units.resolve('nuts2', 'FR10')).toEqual({ kind: 'unknown', reason: 'FR10: no nuts2 unit with a shape has this code' });
    expect(units.resolve('nuts3', 'DE111')).toMatchObject({ kind: 'unknown' });
  });
});
