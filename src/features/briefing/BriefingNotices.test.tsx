import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { captureDownloads } from '../../../test/downloads';
import { resetViewStore } from '../../state/store';
import { BriefingNotices } from './BriefingNotices';
import { resetBriefingStore } from './briefingStore';

const SLOT_1 = 'migration-lens:saved:backup';
const SLOT_2 = 'migration-lens:saved:backup:2';
const KEY = 'migration-lens:saved';

const downloads = captureDownloads();

beforeEach(() => {
  localStorage.clear();
  resetViewStore();
});

describe('saved entries left out', () => {
  it('are kept aside beside an earlier backup until the user downloads and discards them', async () => {
    const user = userEvent.setup();
    const damaged = JSON.stringify({
      format: 'migration-lens/saved',
      version: 1,
      views: [
        { id: 'view-good', title: 'Good', query: '?year=2020', created: null },
        { id: 'view-bad', title: 42, query: '', created: null },
      ],
      briefings: [],
    });
    localStorage.setItem(SLOT_1, 'an earlier unreadable text');
    localStorage.setItem(KEY, damaged);
    act(() => resetBriefingStore(localStorage));
    render(<BriefingNotices />);

    expect(screen.getByText('1 damaged saved entry was left out.')).toBeInTheDocument();
    expect(screen.getByText(/kept aside in this browser \(2 of 5 backup slots\)/)).toBeInTheDocument();
    expect(localStorage.getItem(SLOT_1)).toBe('an earlier unreadable text');
    expect(localStorage.getItem(SLOT_2)).toBe(damaged);

    await user.click(screen.getByRole('button', { name: 'Download' }));
    await vi.waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]?.name).toMatch(/^migration-lens_saved-backups_\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(await (downloads[0] as { blob: Blob }).blob.text()) as { backups: { text: string }[] };
    expect(file.backups.map((b) => b.text)).toEqual(['an earlier unreadable text', damaged]);

    await user.click(screen.getByRole('button', { name: 'Discard' }));
    expect(screen.queryByText(/kept aside in this browser/)).toBeNull();
    expect([localStorage.getItem(SLOT_1), localStorage.getItem(SLOT_2)]).toEqual([null, null]);

    // Discarding is final: the next visit reads the good entry and keeps nothing aside.
    act(() => resetBriefingStore(localStorage));
    expect(screen.queryByText(/kept aside in this browser/)).toBeNull();
    expect(JSON.parse(localStorage.getItem(KEY) ?? '{}').views.map((v: { title: string }) => v.title)).toEqual(['Good']);
  });
});
