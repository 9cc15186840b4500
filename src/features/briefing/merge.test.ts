import { describe, expect, it } from 'vitest';
import { MAX_TOMBSTONES, mergeSaved, type SavedLists } from './merge';
import type { Briefing, SavedView } from './model';

const view = (id: string, updated: string | null = null, title = id): SavedView => ({
  id,
  title,
  query: '',
  created: '2026-01-01T00:00:00.000Z',
  updated,
});
const briefing = (id: string, updated: string, steps = 0): Briefing => ({
  id,
  title: id,
  steps: Array.from({ length: steps }, (_, i) => ({ id: `${id}-s${i}`, title: `${i}`, query: '' })),
  created: null,
  updated,
});
const lists = (part: Partial<SavedLists>): SavedLists => ({ views: [], briefings: [], deleted: [], ...part });

describe('merging what storage holds with what a tab holds', () => {
  it('keeps the entries of both: storage order first, then the tab’s own', () => {
    const stored = lists({ views: [view('a'), view('b')] });
    const tab = lists({ views: [view('a'), view('c')] });
    expect(mergeSaved(stored, tab).views.map((v) => v.id)).toEqual(['a', 'b', 'c']);
  });

  it('a deletion in either copy wins, whichever is newer', () => {
    const deleted = [{ id: 'b', at: '2026-01-02T00:00:00.000Z' }];
    expect(
      mergeSaved(lists({ views: [view('a'), view('b', '2026-05-01T00:00:00.000Z')] }), lists({ views: [view('a')], deleted })).views.map((v) => v.id),
    ).toEqual(['a']);
    expect(mergeSaved(lists({ deleted, briefings: [] }), lists({ briefings: [briefing('b', '2026-05-01T00:00:00.000Z')] })).briefings).toEqual([]);
    expect(mergeSaved(lists({ deleted }), lists({})).deleted).toEqual(deleted);
  });

  it('of two copies of one entry, the one changed last is kept, and every tab picks the same on a tie', () => {
    const older = briefing('x', '2026-01-01T00:00:00.000Z', 1);
    const newer = briefing('x', '2026-01-02T00:00:00.000Z', 2);
    expect(mergeSaved(lists({ briefings: [older] }), lists({ briefings: [newer] })).briefings).toEqual([newer]);
    expect(mergeSaved(lists({ briefings: [newer] }), lists({ briefings: [older] })).briefings).toEqual([newer]);
    const one = view('v', '2026-01-01T00:00:00.000Z', 'One');
    const two = view('v', '2026-01-01T00:00:00.000Z', 'Two');
    expect(mergeSaved(lists({ views: [one] }), lists({ views: [two] })).views).toEqual(
      mergeSaved(lists({ views: [two] }), lists({ views: [one] })).views,
    );
  });

  it('merging again changes nothing', () => {
    const a = lists({ views: [view('a'), view('b')], deleted: [{ id: 'z', at: '2026-01-01' }] });
    const b = lists({ views: [view('c')], briefings: [briefing('p', '2026-01-01')], deleted: [{ id: 'b', at: '2026-01-03' }] });
    const once = mergeSaved(a, b);
    expect(mergeSaved(once, b)).toEqual(once);
    expect(mergeSaved(once, a)).toEqual(once);
  });

  it(`keeps the ${MAX_TOMBSTONES} latest deletions`, () => {
    const deleted = Array.from({ length: MAX_TOMBSTONES + 10 }, (_, i) => ({ id: `v${i}`, at: `2026-01-01T00:00:${String(i).padStart(4, '0')}` }));
    const merged = mergeSaved(lists({ deleted }), lists({}));
    expect(merged.deleted).toHaveLength(MAX_TOMBSTONES);
    expect(merged.deleted[0]?.id).toBe('v10');
  });
});
