import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/contract/schema';
import { CHANGES_FILE, compareSnapshots } from './changes';
import { checkSnapshot } from './snapshotChecks';
import { series, snapshot } from './snapshotFixture.test-utils';

const good = () => snapshot([series('migrant-stock', 'wb', [['DEU', '2020', 1]]), series('migrant-stock', 'wb', [['DEU', '2020', 1]], 'sex-female')]);

describe('checkSnapshot', () => {
  it('passes a snapshot whose files are all where the catalog says, with a report in the format', () => {
    const files = good();
    files.set(CHANGES_FILE, compareSnapshots(null, files, { from: null, to: '2026-01-01' }).report);
    expect(checkSnapshot(files)).toEqual([]);
  });

  it('reports a catalog the app would refuse, and nothing else', () => {
    const files = good();
    files.set('catalog.json', { ...(files.get('catalog.json') as Catalog), generated: 'yesterday' });
    expect(checkSnapshot(files)).toEqual([expect.stringMatching(/catalog\.json.*generated/)]);
  });

  it('reports a series the app would refuse, a file at the wrong path, an unlisted source and a country not in the catalog', () => {
    const files = good();
    files.set('series/migrant-stock/wb.json', {
      ...series('migrant-stock', 'wb', [['DEU', '2020', 1]]),
      columns: { geo: ['DEU'], period: ['2020'], value: ['1'] },
    });
    files.set('series/migrant-stock/other.json', series('migrant-stock', 'wb', [['DEU', '2020', 1]]));
    files.set('series/population/un.json', series('population', 'un', [['ZZZ', '2020', 1]]));
    expect(checkSnapshot(files)).toEqual([
      expect.stringMatching(/series\/migrant-stock\/wb\.json.*columns\.value/),
      'series/migrant-stock/other.json: holds series/migrant-stock/wb.json',
      'series/population/un.json: the catalog does not list source un for population',
      'series/population/un.json: countries or units not in the catalog: ZZZ',
    ]);
  });

  it('reports bilateral breakdowns the catalog promises with no file, and passes them with one', () => {
    const female = series('migrant-stock', 'od', [['MEX', '2020', 5]], 'sex-female', { geo: 'USA', role: 'destination' });
    const files = snapshot([series('migrant-stock', 'od', [['USA', '2020', 9]]), female]);
    expect(checkSnapshot(files)).toEqual([]);
    files.delete('bilateral/migrant-stock/od/sex-female/destination/USA.json');
    expect(checkSnapshot(files)).toEqual(['catalog.json: migrant-stock from od promises bilateral files by sex-female, and there are none']);
  });

  it('reports a file the catalog promises that is missing, and a manifest and change report out of format', () => {
    const files = good();
    files.delete('series/migrant-stock/wb/sex-female.json');
    files.set('manifest.json', { format: 'migration-lens/snapshot', version: 1, date: '2026-01-01', inputs: [{ file: 'a.csv', sha256: 'abc' }] });
    files.set(CHANGES_FILE, { format: 'migration-lens/changes', version: 2 });
    expect(checkSnapshot(files)).toEqual([
      'catalog.json: migrant-stock from wb promises series/migrant-stock/wb/sex-female.json, which is missing',
      expect.stringMatching(/^manifest\.json: inputs\.0\.sha256/),
      expect.stringMatching(/^changes\.json: version/),
    ]);
  });
});
