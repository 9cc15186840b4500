import { describe, expect, it } from 'vitest';
import type { LevelId } from '../../contract/levels';
import type { Source } from '../../contract/schema';
import { linesAtLevels } from './levels';

const source = (id: string) => ({ id, name: id }) as Source;
const levels: Record<string, LevelId> = { DEU: 'country', DE11: 'nuts2', '06': 'us-state', census: 'country', regional: 'nuts2' };

describe('lines at the places’ levels', () => {
  it('joins each place to the sources of its level only, and lists the others by level', () => {
    const out = linesAtLevels(
      ['DEU', 'DE11', '06'],
      [source('census'), source('regional')],
      (g) => levels[g]!,
      (s) => levels[s.id]!,
    );
    expect(out.sources.map((s) => s.id)).toEqual(['census', 'regional']);
    expect(out.drawn('DEU', 'census')).toBe(true);
    expect(out.drawn('DE11', 'census')).toBe(false);
    expect(out.drawn('DE11', 'regional')).toBe(true);
    expect(out.absent).toEqual([
      { level: 'country', sources: [source('census')], places: ['DE11', '06'] },
      { level: 'nuts2', sources: [source('regional')], places: ['DEU', '06'] },
    ]);
  });

  it('keeps no source that has no place of its level', () => {
    const out = linesAtLevels(
      ['DE11'],
      [source('census'), source('regional')],
      (g) => levels[g]!,
      (s) => levels[s.id]!,
    );
    expect(out.sources.map((s) => s.id)).toEqual(['regional']);
  });
});
