import { expect, type Browser, type BrowserContextOptions, type Page } from '@playwright/test';
import { serveDemoData } from './fixtures';
import { panelSettled } from './settled';

/**
 * What a view puts on screen, in a form that does not depend on the language: the canonical
 * query (without lang), every control's value, the selected tab, the table's rows and figures,
 * the map's fill key and the chart's lines.
 */
export async function snapshot(page: Page) {
  await panelSettled(page);
  // The view's filters: a bar, or on a phone a drawer whose code may arrive after the panel's.
  await expect(page.locator('.filter-bar, .filter-line').first()).toBeAttached();
  return page.evaluate(() => {
    const search = new URLSearchParams(location.search);
    search.delete('lang');
    // Figures without their formatting (French writes −1 200, Spanish -1200).
    const digits = (text: string | null | undefined) => (text ?? '').replace(/\u2212/g, '-').replace(/[^\d-]/g, '');
    return {
      search: search.toString(),
      selects: [...document.querySelectorAll<HTMLSelectElement>('select')].filter((s) => !s.closest('.language-switch')).map((s) => s.value),
      checkboxes: [...document.querySelectorAll<HTMLInputElement>('main input[type=checkbox], .filter-bar input[type=checkbox]')].map(
        (c) => c.checked,
      ),
      tab: document.querySelector('[role=tab][aria-selected=true]')?.id ?? null,
      chips: document.querySelectorAll('.chip').length,
      rows: [...document.querySelectorAll<HTMLTableRowElement>('tr[data-geo]')].map(
        (row) => `${row.dataset.geo}:${digits(row.cells[3]?.textContent)}`,
      ),
      map: document.querySelector<HTMLElement>('.map-canvas')?.dataset.fillKey ?? null,
      // Each line and its number of points (the coordinates depend on the screen's width).
      lines: [...document.querySelectorAll<SVGGElement>('.series-chart__plot svg [data-line]')].map(
        (g) => `${g.dataset.line}:${(g.querySelector('path')?.getAttribute('d') ?? '').split(/[ML]/).length}`,
      ),
    };
  });
}

/** Rows without a value are listed by country name, which changes with the language: compare them as a set. */
export function sameInAnyLanguage(shot: Awaited<ReturnType<typeof snapshot>>) {
  return { ...shot, rows: [...shot.rows].sort() };
}

/** Clicks Share (in whatever language the page speaks) and reads the link it copied. */
export async function copiedLink(page: Page): Promise<string> {
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await page.locator('.share__button').click();
  await expect(page.locator('.share__status')).not.toBeEmpty();
  return page.evaluate(() => navigator.clipboard.readText());
}

export async function openIn(browser: Browser, options: BrowserContextOptions, link: string) {
  const context = await browser.newContext({ ...options, permissions: ['clipboard-read', 'clipboard-write'] });
  await serveDemoData(context);
  const page = await context.newPage();
  await page.goto(link);
  return { context, page };
}
