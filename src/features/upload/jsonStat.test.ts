import { describe, expect, it } from 'vitest';
import { lineAndColumn, parseJsonStat } from './jsonStat';
import { testResolver } from './testTable.test-utils';

const dataset = {
  version: '2.0',
  class: 'dataset',
  label: 'Immigrants by citizenship',
  id: ['sex', 'geo', 'time'],
  size: [2, 3, 2],
  role: { geo: ['geo'], time: ['time'] },
  dimension: {
    sex: { category: { index: ['F', 'T'], label: { F: 'Females', T: 'Total' } } },
    geo: { category: { index: { DE: 0, EL: 1, XX: 2 }, label: { DE: 'Germany', EL: 'Greece', XX: 'Atlantis' } } },
    time: { category: { index: ['2019', '2020'] } },
  },
  //        F: DE19 DE20 EL19 EL20 XX19 XX20 | T: DE19 DE20 EL19 EL20 XX19 XX20
  value: [1, 2, 3, 4, 5, 6, 10, 20, null, 40, 50, 60],
  status: { '7': 'p', '9': 'e' },
};

describe('the JSON-stat reader', () => {
  it('reads the country × time cells at the total of the other dimensions', () => {
    const r = parseJsonStat(JSON.stringify(dataset), testResolver);
    expect(r.fatal).toBeNull();
    expect(r.columns.geo).toEqual(['DEU', 'DEU', 'GRC']);
    expect(r.columns.period).toEqual(['2019', '2020', '2020']);
    expect(r.columns.value).toEqual([10, 20, 40]);
    expect(r.columns.flag).toEqual([null, 'provisional', 'estimate']);
    expect(r.notes).toEqual(['sex=T']);
    expect(r).toMatchObject({ records: 6, kept: 3, blank: 1, dropped: 2 });
    expect(r.issues[0]).toMatchObject({ reason: 'unknown-country', line: null, column: 'geo=XX, time=2019', value: 'Atlantis' });
    expect(r.unknownCountries[0]).toMatchObject({ raw: 'Atlantis', count: 2 });
  });

  it('reads sparse values (an object) and a 1.x bundle', () => {
    const sparse = { ...dataset, value: { '6': 10, '11': 60 } };
    expect(parseJsonStat(JSON.stringify(sparse), testResolver).columns.value).toEqual([10]);
    const { version: _v, class: _c, id, size, role, ...rest } = dataset;
    const bundle = { immigrants: { ...rest, dimension: { ...dataset.dimension, id, size, role } } };
    expect(parseJsonStat(JSON.stringify(bundle), testResolver).columns.value).toEqual([10, 20, 40]);
  });

  it('refuses a dimension with several categories and no total', () => {
    const noTotal = { ...dataset, dimension: { ...dataset.dimension, sex: { category: { index: ['F', 'M'] } } } };
    expect(parseJsonStat(JSON.stringify(noTotal), testResolver).fatal).toMatchObject({ reason: 'jsonstat-dimension', column: 'sex' });
  });

  it('says where invalid JSON breaks, and what is not JSON-stat', () => {
    const broken = parseJsonStat('{\n  "version": "2.0",\n  "class": dataset\n}', testResolver);
    expect(broken.fatal).toMatchObject({ reason: 'not-json', line: 3 });
    expect(parseJsonStat('{"hello": "world"}', testResolver).fatal?.reason).toBe('not-jsonstat');
    expect(parseJsonStat('[1,2,3]', testResolver).fatal?.reason).toBe('not-jsonstat');
    expect(parseJsonStat(JSON.stringify({ ...dataset, value: [1, 2] }), testResolver).fatal?.reason).toBe('jsonstat-size');
    expect(parseJsonStat(JSON.stringify({ ...dataset, size: [2, 3, 1e9] }), testResolver).fatal?.reason).toBe('jsonstat-too-large');
  });

  it('refuses at once, with the sizes, a cube that declares too many cells, even with a zero size beside', () => {
    const absurd = (size: number[], time: unknown) =>
      JSON.stringify({
        version: '2.0',
        class: 'dataset',
        id: ['geo', 'time'],
        size,
        role: { geo: ['geo'], time: ['time'] },
        dimension: { geo: { category: { index: {} } }, time: { category: time } },
        value: [],
      });
    for (const text of [
      absurd([0, 4294967295], { index: { '2020': 0 } }),
      absurd([0, 4294967295], { index: { '2020': 4294967294 } }),
      absurd([0, 4294967295], { label: { '2020': '2020' } }),
      absurd([0, 20_000_001], { index: ['2020'] }),
    ]) {
      const started = performance.now();
      const result = parseJsonStat(text, testResolver);
      expect(performance.now() - started).toBeLessThan(1000);
      expect(result.fatal).toMatchObject({ reason: 'jsonstat-too-large', column: 'size' });
      expect(result.fatal?.value).toMatch(/^0 × (4294967295|20000001)$/);
    }
  });

  it('finds line and column of an offset', () => {
    expect(lineAndColumn('ab\ncd\nef', 4)).toEqual({ line: 2, column: 2 });
    expect(lineAndColumn('abc', 0)).toEqual({ line: 1, column: 1 });
  });
});

describe('locating a JSON syntax error', () => {
  it('finds the first offending character, or -1 for valid JSON', async () => {
    const { jsonErrorOffset } = await import('./jsonStat');
    expect(jsonErrorOffset('{"a": [1, 2, {"b": null}], "c": "x\\u00e9"}')).toBe(-1);
    expect(jsonErrorOffset('{"a": dataset}')).toBe(6);
    expect(jsonErrorOffset('[1, 2,]')).toBe(6);
    expect(jsonErrorOffset('{"a": 1} x')).toBe(9);
    expect(jsonErrorOffset('{"a": 1')).toBe(7);
    expect(jsonErrorOffset('')).toBe(0);
  });
});
