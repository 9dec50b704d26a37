import { test, expect } from './fixtures';
import { callApi } from './arrange';
import { visitOfThreeExperts } from './pages/guests-panel';
import { AccommodationSection, HotelsDirectory, staysOnDisk } from './pages/accommodation-section';
import { TravelSection } from './pages/travel-section';
import { ProgrammeSection } from './pages/programme-section';
import { DiscardPrompt } from './pages/discard-prompt';
import { LetterDialog, AZ_LETTERS } from './pages/letters-dialog';
import { addGuest, createLetterVisit, MEHMET, setInstitution } from './pages/letters-data';
import { createHotel } from './pages/print-data';

const SHOTS = 'test-results/screenshots';

test('the stay dialog asks before Esc or × throws away a typed room, and closes at once when nothing changed', async ({
  page,
  host,
}) => {
  // Arrange: the stay dialog of a visit, in English
  const visitId = await visitOfThreeExperts(host);
  const acc = new AccommodationSection(page);
  const ask = new DiscardPrompt(page, 'en');
  await acc.open(host, visitId);
  const dialog = page.getByRole('dialog', { name: 'New stay' });

  // Act and assert: untouched, Esc closes it without a question
  await acc.startAdding();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(ask.prompt).toBeHidden();

  // Act: a room number typed, then Esc
  await acc.startAdding();
  await dialog.getByRole('textbox', { name: 'Room number' }).fill('512');
  await page.keyboard.press('Escape');

  // Assert: the question, "Keep editing" first; keeping returns to the room as typed
  await ask.expectAsked();
  await ask.keepEditing();
  await expect(dialog.getByRole('textbox', { name: 'Room number' })).toHaveValue('512');

  // Esc on the question keeps editing too
  await page.keyboard.press('Escape');
  await ask.expectAsked();
  await page.keyboard.press('Escape');
  await expect(ask.prompt).toBeHidden();
  await expect(dialog.getByRole('textbox', { name: 'Room number' })).toHaveValue('512');

  // The × is named "Close" and asks the same; "Discard" closes and saves nothing
  await ask.closeButton(dialog).click();
  await ask.expectAsked();
  await ask.discard();
  await expect(dialog).toBeHidden();
  expect(await staysOnDisk(host, visitId)).toEqual([]);
});

