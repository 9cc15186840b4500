import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BACKUP_KEY, STORAGE_KEY } from './storageKeys';
import { memoryStorage } from './memoryStorage.test-utils';
import { emptySaved, loadSaved, parseSaved, serializeSaved, syncSaved, type KeyValueStore } from './storage';

/** A hand-written sample of the unversioned prototype format ("v0"): a bare array of named links. */
const V0_SAMPLE = JSON.stringify([
  { name: 'Germany and France, 2020', url: 'https://lens.example/?year=2020&countries=DEU~FRA&panel=table&lang=fr#top', savedAt: 1730000000000 },
  { name: 'Refugees map', url: '?indicator=refugees&colour=red', pinned: true },
  { name: 42, url: null },
]);

describe('reading saved data', () => {
  it('starts empty when nothing is stored', () => {
    expect(loadSaved(memoryStorage())).toEqual({ data: emptySaved(), notices: [] });
  });

  it('migrates the v0 sample: views kept with canonical queries, unknown fields and damaged entries reported, original backed up', () => {
    const kv = memoryStorage({ [STORAGE_KEY]: V0_SAMPLE });
    const { data, notices } = loadSaved(kv);
    expect(data.briefings).toEqual([]);
    expect(data.views.map(({ title, query, created }) => ({ title, query, created }))).toEqual([
      { title: 'Germany and France, 2020', query: '?year=2020&countries=DEU~FRA&panel=table', created: '2024-10-27T03:33:20.000Z' },
      { title: 'Refugees map', query: '?indicator=refugees', created: null },
    ]);
    expect(data.views.every((view) => /^view-/.test(view.id))).toBe(true);
    expect(notices).toEqual([
      { kind: 'migrated', from: 0 },
      { kind: 'unknown-fields', fields: ['views[].pinned'] },
      { kind: 'invalid-entries', count: 1 },
    ]);
    expect(kv.data.get(BACKUP_KEY)).toBe(V0_SAMPLE);
  });

  it('reads back what it writes (v1), ids and all', () => {
    const kv = memoryStorage({ [STORAGE_KEY]: V0_SAMPLE });
    const first = loadSaved(kv).data;
    first.briefings.push({
      id: 'briefing-a',
      title: 'Board meeting',
      steps: [{ id: 'step-a', title: 'Opening', query: '?year=2020' }],
      created: null,
      updated: '2026-11-01T10:00:00.000Z',
    });
    // The v0 text is read again with the same ids, so it merges with what was read from it.
    expect(syncSaved(kv, first).data).toEqual(first);
    const again = loadSaved(kv);
    expect(again.notices).toEqual([]);
    expect(again.data).toEqual(first);
  });

  it('ignores unknown fields with a notice, at every level', () => {
    const text = JSON.stringify({
      format: 'migration-lens/saved',
      version: 1,
      theme: 'dark',
      views: [{ id: 'v1', title: 'A', query: '?year=2020', created: null, colour: 'red' }],
      briefings: [{ id: 'b1', title: 'B', steps: [{ id: 's1', title: 'S', query: '', note: '<b>hi</b>' }], audience: 'board' }],
    });
    const { data, notices } = parseSaved(text);
    expect(data.views).toEqual([{ id: 'v1', title: 'A', query: '?year=2020', created: null, updated: null }]);
    expect(data.briefings[0]?.steps).toEqual([{ id: 's1', title: 'S', query: '' }]);
    expect(notices).toEqual([{ kind: 'unknown-fields', fields: ['theme', 'views[].colour', 'briefings[].audience', 'briefings[].steps[].note'] }]);
  });

  it('sets corrupt JSON aside in the backup key and starts empty, once', () => {
    const kv = memoryStorage({ [STORAGE_KEY]: '{"format":"migration-lens/saved","version":1,"views":[{' });
    const { data, notices } = loadSaved(kv);
    expect(data).toEqual(emptySaved());
    expect(notices).toEqual([{ kind: 'corrupt' }]);
    expect(kv.data.get(BACKUP_KEY)).toMatch(/^\{"format"/);
    expect(kv.data.has(STORAGE_KEY)).toBe(false);
    expect(loadSaved(kv).notices).toEqual([]);
  });

  it('treats JSON of an unknown shape as corrupt', () => {
    for (const text of ['null', '42', '"x"', '{}', '{"format":"other","version":1}', '{"format":"migration-lens/saved","version":0}']) {
      expect(parseSaved(text).notices).toEqual([{ kind: 'corrupt' }]);
    }
  });

  it('reads a newer version as far as it can and keeps the original as the backup', () => {
    const text = JSON.stringify({
      format: 'migration-lens/saved',
      version: 3,
      views: [{ id: 'v', title: 'T', query: '?year=2020', tags: ['x'] }],
      folders: [],
    });
    const kv = memoryStorage({ [STORAGE_KEY]: text });
    const { data, notices } = loadSaved(kv);
    expect(data.views).toHaveLength(1);
    expect(notices).toContainEqual({ kind: 'newer-version', version: 3 });
    expect(notices).toContainEqual({ kind: 'unknown-fields', fields: ['folders', 'views[].tags'] });
    expect(kv.data.get(BACKUP_KEY)).toBe(text);
  });

  it('says so when the browser refuses storage, without throwing', () => {
    const refusing: KeyValueStore = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    expect(loadSaved(refusing).notices).toEqual([{ kind: 'unavailable' }]);
    expect(loadSaved(null).notices).toEqual([{ kind: 'unavailable' }]);
    expect(syncSaved(refusing, emptySaved()).notices).toEqual([{ kind: 'unavailable' }]);
    expect(
      syncSaved({ ...memoryStorage(), setItem: refusing.setItem }, { ...emptySaved(), deleted: [{ id: 'view-a', at: '2026-01-01' }] }).notices,
    ).toEqual([{ kind: 'write-failed' }]);
  });

  it('never throws and always returns well-formed data, whatever is stored', () => {
    const jsonish = fc.oneof(
      fc.string(),
      fc.json(),
      fc.anything().map((value) => {
        try {
          return JSON.stringify(value) ?? '';
        } catch {
          return '';
        }
      }),
      fc
        .record({ views: fc.array(fc.anything()), briefings: fc.array(fc.anything()) })
        .map((rest) => JSON.stringify({ format: 'migration-lens/saved', version: 1, ...rest })),
      fc.array(fc.record({ name: fc.string(), url: fc.string() }, { requiredKeys: [] })).map((list) => JSON.stringify(list)),
    );
    fc.assert(
      fc.property(jsonish, (text) => {
        const { data } = parseSaved(text);
        expect(Array.isArray(data.views) && Array.isArray(data.briefings)).toBe(true);
        // What was read survives a write and a read unchanged.
        expect(parseSaved(serializeSaved(data)).data).toEqual(data);
      }),
      { numRuns: 300 },
    );
  });
});
