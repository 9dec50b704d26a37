import { test, expect } from './fixtures';
import { callApi } from './arrange';
import type { RunningHost } from '../support/web-host';
import type { GuestInput } from '../../src/shared/domain';
import { AZ_LETTERS, LetterDialog } from './pages/letters-dialog';
import { addGuest, downloadedText, setInstitution } from './pages/letters-data';
import { AZ_TEXTS, MissingTextsPanel } from './pages/missing-texts';
import { PrintView } from './pages/print-view';

/** Where screenshots go for a person to look at (the panel as the officer sees it). */
const SHOTS = process.env.QONAQ_SHOTS ?? '/tmp';

/** The visit's texts as typed, in Azerbaijani: only the purpose has no Russian version. */
const AZ_VISIT = {
  title: 'Moskva Dövlət Universitetinin nümayəndə heyəti',
  partnerName: 'Moskva Dövlət Universiteti',
  purpose: 'Tələbə mübadiləsi üzrə danışıqlar',
};
const RU_VISIT = {
  title: 'Делегация Московского государственного университета',
  partnerName: 'Московский государственный университет',
};
const RU_PURPOSE = 'Переговоры об обмене студентами';
const AZ_POSITION = 'Dosent';
const AZ_ORGANISATION = 'Moskva Dövlət Universiteti';
/** Letters of the Azerbaijani alphabet that neither English nor Russian spelling uses. */
const AZ_ONLY_LETTERS = /[əƏğıİşŞçÇöÖüÜ]/u;

/** A Russian guest: the passport name in Latin, the Cyrillic spelling, texts in Azerbaijani and Russian. */
const IVAN: GuestInput = {
  role: 'head',
  category: 'expert',
  honorific: 'none',
  gender: 'male',
  surname: 'PETROV',
  givenNames: 'IVAN',
  nameCyrillic: 'Иван Сергеевич Петров',
  position: AZ_POSITION,
  organisation: AZ_ORGANISATION,
  lang: 'az',
  translations: { ru: { position: 'Доцент', organisation: 'Московский государственный университет' } },
  citizenship: 'RU',
  dateOfBirth: '1975-09-02',
  passport: { number: '751234567', issuingCountry: 'RU', issueDate: '2021-02-01', expiryDate: '2031-02-01' },
  letterLanguage: 'ru',
};
const OLGA: GuestInput = {
  ...IVAN,
  role: 'member',
  gender: 'female',
  surname: 'SMIRNOVA',
  givenNames: 'OLGA',
  nameCyrillic: 'Ольга Смирнова',
  passport: { ...IVAN.passport, number: '759876543' },
};

async function createAzVisit(host: RunningHost): Promise<string> {
  const detail = await callApi(host, 'visits.create', {
    visit: {
      ...AZ_VISIT,
      partnerCountry: 'RU',
      status: 'planned',
      arrivalDate: '2026-05-12',
      departureDate: '2026-05-15',
      lang: 'az',
      translations: { ru: RU_VISIT },
    },
  });
  return detail.visit.id;
}

test('a Russian letter first asks for the Russian purpose, then prints no Azerbaijani words of the visit', async ({
  page,
  host,
}, testInfo) => {
  // Arrange: the institution with its contact in Russian; a visit whose purpose is only in Azerbaijani
  await setInstitution(host);
  const visitId = await createAzVisit(host);
  await addGuest(host, visitId, IVAN);
  const dialog = new LetterDialog(page);
  const texts = new MissingTextsPanel(page, dialog.dialog);
  await dialog.openVisit(host, visitId);

  // Act: the officer opens the letter, in Russian as the guest prefers, and types the letter's options
  await dialog.openFor('IVAN PETROV');
  await expect(dialog.language('ru')).toBeChecked();
  await dialog.textbox(AZ_LETTERS.accommodation).fill('Гостиница «Гафгаз», Баку');

  // Assert: one line, the purpose, with the Azerbaijani text beside it; nothing can be issued yet
  await expect(texts.panel).toContainText(AZ_TEXTS.title(1));
  await expect(texts.lines).toHaveCount(1);
  await expect(texts.original(AZ_TEXTS.purpose)).toHaveText(AZ_VISIT.purpose);
  await expect(dialog.button(AZ_LETTERS.issue)).toBeDisabled();
  await expect(dialog.button(AZ_LETTERS.preview)).toBeDisabled();
  await expect(page.getByTestId('letter-texts-blocked')).toContainText('rus dilində');
  await page.screenshot({ path: `${SHOTS}/letter-texts-az.png` });

  // Act: switching to English asks for the texts English lacks; back in Russian, the purpose is written
  await dialog.language('en').check();
  await expect(texts.lines).toHaveCount(5);
  await dialog.language('ru').check();
  await expect(texts.lines).toHaveCount(1);
  await texts.input(AZ_TEXTS.purpose).fill(RU_PURPOSE);
  await texts.save(1);

  // Assert: the panel goes, what was typed in the dialog stays, and the letter can be issued
  await expect(texts.panel).toBeHidden();
  await expect(dialog.textbox(AZ_LETTERS.accommodation)).toHaveValue('Гостиница «Гафгаз», Баку');
  await expect(dialog.button(AZ_LETTERS.issue)).toBeEnabled();
  const text = await downloadedText(await dialog.issueAndDownload(), testInfo.outputPath());

  // Assert: the letter holds the Russian purpose and none of the visit's or guest's Azerbaijani texts
  expect(text).toContain(RU_PURPOSE);
  expect(text).toContain('Доцент');
  expect(text).toContain('Лейла Мамедова');
  for (const az of [...Object.values(AZ_VISIT), AZ_POSITION, AZ_ORGANISATION, 'Leyla Məmmədova']) {
    expect(text).not.toContain(az);
  }
  // The guest's passport name is the only Latin text a reader may find besides addresses and numbers.
  const outsideNames = text.replaceAll('PETROV', '').replaceAll('IVAN', '');
  expect(outsideNames.match(AZ_ONLY_LETTERS)).toBeNull();
  const visit = await callApi(host, 'visits.get', { id: visitId });
  expect(visit.visit.translations?.ru?.purpose).toBe(RU_PURPOSE);
});

