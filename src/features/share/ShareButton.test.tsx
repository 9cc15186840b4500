import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resetViewStore, useViewStore } from '../../state/store';
import { shareLink } from '../../lib/viewLinks';
import { ShareButton } from './ShareButton';

beforeEach(() => {
  resetViewStore();
  window.history.replaceState(null, '', '/app/?junk=1');
});

describe('ShareButton', () => {
  it('copies the canonical link of the view on screen', async () => {
    const user = userEvent.setup();
    useViewStore.getState().setCountries(['DEU', 'FRA']);
    useViewStore.getState().setPanel('table');
    render(<ShareButton />);
    await user.click(screen.getByRole('button', { name: 'Share' }));
    expect(await navigator.clipboard.readText()).toBe('http://localhost:3000/app/?countries=DEU~FRA&panel=table');
    expect(screen.getByRole('status')).toHaveTextContent('Link copied');
  });

  it('shows the link to copy by hand when the clipboard is refused', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    render(<ShareButton />);
    await user.click(screen.getByRole('button', { name: 'Share' }));
    expect(screen.getByRole('textbox', { name: 'Copy this link:' })).toHaveValue('http://localhost:3000/app/');
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('builds links from the origin and path only', () => {
    expect(shareLink('?year=2020', { origin: 'https://lens.example', pathname: '/m/' })).toBe('https://lens.example/m/?year=2020');
  });
});
