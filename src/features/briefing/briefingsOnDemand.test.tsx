import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BACKUP_KEY, STORAGE_KEY, backupKey } from './storageKeys';
import { holdsSavedData } from './briefingsOnDemand';

const UNREADABLE = 'Your saved views could not be read, so the list starts empty. The unreadable data is kept in this browser as a backup.';

describe('whether this browser holds saved data', () => {
  it('is no for an empty storage and for keys of other features', () => {
    const storage = new Map([['migration-lens:uploaded-sources', 'some']]);
    expect(holdsSavedData({ getItem: (key) => storage.get(key) ?? null })).toBe(false);
  });

  it('is yes for the saved document and for any backup slot', () => {
    for (const key of [STORAGE_KEY, BACKUP_KEY, backupKey(5)]) expect(holdsSavedData({ getItem: (k) => (k === key ? '{}' : null) })).toBe(true);
  });

  it('is yes where storage cannot be read, so that the store can say so', () => {
    expect(holdsSavedData(null)).toBe(true);
    expect(
      holdsSavedData({
        getItem: () => {
          throw new DOMException('denied', 'SecurityError');
        },
      }),
    ).toBe(true);
  });
});

describe('the briefing store on demand', () => {
  let stop = () => {};

  beforeEach(() => {
    localStorage.clear();
    vi.resetModules();
  });
  afterEach(() => stop());

  /** A fresh copy of the modules: a page load. */
  async function startPage() {
    const onDemand = await import('./briefingsOnDemand');
    const { BriefingNoticesSlot } = await import('./BriefingNoticesSlot');
    const started = onDemand.startBriefings();
    stop = started.stop;
    render(<BriefingNoticesSlot />);
    return started;
  }

  it('is not loaded where nothing is saved; a first save in another tab loads it, and its notice shows', async () => {
    expect((await startPage()).loading).toBe(false);
    expect(screen.queryByRole('status')).toBeNull();

    localStorage.setItem(STORAGE_KEY, '{"format":"migration-lens/saved",');
    act(() => window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY, newValue: localStorage.getItem(STORAGE_KEY) })));
    expect(await screen.findByText(UNREADABLE)).toBeInTheDocument();
  });

  it('loads at startup where saved data is there to read, and reports what it could not read', async () => {
    localStorage.setItem(STORAGE_KEY, 'not json');
    expect((await startPage()).loading).toBe(true);
    expect(await screen.findByText(UNREADABLE)).toBeInTheDocument();
    expect(localStorage.getItem(BACKUP_KEY)).toBe('not json');
  });

  it('tells the app what is presented once any code loads the store', async () => {
    const onDemand = await import('./briefingsOnDemand');
    function Presented() {
      return <p>{onDemand.presentedStepTitle(onDemand.usePresenting()) ?? 'nothing presented'}</p>;
    }
    render(<Presented />);
    expect(screen.getByText('nothing presented')).toBeInTheDocument();
    const { useBriefingStore } = await import('./briefingStore');
    act(() =>
      useBriefingStore
        .getState()
        .startPresenting({ id: 'b', title: 'Briefing', created: null, updated: null, steps: [{ id: 's1', title: 'Step one', query: '?year=2020' }] }),
    );
    expect(screen.getByText('Step one')).toBeInTheDocument();
  });
});