test('the panel speaks the officer’s language: Russian labels for the Azerbaijani purpose', async ({
  page,
  host,
}) => {
  // Arrange
  await callApi(host, 'settings.update', { uiLanguage: 'ru' });
  await setInstitution(host);
  const visitId = await createAzVisit(host);
  await addGuest(host, visitId, IVAN);

  // Act
  await page.goto(host.url);
  await expect(page.getByTestId('language-switch')).toBeVisible();
  await page.goto(`${host.origin}/#/visits/${visitId}`);
  await page.getByRole('button', { name: 'Подготовить письмо для IVAN PETROV' }).click();
  const panel = page.getByRole('dialog').getByTestId('missing-texts');

  // Assert
  await expect(panel).toContainText('1 текст ещё не написан на русском');
  await expect(panel.getByRole('group', { name: 'Цель визита' })).toContainText(
    'Написано на азербайджанском:',
  );
  await expect(panel.getByRole('textbox', { name: 'Цель визита, на русском' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/letter-texts-ru.png` });
});

test('the bulk dialog lists the purpose missing in Russian once for two guests, then issues both', async ({
  page,
  host,
}) => {
  // Arrange
  await setInstitution(host);
  const visitId = await createAzVisit(host);
  await addGuest(host, visitId, IVAN);
  await addGuest(host, visitId, OLGA);
  const dialog = new LetterDialog(page);
  const texts = new MissingTextsPanel(page, dialog.dialog);
  await dialog.openVisit(host, visitId);

  // Act
  await page.getByRole('button', { name: AZ_LETTERS.bulkOpen }).click();

  // Assert: one line for both letters, and the batch waits for it
  await expect(texts.lines).toHaveCount(1);
  await expect(texts.original(AZ_TEXTS.purpose)).toHaveText(AZ_VISIT.purpose);
  await expect(dialog.button(AZ_LETTERS.bulkIssue(2))).toBeDisabled();
  await expect(page.getByTestId('bulk-texts-blocked')).toBeVisible();

  // Act: the purpose written, the letters' options filled, the batch issued
  await texts.input(AZ_TEXTS.purpose).fill(RU_PURPOSE);
  await texts.save(1);
  await expect(texts.panel).toBeHidden();
  await dialog.textbox(AZ_LETTERS.accommodation).fill('Гостиница «Гафгаз», Баку');
  await dialog.button(AZ_LETTERS.bulkIssue(2)).click();

  // Assert
  await expect(dialog.dialog.getByRole('heading', { name: '2 məktub hazırlandı' })).toBeVisible();
  expect(await callApi(host, 'letters.register', {})).toHaveLength(2);
});

test('the programme in Russian warns of texts only in Azerbaijani above the sheet, never on paper', async ({
  page,
  host,
}) => {
  // Arrange: the visit's title has no Russian version here
  await setInstitution(host);
  const detail = await callApi(host, 'visits.create', {
    visit: {
      ...AZ_VISIT,
      partnerCountry: 'RU',
      status: 'planned',
      arrivalDate: '2026-05-12',
      departureDate: '2026-05-15',
      lang: 'az',
      translations: { ru: { partnerName: RU_VISIT.partnerName } },
    },
  });
  const view = new PrintView(page);
  const texts = new MissingTextsPanel(page);

  // Act
  await view.open(host, `#/print/visit/${detail.visit.id}`);
  await view.chooseLanguage('Русский');

  // Assert: the panel is on screen, outside the sheet, and not in the printed page
  await expect(texts.line('Səfərin adı')).toBeVisible();
  await expect(view.sheet.getByTestId('missing-texts')).toHaveCount(0);
  await page.emulateMedia({ media: 'print' });
  await expect(texts.panel).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  // Act: the title written in Russian
  await texts.input('Səfərin adı').fill(RU_VISIT.title);
  await texts.save(1);

  // Assert: the sheet shows it and the panel goes
  await expect(view.sheet).toContainText(RU_VISIT.title);
  await expect(texts.panel).toBeHidden();
});
