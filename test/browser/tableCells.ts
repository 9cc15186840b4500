import type { Page } from '@playwright/test';

/** The value cell of a country in the Table panel (its third cell: rank, name, value). */
export function valueCell(page: Page, country: string) {
  return page
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: country, exact: true }) })
    .getByRole('cell')
    .nth(2);
}
