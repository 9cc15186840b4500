import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PHONE_QUERY } from '../lib/useMediaQuery';
import { resetViewStore } from '../state/store';
import { renderAppAt } from './renderAppAt.test-utils';

/** A screen whose width matches these media queries (jsdom has no matchMedia of its own). */
function screenMatching(queries: readonly string[]) {
  Object.defineProperty(window, 'matchMedia', {
    configurable: true,
    writable: true,
    value: (query: string) => ({
      matches: queries.includes(query),
      media: query,
      onchange: null,
      addEventListener: () => {},
      removeEventListener: () => {},
      addListener: () => {},
      removeListener: () => {},
      dispatchEvent: () => false,
    }),
  });
}

beforeEach(() => resetViewStore());
afterEach(() => {
  delete (window as { matchMedia?: unknown }).matchMedia;
});

describe('on a phone', () => {
  beforeEach(() => screenMatching([PHONE_QUERY]));

  it('shows the figure under a one-line summary of the filters, which wait behind a Filters button', async () => {
    renderAppAt('?panel=table&year=2015&countries=FRA~DEU~USA');
    expect(await screen.findByRole('table')).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Indicator' })).toBeNull();
    expect(screen.getByText(/^Shown:/).closest('p')).toHaveTextContent(
      'Shown: International migrant stock · Census & registers (demo) · 2015 · France, Germany +1',
    );
    const button = screen.getByRole('button', { name: 'Filters' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveAttribute('aria-haspopup', 'dialog');
  });

  it('opens the filters in a modal sheet without changing the link; focus stays inside; Esc closes it and returns focus', async () => {
    const user = userEvent.setup();
    renderAppAt('?panel=table&year=2020&countries=FRA');
    await screen.findByRole('table');
    const before = window.location.search;
    const button = screen.getByRole('button', { name: 'Filters' });
    await user.click(button);

    const sheet = screen.getByRole('dialog', { name: 'View filters' });
    expect(sheet).toHaveAttribute('aria-modal', 'true');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(window.location.search).toBe(before);
    const indicator = within(sheet).getByRole('combobox', { name: 'Indicator' });
    expect(indicator).toHaveFocus();

    // Shift+Tab from the sheet's first control wraps to its last one, and Tab from the last back to the first.
    const close = within(sheet).getByRole('button', { name: 'Close' });
    close.focus();
    await user.tab({ shift: true });
    const last = document.activeElement as HTMLElement;
    expect(sheet).toContainElement(last);
    expect(last).not.toBe(close);
    await user.tab();
    expect(close).toHaveFocus();
    for (let i = 0; i < 30; i += 1) {
      await user.tab();
      expect(sheet).toContainElement(document.activeElement as HTMLElement);
    }

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(button).toHaveFocus();
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(window.location.search).toBe(before);
  });

  it('applies each filter from the sheet at once, and the close button returns focus to Filters', async () => {
    const user = userEvent.setup();
    renderAppAt('?panel=table&year=2020');
    await screen.findByRole('table');
    await user.click(screen.getByRole('button', { name: 'Filters' }));
    const sheet = screen.getByRole('dialog', { name: 'View filters' });

    await user.selectOptions(within(sheet).getByRole('combobox', { name: 'Year' }), '2015');
    expect(window.location.search).toContain('year=2015');

    // Esc in the country box closes its list of suggestions, not the sheet.
    await user.type(within(sheet).getByRole('combobox', { name: 'Countries' }), 'Ger');
    expect(within(sheet).getByRole('listbox')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.getByRole('dialog', { name: 'View filters' })).toBeInTheDocument();
    await user.keyboard('{ArrowDown}{Enter}');
    expect(window.location.search).toContain('countries=DEU');

    await user.click(within(sheet).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog', { name: 'View filters' })).toBeNull();
    // The country picked in the Countries box has its profile open under the sheet.
    expect(await screen.findByRole('dialog', { name: 'Profile of Germany' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Filters' })).toHaveFocus();
    expect(screen.getByText(/^Shown:/).closest('p')).toHaveTextContent('Census & registers (demo) · 2015 · Germany');
  });
});

describe('the panel’s options on a phone', () => {
  beforeEach(() => screenMatching([PHONE_QUERY]));

  it('wait behind one Options button beside Filters, which shows and hides them without changing the link', async () => {
    const user = userEvent.setup();
    renderAppAt('?panel=table&year=2020');
    await screen.findByRole('table');
    const before = window.location.search;
    const panel = screen.getByRole('tabpanel');
    const options = screen.getByRole('button', { name: 'Options' });
    expect(options).toHaveAttribute('aria-controls', panel.id);
    expect(panel).toHaveAttribute('data-options', 'collapsed');
    await user.click(options);
    expect(options).toHaveAttribute('aria-expanded', 'true');
    expect(panel).toHaveAttribute('data-options', 'open');
    // Another panel starts with its options closed again.
    await user.click(screen.getByRole('tab', { name: 'Time series' }));
    expect(screen.getByRole('tabpanel')).toHaveAttribute('data-options', 'collapsed');
    await user.click(screen.getByRole('tab', { name: 'Table' }));
    expect(window.location.search).toBe(before);
  });
});

describe('on a wider screen', () => {
  it('keeps the filter bar in the page, with no Filters button', async () => {
    screenMatching([]);
    renderAppAt('?panel=table&year=2020');
    expect(await screen.findByRole('combobox', { name: 'Indicator' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Filters' })).toBeNull();
    expect(screen.queryByText(/^Shown:/)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Options' })).toBeNull();
    expect(screen.getByRole('tabpanel')).toHaveAttribute('data-options', 'open');
  });
});
