import { act, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetViewStore, useViewStore } from '../../state/store';
import { CountrySearch } from './CountrySearch';

beforeEach(() => resetViewStore());

const place = (id: string, name: string) => ({ id, name, region: 'Europe', subregion: 'Western Europe' });
const countries = [place('DEU', 'Germany'), place('FRA', 'France')];
const nameOf = (id: string) => (id === 'DE11' ? 'Stuttgart, Germany' : id);

describe('the selection’s chips are named for what they hold (a screen reader reads the name)', () => {
  it('countries at the country level; regions at a regions level; places when the selection holds both', () => {
    act(() => useViewStore.getState().setCountries(['DEU', 'FRA']));
    const { rerender } = render(<CountrySearch countries={countries} nameOf={nameOf} />);
    expect(screen.getByRole('list', { name: 'Selected countries' })).toHaveTextContent('Germany×France×');

    act(() => useViewStore.getState().setCountries(['DE11']));
    rerender(<CountrySearch countries={[place('DE11', 'Stuttgart, Germany')]} level="nuts2" nameOf={nameOf} />);
    expect(screen.getByRole('list', { name: 'Selected regions' })).toHaveTextContent('Stuttgart, Germany×');

    act(() => useViewStore.getState().setCountries(['DEU', 'DE11']));
    rerender(<CountrySearch countries={countries} nameOf={nameOf} />);
    expect(screen.getByRole('list', { name: 'Selected places' })).toHaveTextContent('Germany×Stuttgart, Germany×');
  });
});
