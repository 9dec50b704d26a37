import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { callApi } from './arrange';
import { createVisit } from './pages/guests-panel';

test.use({ now: '2026-05-02T10:15:00+04:00' });

test('the officer sets their name in Settings, edits a visit and adds a guest: the visit’s history shows both, signed with the name', async ({
  page,
  host,
}, testInfo) => {
  // Arrange: a visit made before any name was set, in the English UI
  await callApi(host, 'settings.update', { uiLanguage: 'en' });
  const visitId = await createVisit(host);
  const account = (await callApi(host, 'app.status', {})).account;
  await page.goto(host.url);
  await expect(page.getByTestId('language-switch')).toBeVisible();

  // Act: the name, in Settings
  await page.goto(`${host.origin}/#/settings`);
  const card = page.getByRole('region', { name: 'Your name' });
  await expect(card).toContainText(account);
  await card
    .getByRole('textbox', { name: "Your name, as it appears in a visit's history" })
    .fill('Aynur Məmmədova');
  await card.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Your name is saved')).toBeVisible();

  // Act: the visit's title, then a guest
  await page.goto(`${host.origin}/#/visits/${visitId}`);
  await page.getByRole('main').getByRole('button', { name: 'Edit', exact: true }).first().click();
  const visitForm = page.getByRole('dialog', { name: 'Edit visit' });
  await visitForm
    .getByRole('textbox', { name: 'Visit title', exact: true })
    .fill('Rectors of Ankara and Baku');
  await visitForm.getByRole('button', { name: 'Save' }).click();
  await expect(visitForm).toBeHidden();
  await page.getByRole('button', { name: 'Add guest' }).first().click();
  const guestForm = page.getByRole('dialog', { name: 'New guest' });
  await guestForm.getByRole('textbox', { name: 'Surname', exact: true }).fill('IVANOV');
  await guestForm.getByRole('textbox', { name: 'Given names', exact: true }).fill('Ivan');
  await guestForm.getByRole('combobox', { name: 'Category', exact: true }).click();
  await page.getByRole('option', { name: 'Expert', exact: true }).click();
  await guestForm.getByRole('button', { name: 'Add guest' }).click();
  await expect(guestForm).toBeHidden();

  // Assert: newest first, who, when (Baku time), what
  const history = page.getByRole('region', { name: 'History' });
  const entries = history.getByTestId('history-entry');
  await expect(entries).toHaveCount(3);
  await expect(entries.nth(0)).toContainText('Aynur Məmmədova');
  await expect(entries.nth(0)).toContainText('Guest added: Ivan IVANOV');
  await expect(entries.nth(0)).toContainText('2 May 2026, 10:');
  await expect(entries.nth(1)).toContainText('Aynur Məmmədova');
  await expect(entries.nth(1)).toContainText('Title changed');
  await expect(entries.nth(2)).toContainText('Visit created');
  await expect(entries.nth(2).getByTestId('history-by')).toHaveText(account);
  await expect(entries.nth(2)).toContainText('(computer account)');
  await history.scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('visit-history.png'), fullPage: false });

  // And on disk, in the visit's own file
  const doc = JSON.parse(await readFile(join(host.dataDir, 'visits', `${visitId}.json`), 'utf8')) as {
    visit: { changedBy: string; history: { by: string }[] };
  };
  expect(doc.visit.changedBy).toBe('Aynur Məmmədova');
  expect(doc.visit.history.map((e) => e.by)).toEqual([account, 'Aynur Məmmədova', 'Aynur Məmmədova']);

  // In Russian, the same history
  await callApi(host, 'settings.update', { uiLanguage: 'ru' });
  await page.reload();
  const ru = page.getByRole('region', { name: 'История' });
  await expect(ru.getByTestId('history-entry').nth(0)).toContainText('Добавлен гость: Ivan IVANOV');
  await expect(ru.getByTestId('history-entry').nth(1)).toContainText('Изменено: название');
  await expect(ru.getByTestId('history-entry').nth(0)).toContainText('2 мая 2026');
  await ru.scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('visit-history-ru.png'), fullPage: false });
});
