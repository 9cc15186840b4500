import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resetViewStore } from '../../state/store';
import { MapCountryList, type ListRow } from './MapCountryList';

beforeEach(() => resetViewStore());

const rows: ListRow[] = [
  { id: 'DEU', name: 'Germany', valueText: '16,000,000 persons', nearest: false, selected: false },
  { id: 'FRA', name: 'France', valueText: 'No data', nearest: false, selected: true },
];

describe('the map’s list of places', () => {
  it('waits for the map’s first frame quietly: an empty, busy list, and no “nothing matches”', () => {
    const props = { activeId: null, onActive: vi.fn(), onToggle: vi.fn() };
    const { rerender } = render(<MapCountryList rows={null} {...props} />);
    const list = screen.getByRole('listbox', { name: 'Countries on the map' });
    expect(list).toHaveAttribute('aria-busy', 'true');
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    expect(screen.queryByText(/No country/)).toBeNull();

    rerender(<MapCountryList rows={rows} {...props} />);
    expect(list).toHaveAttribute('aria-busy', 'false');
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Germany16,000,000 persons', 'FranceNo data']);
    expect(screen.getByRole('option', { name: /France/ })).toHaveAttribute('aria-selected', 'true');
  });
});
