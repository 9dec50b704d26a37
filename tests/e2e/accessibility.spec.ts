import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { callApi } from './arrange';
import { arrangeBusyDay, BUSY_DAY } from './pages/print-data';
import { expectAccessible, pattern, words, type Lang } from './pages/a11y';
import type { RunningHost } from '../support/web-host';

/**
 * axe-core on every page and the main dialogs, in each language: no serious or critical violation,
 * and no control named in English on an Azerbaijani or Russian page.
 */

async function arrange(host: RunningHost, lang: Lang): Promise<string> {
  const { visitIds } = await arrangeBusyDay(host);
  await callApi(host, 'settings.update', { uiLanguage: lang });
  const [visitId] = visitIds;
  if (!visitId) throw new Error('no visit arranged');
  return visitId;
}

async function openApp(page: Page, host: RunningHost): Promise<void> {
  await page.goto(host.url);
  await expect(page.getByTestId('language-switch')).toBeVisible();
}

/** Opens an address and waits for what shows the page is drawn. */
async function visit(page: Page, host: RunningHost, hash: string, ready: (page: Page) => Locator) {
  await page.goto(`${host.origin}/${hash}`);
  await expect(ready(page).first()).toBeVisible();
  // Nothing still loading. The Backups page's share of the space budget is a bar too, but a finished one.
  const space = page.getByTestId('backup-space').getByRole('progressbar');
  await expect(page.getByRole('progressbar')).toHaveCount(await space.count());
}

const heading = (page: Page) => page.getByRole('main').getByRole('heading', { level: 2 });

for (const lang of ['az', 'en', 'ru'] as const) {
  test(`every page passes axe in ${lang}`, async ({ page, host }) => {
    test.setTimeout(180_000);
    // Arrange: three visits on a busy day, with stays, transfers and programme; the UI in `lang`
    const visitId = await arrange(host, lang);
    await openApp(page, host);

    const pages: [string, string, (page: Page) => Locator][] = [
      ['visits list', '#/visits', (p) => p.getByRole('search')],
      ['a visit', `#/visits/${visitId}`, (p) => p.getByRole('region').filter({ hasText: /\(\d+\)/ })],
      // FullCalendar 7 draws no .fc-view: the page is ready when its entries are drawn (as in calendar.spec.ts).
      ['calendar', `#/calendar/${BUSY_DAY}`, (p) => p.getByTestId('calendar-entry')],
      ['Today', '#/today', (p) => p.getByTestId('today-date')],
      ['register', '#/register', heading],
      ['settings', '#/settings', heading],
      // Ready once the space the backups take is drawn (its bar is the one progress bar left on the page).
      ['backups', '#/backups', (p) => p.getByTestId('backup-space-used')],
      ['print day', `#/print/day/${BUSY_DAY}`, (p) => p.getByTestId('print-toolbar')],
      ['print programme', `#/print/visit/${visitId}`, (p) => p.getByTestId('print-toolbar')],
    ];
    for (const [name, hash, ready] of pages) {
      // Act
      await visit(page, host, hash, ready);
      // Assert
      await expectAccessible(page, lang, name);
    }
  });

  test(`the main dialogs pass axe in ${lang}`, async ({ page, host }) => {
    test.setTimeout(180_000);
    // Arrange
    const visitId = await arrange(host, lang);
    await openApp(page, host);
    const dialog = page.getByRole('dialog');
    const open = async (name: string, button: Locator) => {
      await button.first().click();
      await expect(dialog).toBeVisible();
      await expect(dialog.getByRole('progressbar')).toHaveCount(0);
      await expectAccessible(page, lang, name, '[role="dialog"]');
      // Untouched, the dialog closes at once.
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
    };
    const button = (key: string) => page.getByRole('button', { name: pattern(lang, key) });

    // Act and assert: the new visit dialog from the list
    await visit(page, host, '#/visits', (p) => p.getByRole('search'));
    await open(
      'new visit',
      page.getByRole('main').getByRole('button', { name: words(lang, 'visit.action.new') }),
    );

    // The visit's dialogs
    await visit(page, host, `#/visits/${visitId}`, () => button('accommodation.section.add'));
    await open('guest', button('guest.panel.add'));
    await open('stay', button('accommodation.section.add'));
    await open('travel', button('travel.section.addArrival'));
    await open('programme item', button('programme.table.addOn'));
    await open('issue letter', button('letters.issueFor'));
  });
}
