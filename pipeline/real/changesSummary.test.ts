import { describe, expect, it } from 'vitest';
import { compareSnapshots } from './changes';
import { formatChanges } from './changesSummary';
import { series, snapshot } from './snapshotFixture.test-utils';

describe('formatChanges', () => {
  it('writes the changed sources with their counts and largest revisions, and names the unchanged ones', () => {
    const same = series('population', 'wb', [['DEU', '2020', 80]]);
    const before = snapshot([
      same,
      series('migrant-stock', 'un', [
        ['DEU', '2020', 1000],
        ['FRA', '2020', 0],
      ]),
    ]);
    const after = snapshot([
      same,
      series('migrant-stock', 'un', [
        ['DEU', '2020', 1500],
        ['FRA', '2020', 3],
        ['DEU', '2024', 1600],
      ]),
      series('migrant-stock', 'od', [['TUR', '2020', 2]], 'total', { geo: 'DEU', role: 'destination' }),
    ]);
    const { report, counts } = compareSnapshots(before, after, { from: '2026-01-01', to: '2026-02-01' });
    expect(formatChanges(report, counts)).toBe(
      [
        '## Changes since the snapshot of 2026-01-01 (snapshot of 2026-02-01)',
        '',
        '2 of 3 sources changed. Unchanged: wb.',
        '',
        '### od: added',
        '',
        '- values: 0 → 1 (1 new, 0 gone)',
        '- periods added: 2020; removed: –',
        '- countries added: DEU, TUR; dropped: –',
        '- values revised: 0',
        '',
        '### un: changed',
        '',
        '- values: 2 → 3 (1 new, 0 gone)',
        '- periods added: 2024; removed: –',
        '- countries added: –; dropped: –',
        '- values revised: 2',
        '  - migrant-stock FRA 2020: 0 → 3 (from 0)',
        '  - migrant-stock DEU 2020: 1,000 → 1,500 (+50%)',
        '',
      ].join('\n'),
    );
  });

  it('cuts long lists of periods and countries, and says when there was no snapshot before', () => {
    const countries = Array.from({ length: 20 }, (_, i) => `A${String.fromCharCode(65 + i)}A`);
    const { report } = compareSnapshots(
      null,
      snapshot([
        series(
          'migrant-stock',
          'un',
          countries.map((geo) => [geo, '2020', 1]),
        ),
      ]),
      { from: null, to: '2026-02-01' },
    );
    const text = formatChanges(report);
    expect(text).toMatch(/^## Changes in the first snapshot \(snapshot of 2026-02-01\)/);
    expect(text).toContain('AKA, ALA, … (20 in all)');
    expect(text).not.toContain('- values:');
  });
});