test('arrival and programme-item dialogs keep a typed flight and title until the officer discards them', async ({
  page,
  host,
}) => {
  // Arrange
  const visitId = await visitOfThreeExperts(host);
  const travel = new TravelSection(page);
  const ask = new DiscardPrompt(page, 'en');
  await travel.open(host, visitId);

  // Act: a flight number typed in a new arrival, then the ×
  await travel.startAdding('arrival');
  const arrival = page.getByRole('dialog', { name: 'New arrival' });
  await arrival.getByRole('textbox', { name: 'Flight number' }).fill('TK 334');
  await ask.closeButton(arrival).click();

  // Assert
  await ask.expectAsked();
  await ask.keepEditing();
  await expect(arrival.getByRole('textbox', { name: 'Flight number' })).toHaveValue('TK 334');
  await page.keyboard.press('Escape');
  await ask.discard();
  await expect(arrival).toBeHidden();

  // Act: a programme item's title, then Esc from inside the field
  const programme = new ProgrammeSection(page);
  await programme
    .day('2026-05-13')
    .getByRole('button', { name: /^Add an item on/ })
    .click();
  const item = page.getByRole('dialog', { name: 'New programme item' });
  await item.getByRole('textbox', { name: 'Title', exact: true }).fill('Meeting with the rector');
  await item.getByRole('textbox', { name: 'Title', exact: true }).press('Escape');

  // Assert
  await ask.expectAsked();
  await ask.keepEditing();
  await expect(item.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue(
    'Meeting with the rector',
  );
});

test('visit, guest and hotel directory dialogs ask too; an edit typed back to what it was is no change', async ({
  page,
  host,
}) => {
  // Arrange
  const visitId = await visitOfThreeExperts(host);
  await createHotel(host);
  const acc = new AccommodationSection(page);
  const ask = new DiscardPrompt(page, 'en');
  await acc.open(host, visitId);

  // The visit's own form: a title changed and changed back closes at once; changed, it asks
  const editVisit = page.getByRole('main').getByRole('button', { name: 'Edit', exact: true }).first();
  await editVisit.click();
  const visitForm = page.getByRole('dialog', { name: 'Edit visit' });
  const title = visitForm.getByRole('textbox', { name: 'Visit title', exact: true });
  const original = await title.inputValue();
  await title.fill('Something else');
  await title.fill(original);
  await page.keyboard.press('Escape');
  await expect(visitForm).toBeHidden();
  await editVisit.click();
  await title.fill('Something else');
  await page.keyboard.press('Escape');
  await ask.expectAsked();
  await ask.discard();
  await expect(visitForm).toBeHidden();

  // A new guest's surname typed, then Esc
  await page.getByRole('button', { name: 'Add guest' }).first().click();
  const guestForm = page.getByRole('dialog', { name: 'New guest' });
  await guestForm.getByRole('textbox', { name: 'Surname', exact: true }).fill('ROSSI');
  await page.keyboard.press('Escape');
  await ask.expectAsked();
  await ask.discard();
  await expect(guestForm).toBeHidden();

  // The hotel directory while a hotel is being edited
  const directory = new HotelsDirectory(page);
  await directory.open(acc);
  await directory.row('Qafqaz Hotel').getByRole('button', { name: 'Edit Qafqaz Hotel' }).click();
  await directory.dialog.getByRole('textbox', { name: 'City' }).fill('Ganja');
  await ask.closeButton(directory.dialog).click();
  await ask.expectAsked();
  await ask.keepEditing();
  await expect(directory.dialog.getByRole('textbox', { name: 'City' })).toHaveValue('Ganja');
});

for (const lang of ['az', 'ru'] as const) {
  test(`the letter dialog asks in ${lang} before Esc throws away a changed language; its × is named in ${lang}`, async ({
    page,
    host,
  }) => {
    // Arrange: a letter dialog for Mehmet in the chosen UI language
    const visitId = await createLetterVisit(host);
    await setInstitution(host);
    await addGuest(host, visitId, MEHMET);
    await callApi(host, 'settings.update', { uiLanguage: 'az' });
    const letters = new LetterDialog(page);
    await letters.openVisit(host, visitId);
    if (lang === 'ru') {
      await page.getByTestId('language-switch').getByRole('button', { name: 'RU' }).click();
      await page
        .getByRole('button', { name: /^Подготовить письмо/ })
        .first()
        .click();
    } else {
      await page.getByRole('button', { name: AZ_LETTERS.issueFor('Mehmet Ali YILMAZ') }).click();
    }
    const ask = new DiscardPrompt(page, lang);
    const dialog = page.getByRole('dialog').filter({ hasNot: ask.prompt }).first();
    await expect(dialog).toBeVisible();
    await expect(ask.closeButton(dialog)).toBeVisible();

    // Act: another letter language (Mehmet's own is English), then Esc
    const russian = lang === 'az' ? 'Rus dili' : 'Русский';
    await dialog.getByRole('radio', { name: russian, exact: true }).check();
    await page.keyboard.press('Escape');

    // Assert
    await ask.expectAsked();
    await page.screenshot({ path: `${SHOTS}/discard-changes-${lang}.png` });
    await ask.keepEditing();
    await expect(dialog.getByRole('radio', { name: russian, exact: true })).toBeChecked();
    await ask.closeButton(dialog).click();
    await ask.discard();
    await expect(dialog).toBeHidden();
  });
}

test('the bulk letters dialog asks before Esc throws away a changed choice', async ({ page, host }) => {
  // Arrange
  const visitId = await createLetterVisit(host);
  await setInstitution(host);
  await addGuest(host, visitId, MEHMET);
  await callApi(host, 'settings.update', { uiLanguage: 'az' });
  const letters = new LetterDialog(page);
  const ask = new DiscardPrompt(page, 'az');
  await letters.openVisit(host, visitId);
  await page.getByRole('button', { name: AZ_LETTERS.bulkOpen }).click();
  const dialog = page.getByRole('dialog', { name: /^Səfər üçün məktublar/ });

  // Act: untouched, Esc closes it; then a language ticked and Esc
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: AZ_LETTERS.bulkOpen }).click();
  await dialog
    .getByRole('checkbox', { name: AZ_LETTERS.bulkLanguage('Rus dili', 'Mehmet Ali YILMAZ') })
    .check();
  await page.keyboard.press('Escape');

  // Assert
  await ask.expectAsked();
  await ask.discard();
  await expect(dialog).toBeHidden();
});
