/**
 * The three questions an official asks, each answered in at most three actions (counted here) from
 * where that user starts, at 1366×768, on a phone (390×844) and in an embedded panel at 800×500:
 *   1. "How many international migrants live in Germany and how has that changed since 2000?"
 *   2. "Where do the digital estimates disagree most with the official ones?"
 *   3. "Send a colleague exactly this view."
 * An action is a click, a key press that does something, typing a name, or a scroll.
 */
import type { BrowserContextOptions, Page } from '@playwright/test';
import { formatPersons, readSeries, valueOf } from './demoData';
import { expectedRanking, periodOfRanking, rankedCard, rankedNames } from './disagreements';
import { expect, test } from './fixtures';
import { mapIdle } from './mapIdle';
import { pointOf } from './mapPoint';
import { copiedLink, openIn, snapshot } from './viewSnapshot';

const MAX_ACTIONS = 3;
const census = readSeries('series/migrant-stock/census.json');

const SCREENS = {
  desktop: { width: 1366, height: 768 },
  phone: { width: 390, height: 844 },
  embed: { width: 800, height: 500 },
} as const;

/** Counts the user's actions as the test performs them. */
function actionCounter() {
  let count = 0;
  return {
    async act<T>(action: Promise<T>): Promise<T> {
      count += 1;
      return action;
    },
    get count() {
      return count;
    },
  };
}

/** The profile card answers question 1: today's figure, and the figure of 2000 beside it. */
async function expectGermanyAnswered(page: Page) {
  const card = page.getByRole('dialog', { name: 'Profile of Germany' });
  await expect(card).toBeInViewport();
  await expect(card.getByTestId('profile-figure')).toHaveText(`${formatPersons(valueOf(census, 'DEU', '2024') as number)} persons`);
  const row2000 = card.getByRole('row', { name: /^2000 / });
  await expect(row2000).toContainText(formatPersons(valueOf(census, 'DEU', '2000') as number));
}

/** The ranking answers question 2: the largest over- and under-estimates, as the data files give them. */
async function expectDisagreementsAnswered(page: Page) {
  await expect(rankedCard(page)).toBeInViewport();
  const expected = expectedRanking(await periodOfRanking(page));
  await expect(rankedNames(page, 'over')).toHaveText(expected.over);
  await expect(rankedNames(page, 'under')).toHaveText(expected.under);
}

/** The link answers question 3: opened by a colleague (another browser, the same screen), it shows the same view. */
async function expectSameViewFromLink(page: Page, link: string, options: BrowserContextOptions) {
  const original = await snapshot(page);
  const { context, page: colleague } = await openIn(page.context().browser()!, options, link);
  expect(await snapshot(colleague)).toEqual(original);
  await context.close();
}

/** Question 1 where a map is the first thing on screen: one click on Germany. */
async function answerGermanyOnTheMap(page: Page, link: string) {
  await page.goto(link);
  await mapIdle(page);
  const user = actionCounter();
  const p = await pointOf(page, 'DEU');
  await user.act(page.mouse.click(p.x, p.y));
  await expectGermanyAnswered(page);
  expect(user.count).toBeLessThanOrEqual(MAX_ACTIONS);
}

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test.describe('at 1366×768', () => {
  test.use({ viewport: SCREENS.desktop });

  test('1. Germany: one click on the map', async ({ page }) => {
    await answerGermanyOnTheMap(page, '/');
  });

  test('2. disagreements: the Compare tab, then the ranking beside the scatter', async ({ page }) => {
    await page.goto('/');
    const user = actionCounter();
    await user.act(page.getByRole('tab', { name: 'Compare' }).click());
    await user.act(rankedCard(page).scrollIntoViewIfNeeded());
    await expectDisagreementsAnswered(page);
    expect(user.count).toBeLessThanOrEqual(MAX_ACTIONS);
  });

  test('3. this view to a colleague: Share copies its link', async ({ page }) => {
    await page.goto('/?countries=DEU~FRA~ITA&panel=series&measure=index&from=2000');
    const user = actionCounter();
    const link = await user.act(copiedLink(page));
    expect(user.count).toBeLessThanOrEqual(MAX_ACTIONS);
    await expectSameViewFromLink(page, link, { viewport: SCREENS.desktop });
  });
});

test.describe('on a phone, 390×844', () => {
  test.use({ viewport: SCREENS.phone, isMobile: true, hasTouch: true });

  test('1. Germany: its name in the map’s list, then Enter', async ({ page }) => {
    await page.goto('/');
    await mapIdle(page);
    const user = actionCounter();
    await user.act(page.getByRole('combobox', { name: 'Find a country on the map' }).fill('Germany'));
    await user.act(page.keyboard.press('Enter'));
    await expectGermanyAnswered(page);
    expect(user.count).toBeLessThanOrEqual(MAX_ACTIONS);
  });

  test('2. disagreements: the Compare tab, then a scroll to the ranking', async ({ page }) => {
    await page.goto('/');
    const user = actionCounter();
    await user.act(page.getByRole('tab', { name: 'Compare' }).tap());
    await expect(page.locator('.compare-scatter > svg')).toBeVisible();
    await user.act(rankedCard(page).scrollIntoViewIfNeeded());
    await expectDisagreementsAnswered(page);
    expect(user.count).toBeLessThanOrEqual(MAX_ACTIONS);
    // On a phone the ranking fits the screen's width: its names are read without sideways scrolling.
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  });

  test('3. this view to a colleague: Share copies its link', async ({ page }) => {
    await page.goto('/?year=2015&countries=DEU&panel=table');
    const user = actionCounter();
    const link = await user.act(copiedLink(page));
    expect(user.count).toBeLessThanOrEqual(MAX_ACTIONS);
    await expectSameViewFromLink(page, link, { viewport: SCREENS.phone, isMobile: true, hasTouch: true });
  });
});

test.describe('in an embedded panel, 800×500', () => {
  test.use({ viewport: SCREENS.embed });

  test('1. Germany: one click on the embedded map', async ({ page }) => {
    await answerGermanyOnTheMap(page, '/?embed=1');
  });

  test('2. disagreements: an embedded comparison shows the ranking on its first screen', async ({ page }) => {
    // No action at all: the answer is what the embedded panel opens on.
    await page.goto('/?embed=1&panel=compare');
    await expectDisagreementsAnswered(page);
  });

  test('3. this view to a colleague: the link back opens it in full, where Share copies its link', async ({ page }) => {
    const view = '?countries=DEU~FRA~ITA&panel=series&measure=index&from=2000';
    await page.goto(`/${view}&embed=1`);
    const user = actionCounter();
    const opened = page.context().waitForEvent('page');
    await user.act(page.getByRole('link', { name: /Open the full view in Migration Lens/ }).click());
    const full = await opened;
    await full.waitForLoadState();
    expect(new URL(full.url()).search).toBe(view);
    const link = await user.act(copiedLink(full));
    expect(user.count).toBeLessThanOrEqual(MAX_ACTIONS);
    expect(new URL(link).search).toBe(view);
    await expectSameViewFromLink(full, link, { viewport: SCREENS.embed });
  });
});
