import { test, expect } from './fixtures';
import { callApi } from './arrange';
import { visitOfThreeExperts } from './pages/guests-panel';
import { ProgrammeSection } from './pages/programme-section';
import { ShortcutsSheet } from './pages/shortcuts';
import type { RunningHost } from '../support/web-host';
import type { Page } from '@playwright/test';

const SHOTS = 'test-results/screenshots';

async function openApp(page: Page, host: RunningHost, hash = '#/visits'): Promise<void> {
  await page.goto(host.url);
  await expect(page.getByTestId('language-switch')).toBeVisible();
  await page.goto(`${host.origin}/${hash}`);
}

test('? and the header button open the keyboard shortcuts sheet; ? typed in a field is only typed', async ({
  page,
  host,
}) => {
  // Arrange: one visit, so the list has its search field
  await visitOfThreeExperts(host);
  const sheet = new ShortcutsSheet(page, 'en');
  await openApp(page, host);
  const search = page.getByRole('search').getByRole('searchbox').first();
  await expect(search).toBeVisible();

  // Act and assert: ? in the search field types a question mark
  await search.click();
  await page.keyboard.type('?');
  await expect(search).toHaveValue('?');
  await expect(sheet.sheet).toBeHidden();
  await search.fill('');

  // ? outside a field opens the sheet; Esc closes it
  await page.getByRole('heading', { level: 2 }).first().click();
  await page.keyboard.press('Shift+Slash');
  await sheet.expectOpen();
  await expect(sheet.row('Save')).toContainText('Enter');
  await page.keyboard.press('Escape');
  await expect(sheet.sheet).toBeHidden();

  // The header's button opens it too
  await sheet.headerButton.click();
  await sheet.expectOpen();
});

for (const lang of ['az', 'ru'] as const) {
  test(`the keyboard shortcuts sheet is written in ${lang}`, async ({ page, host }) => {
    // Arrange
    await callApi(host, 'settings.update', { uiLanguage: lang });
    const sheet = new ShortcutsSheet(page, lang);
    await openApp(page, host);

    // Act
    await sheet.headerButton.click();

    // Assert
    await sheet.expectOpen();
    await expect(sheet.row(sheet.words.find)).toContainText('F');
    await expect(
      sheet.sheet.getByRole('button', { name: lang === 'az' ? 'Bağla' : 'Закрыть' }),
    ).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/shortcuts-${lang}.png` });
  });
}

test('Ctrl+N opens a new visit from any page; Ctrl+F finds; G then T and Alt+3 go to Today and the calendar', async ({
  page,
  host,
}) => {
  // Arrange
  await visitOfThreeExperts(host);
  await openApp(page, host, '#/settings');
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();

  // Act and assert: Ctrl+N from Settings
  await page.keyboard.press('Control+KeyN');
  const newVisit = page.getByRole('dialog', { name: 'New visit' });
  await expect(newVisit).toBeVisible();
  await expect(page).toHaveURL(/#\/$/);
  await page.keyboard.press('Escape');
  await expect(newVisit).toBeHidden();

  // Ctrl+F from Today puts the cursor in the visit list's search
  await page.goto(`${host.origin}/#/today`);
  await expect(page.getByTestId('today-date')).toBeVisible();
  await page.keyboard.press('Control+KeyF');
  await expect(page.getByRole('search').getByRole('searchbox').first()).toBeFocused();

  // G then T: Today; Alt+3: the calendar
  await page.getByRole('heading', { level: 2 }).first().click();
  await page.keyboard.press('KeyG');
  await page.keyboard.press('KeyT');
  await expect(page).toHaveURL(/#\/today/);
  await page.keyboard.press('Alt+Digit3');
  await expect(page).toHaveURL(/#\/calendar/);
});

test('Ctrl+P on Today opens the day to print; Ctrl+Enter saves a dialog; Ctrl+Z presses the visible Undo', async ({
  page,
  host,
}) => {
  // Arrange: a visit and its programme, in English
  const visitId = await visitOfThreeExperts(host);
  await openApp(page, host, '#/today');
  await expect(page.getByTestId('today-date')).toBeVisible();

  // Act and assert: Ctrl+P on Today
  await page.keyboard.press('Control+KeyP');
  await expect(page.getByTestId('print-toolbar')).toBeVisible();
  await expect(page).toHaveURL(/#\/print\/day\//);

  // Ctrl+Enter in a programme item's title saves it
  const programme = new ProgrammeSection(page);
  await page.goto(`${host.origin}/#/visits/${visitId}`);
  await expect(programme.section).toBeVisible();
  await programme
    .day('2026-05-13')
    .getByRole('button', { name: /^Add an item on/ })
    .click();
  const item = page.getByRole('dialog', { name: 'New programme item' });
  await item.getByRole('textbox', { name: 'Title', exact: true }).fill('Meeting with the rector');
  await programme.setTime('Start time', '10:00');
  await programme.setTime('End time', '11:00');
  await item.getByRole('textbox', { name: 'Title', exact: true }).press('Control+Enter');
  await expect(item).toBeHidden();
  await expect(programme.items('2026-05-13')).toContainText('Meeting with the rector');

  // Ctrl+Z after a deletion takes it back, as the notice's Undo does
  await programme
    .items('2026-05-13')
    .getByRole('button', { name: 'Delete “Meeting with the rector”' })
    .click();
  await expect(programme.items('2026-05-13')).toHaveCount(0);
  await expect(page.getByTestId('undo-notice')).toBeVisible();
  await page.getByRole('heading', { level: 2 }).first().click();
  await page.keyboard.press('Control+KeyZ');
  await expect(programme.items('2026-05-13')).toHaveCount(1);
});
