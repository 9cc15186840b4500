import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, backupsFileText, discardBackups, listBackups } from './backups';
import { memoryStorage } from './memoryStorage.test-utils';
import { loadSaved, syncSaved } from './storage';
import { STORAGE_KEY } from './storageKeys';

const SLOT_1 = 'migration-lens:saved:backup';
const SLOT_2 = 'migration-lens:saved:backup:2';

const view = (n: number) => ({ id: `view-${n}`, title: `View ${n}`, query: '?year=2020', created: null });

/** A document whose entries are slightly off the format: a 2,001-character title, a 4,001-character query, a wrong type, one view beyond the 200 limit. */
function damaged(tag: string): string {
  return JSON.stringify({
    format: 'migration-lens/saved',
    version: 1,
    views: [
      { id: `good-${tag}`, title: tag, query: '?year=2020', created: null },
      { id: 'long-title', title: 'x'.repeat(2001), query: '', created: null },
      { id: 'long-query', title: 'q', query: `?${'a'.repeat(4000)}`, created: null },
      { id: 'wrong-type', title: 42, query: '', created: null },
      ...Array.from({ length: 200 }, (_, i) => view(i)),
    ],
    briefings: [],
  });
}

describe('saved data kept aside', () => {
  it('keeps a document with damaged entries aside, whole, before the next save writes the good entries alone', () => {
    const text = damaged('first');
    const kv = memoryStorage({ [STORAGE_KEY]: text });
    const { data, notices } = loadSaved(kv);
    expect(notices).toEqual([{ kind: 'invalid-entries', count: 4 }]);
    expect(data.views).toHaveLength(200);
    expect(kv.data.get(SLOT_1)).toBe(text);

    syncSaved(kv, data);
    expect(JSON.parse(kv.data.get(STORAGE_KEY) ?? '{}').views).toHaveLength(200);
    expect(kv.data.get(SLOT_1)).toBe(text);
  });

  it('a second damaged document takes the second slot: the first is not overwritten', () => {
    const first = damaged('first');
    const second = damaged('second');
    const kv = memoryStorage({ [STORAGE_KEY]: first });
    syncSaved(kv, loadSaved(kv).data);
    kv.data.set(STORAGE_KEY, second);
    loadSaved(kv);
    expect(kv.data.get(SLOT_1)).toBe(first);
    expect(kv.data.get(SLOT_2)).toBe(second);
    expect(listBackups(kv).map((b) => b.slot)).toEqual([1, 2]);
  });

  it('keeps the same text once, however often it is read', () => {
    const kv = memoryStorage({ [STORAGE_KEY]: damaged('first') });
    loadSaved(kv);
    loadSaved(kv);
    expect(listBackups(kv)).toHaveLength(1);
  });

  it('when every slot is taken, leaves unreadable data where it is and says so', () => {
    const full = Object.fromEntries([1, 2, 3, 4, 5].map((n) => [n === 1 ? SLOT_1 : `${SLOT_1}:${n}`, `old ${n}`]));
    const kv = memoryStorage({ ...full, [STORAGE_KEY]: '{"format":"migration-lens/saved","version":1,"views":[{' });
    const { data, notices } = loadSaved(kv);
    expect(notices).toEqual([{ kind: 'corrupt' }, { kind: 'backup-full' }]);
    expect(kv.data.get(STORAGE_KEY)).toMatch(/^\{"format"/);

    const saved = syncSaved(kv, { ...data, views: [{ ...view(1), updated: null }] });
    expect(saved.notices).toContainEqual({ kind: 'backup-full' });
    expect(kv.data.get(STORAGE_KEY)).toMatch(/^\{"format"/);
    expect(listBackups(kv).map((b) => b.text)).toEqual(['old 1', 'old 2', 'old 3', 'old 4', 'old 5']);

    discardBackups(kv);
    expect(listBackups(kv)).toEqual([]);
    syncSaved(kv, { ...data, views: [{ ...view(1), updated: null }] });
    expect(kv.data.get(SLOT_1)).toMatch(/^\{"format"/);
    expect(JSON.parse(kv.data.get(STORAGE_KEY) ?? '{}').views).toEqual([{ ...view(1), updated: null }]);
  });

  it('the downloaded file holds every backup exactly as it was stored', () => {
    const kv = memoryStorage({ [SLOT_1]: 'not json {', [SLOT_2]: damaged('b') });
    const file = JSON.parse(backupsFileText(listBackups(kv), '2026-12-02'));
    expect(file).toEqual({
      format: BACKUP_FORMAT,
      exported: '2026-12-02',
      backups: [
        { slot: 1, text: 'not json {' },
        { slot: 2, text: damaged('b') },
      ],
    });
  });
});
