import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { callApi } from './arrange';
import { addGuest, createLetterVisit, MEHMET, setInstitution } from './pages/letters-data';
import { AZ_LETTERS, LetterDialog } from './pages/letters-dialog';
import { AZ_SETTINGS } from './pages/letters-settings';

/** The words of the page that stands in for one that failed, as a user reads them. */
const FAILED = {
  az: {
    title: 'Bu səhifəni göstərmək mümkün olmadı',
    reload: 'Səhifəni yenidən yüklə',
    visits: 'Səfərlərə keç',
  },
  ru: {
    title: 'Не удалось показать эту страницу',
    reload: 'Перезагрузить страницу',
    visits: 'Перейти к визитам',
  },
};

const SHOTS = process.env.QONAQ_SHOTS;

/** Errors the page threw that nothing caught: a white window. */
function uncaught(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

test('after the day is printed, Back and then Settings shows the institution, not a white window', async ({
  page,
  host,
}) => {
  // Arrange: the institution set up; Today open in the Azerbaijani UI
  await setInstitution(host);
  const errors = uncaught(page);
  await page.goto(host.url);
  await expect(page.getByTestId('language-switch')).toBeVisible();
  await page.getByRole('link', { name: 'Bu gün' }).click();
  await expect(page.getByTestId('today-date')).toBeVisible();

  // Act: print the day, go back, open Settings
  await page.getByRole('link', { name: 'Günü çap et' }).click();
  await expect(page.getByTestId('print-sheet')).toContainText('Bakı Dövlət Universiteti');
  await page.getByRole('link', { name: 'Geri' }).click();
  await expect(page.getByTestId('today-date')).toBeVisible();
  await page.getByRole('link', { name: 'Parametrlər' }).click();

  // Assert: the settings form with the institution's name, and nothing thrown
  const form = page.getByRole('form', { name: 'Parametrlər' });
  await expect(form.getByRole('textbox', { name: AZ_SETTINGS.name, exact: true }).first()).toHaveValue(
    'Bakı Dövlət Universiteti',
  );
  expect(errors).toEqual([]);
});

test("after a visit's programme is printed, Back and then a guest's letter opens its dialog", async ({
  page,
  host,
}) => {
  // Arrange: a visit with a guest, the institution set up
  await setInstitution(host);
  const visitId = await createLetterVisit(host);
  await addGuest(host, visitId, MEHMET);
  const errors = uncaught(page);
  const letters = new LetterDialog(page);
  await letters.openVisit(host, visitId);

  // Act: print the programme, go back, issue a letter to the guest
  await page.getByRole('link', { name: 'Proqramı çap et' }).click();
  await expect(page.getByTestId('print-sheet')).toContainText('Bakı Dövlət Universiteti');
  await page.getByRole('link', { name: 'Geri' }).click();
  await letters.openFor('Mehmet Ali YILMAZ');

  // Assert: the letter dialog with its choices, and nothing thrown
  await expect(letters.dialog).toContainText(AZ_LETTERS.dialogTitle('Mehmet Ali YILMAZ'));
  await expect(letters.language('en')).toBeVisible();
  expect(errors).toEqual([]);
});

test('a page that fails says so in the user language and comes back with Reload, the rest of the app still works', async ({
  page,
  host,
}) => {
  // Arrange: the core's answer for the day is malformed (as a bug or a damaged answer would be)
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  const malformed = '**/api/planning.day';
  await page.route(malformed, (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ok: true, value: {} }) }),
  );
  await page.goto(host.url);
  await expect(page.getByTestId('language-switch')).toBeVisible();

  // Act: open Today
  await page.getByRole('link', { name: 'Bu gün' }).click();

  // Assert: the page says what happened in Azerbaijani, the frame and its navigation remain, the error is logged
  const failed = page.getByRole('alert').filter({ hasText: FAILED.az.title });
  await expect(failed).toBeVisible();
  await expect(failed.getByRole('button', { name: FAILED.az.reload })).toBeVisible();
  await expect(failed.getByRole('button', { name: FAILED.az.visits })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Parametrlər' })).toBeVisible();
  expect(errors.join('\n')).toContain('TypeError');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/page-failed-az.png` });

  // Act: the answer is right again; Reload
  await page.unroute(malformed);
  await failed.getByRole('button', { name: FAILED.az.reload }).click();

  // Assert: the page is back, with the day's cards
  await expect(failed).toBeHidden();
  await expect(page.getByTestId('today-date')).toBeVisible();
  await expect(page.getByText('Bu gün üçün heç nə planlaşdırılmayıb.')).toBeVisible();
});

test('from a failed page, Go to visits opens the list; in Russian the page says so in Russian', async ({
  page,
  host,
}) => {
  // Arrange: the Russian UI; the day's answer is malformed
  await callApi(host, 'settings.update', { uiLanguage: 'ru' });
  await page.route('**/api/planning.day', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ ok: true, value: { rows: 3 } }),
    }),
  );
  await page.goto(host.url);
  await expect(page.getByTestId('language-switch')).toBeVisible();
  await page.getByRole('link', { name: 'Сегодня' }).click();
  const failed = page.getByRole('alert').filter({ hasText: FAILED.ru.title });
  await expect(failed).toBeVisible();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/page-failed-ru.png` });

  // Act: go to the visits
  await failed.getByRole('button', { name: FAILED.ru.visits }).click();

  // Assert: the list of visits, without the failure
  await expect(page).toHaveURL(/#\/$/);
  await expect(failed).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Визиты', level: 2 })).toBeVisible();
});

test('a language clicked before the saved one arrives stays: the last choice wins', async ({
  page,
  host,
}) => {
  // Arrange: Russian saved; the status that brings it is held back after a reload
  await callApi(host, 'settings.update', { uiLanguage: 'ru' });
  await page.goto(host.url);
  await expect(page.getByTestId('language-switch')).toBeVisible();
  let release = () => {};
  const held = new Promise<void>((done) => (release = done));
  await page.route('**/api/app.status', async (route) => {
    // Read when asked, answered late: the answer carries the setting as it was before the click.
    const response = await route.fetch();
    await held;
    await route.fulfill({ response });
  });
  await page.reload();
  const switcher = page.getByTestId('language-switch');
  await expect(switcher).toBeVisible();

  // Act: choose English while the saved setting is still on its way, then let it arrive
  await switcher.getByRole('button', { name: 'EN' }).click();
  await expect(page.getByRole('link', { name: 'Settings' })).toBeVisible();
  const answered = page.waitForResponse('**/api/app.status');
  release();
  await answered;

  // Assert: still English, and English is what is saved
  await expect(page.getByRole('link', { name: 'Settings' })).toBeVisible();
  await expect(switcher.getByRole('button', { name: 'EN' })).toHaveAttribute('aria-pressed', 'true');
  await page.unroute('**/api/app.status');
  await expect.poll(async () => (await callApi(host, 'app.status', {})).settings.uiLanguage).toBe('en');
  await page.reload();
  await expect(page.getByRole('link', { name: 'Settings' })).toBeVisible();
});
