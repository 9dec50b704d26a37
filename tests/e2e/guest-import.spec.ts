import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { callApi } from './arrange';
import { guestsOnDisk } from './pages/guests-panel';
import { expectAccessible, words } from './pages/a11y';
import { delegationXlsx, encodeCodePage } from '../support/guest-list-files';
import type { RunningHost } from '../support/web-host';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** A visit of the Ankara delegation in May 2027, with Ayşe Öztürk already on it, in the English UI. */
async function visitWithAyse(host: RunningHost): Promise<string> {
  await callApi(host, 'settings.update', { uiLanguage: 'en' });
  const { visit } = await callApi(host, 'visits.create', {
    visit: {
      title: 'Ankara University delegation',
      partnerName: 'Ankara Üniversitesi',
      partnerCountry: 'TR',
      purpose: 'Talks on joint degrees',
      status: 'planned',
      arrivalDate: '2027-05-12',
      departureDate: '2027-05-15',
    },
  });
  await callApi(host, 'guests.add', {
    visitId: visit.id,
    guest: {
      category: 'expert',
      surname: 'Öztürk',
      givenNames: 'Ayşe',
      passport: {
        number: 'U23456789',
        issuingCountry: 'TR',
        issueDate: '2022-06-15',
        expiryDate: '2030-06-14',
      },
    },
  });
  return visit.id;
}

async function openVisit(page: Page, host: RunningHost, visitId: string) {
  await page.goto(host.url);
  await expect(page.getByTestId('language-switch')).toBeVisible();
  await page.goto(`${host.origin}/#/visits/${visitId}`);
  await expect(page.getByRole('heading', { name: /^Guests \(\d+\)$/ })).toBeVisible();
}

let folder = '';
test.beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'qonaq-guest-lists-'));
});
test.afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function fileOf(name: string, bytes: Uint8Array): Promise<string> {
  const path = join(folder, name);
  await writeFile(path, bytes);
  return path;
}

test('a delegation list in .xlsx: a column mapped by hand, the duplicate and the expiring passport caught, the duplicate updated, the import undone and done again', async ({
  page,
  host,
}) => {
  // Arrange: a list of six, Ayşe (already on the visit) among them, Ahmet's passport ending in June 2027
  const visitId = await visitWithAyse(host);
  const xlsx = await fileOf(
    'delegation.xlsx',
    await delegationXlsx([
      [
        'ÖZTÜRK',
        'AYŞE',
        d('1980-02-01'),
        'Türkiye',
        'U23456789',
        d('2030-06-14'),
        'Professor',
        'F',
        'Vegetarian',
      ],
      ['YILMAZ', 'AHMET', '15.03.1975', 'Turkey', 'U34567890', '01.06.2027', 'Rector', 'M', ''],
      ['KAYA', 'MEHMET', '07.07.1970', 'TR', 'U11112222', '01.01.2031', 'Dean', 'M', 'No pork'],
      ['DEMİR', 'ELİF', '12.12.1988', 'Türkiye', 'U55556666', '01.01.2032', 'Lecturer', 'F', ''],
      ['ŞAHİN', 'CEM', '01.02.1990', 'Türkiye', 'U77778888', '01.01.2033', 'Researcher', 'M', ''],
      ['ARSLAN', 'ZEYNEP', '05.05.1985', 'Türkiye', 'U99990000', '01.01.2034', 'Head of office', 'F', ''],
    ]),
  );
  await openVisit(page, host, visitId);

  // Act: choose the file
  await page.getByRole('button', { name: 'Import from spreadsheet' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import guests from a spreadsheet' });
  await dialog.getByTestId('guest-import-file').setInputFiles(xlsx);

  // Assert: the columns were matched, the two-row "Passport" header read as two columns
  await expect(dialog.getByText('delegation.xlsx: 6 rows')).toBeVisible();
  await expect(dialog.getByRole('combobox', { name: 'What the column “Passport No” fills in' })).toHaveValue(
    'passportNumber',
  );
  await expect(
    dialog.getByRole('combobox', { name: 'What the column “Passport Valid until” fills in' }),
  ).toHaveValue('expiryDate');
  const meals = dialog.getByRole('combobox', { name: 'What the column “Notes on meals” fills in' });
  await expect(meals).toHaveValue('');

  // Act: the officer says what the unknown column holds
  await meals.selectOption('dietaryNeeds');

  const preview = dialog.getByTestId('import-preview');
  const ayse = preview.getByTestId('import-row-4');
  await expect(ayse).toContainText('Same passport number as Ayşe Öztürk, already on this visit.');
  const ahmet = preview.getByTestId('import-row-5');
  await expect(ahmet).toContainText(
    'The passport expires on 1 June 2027. For the visa it must be valid until at least 15 August 2027.',
  );
  await expect(dialog.getByTestId('import-summary')).toHaveText(
    'To add: 5. To update: 0. Skipped: 1. Cannot be imported: 0.',
  );
  const shot = await dialog.screenshot();
  await test.info().attach('guest-import-preview', { body: shot, contentType: 'image/png' });
  const rowsShot = await preview.screenshot();
  await test.info().attach('guest-import-rows', { body: rowsShot, contentType: 'image/png' });
  if (process.env.QONAQ_SHOT_DIR) {
    await writeFile(join(process.env.QONAQ_SHOT_DIR, 'guest-import-preview.png'), shot);
    await writeFile(join(process.env.QONAQ_SHOT_DIR, 'guest-import-rows.png'), rowsShot);
  }

  // Act: the duplicate updates Ayşe; import
  await ayse.getByRole('combobox', { name: 'What to do with row 4' }).selectOption('update');
  await expect(dialog.getByTestId('import-summary')).toHaveText(
    'To add: 5. To update: 1. Skipped: 0. Cannot be imported: 0.',
  );
  await dialog.getByRole('button', { name: 'Import 6 guests' }).click();

  // Assert: one change on disk, Ayşe updated in place (passport name as in the list), five added
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Guests (6)' })).toBeVisible();
  const guests = await guestsOnDisk(host, visitId);
  expect(guests.map((g) => `${g.givenNames} ${g.surname}`)).toEqual([
    'AYŞE ÖZTÜRK',
    'AHMET YILMAZ',
    'MEHMET KAYA',
    'ELİF DEMİR',
    'CEM ŞAHİN',
    'ZEYNEP ARSLAN',
  ]);
  expect(guests[0]).toMatchObject({
    dateOfBirth: '1980-02-01',
    position: 'Professor',
    gender: 'female',
    dietaryNeeds: 'Vegetarian',
  });
  expect(guests[1]?.passport).toMatchObject({
    number: 'U34567890',
    expiryDate: '2027-06-01',
    issuingCountry: '',
  });

  // Act: undo
  await page.getByTestId('undo-notice').getByRole('button', { name: 'Undo' }).click();

  // Assert: the visit as it was
  await expect(page.getByRole('heading', { name: 'Guests (1)' })).toBeVisible();
  await expect(page.getByText('The import has been undone.')).toBeVisible();
  const after = await guestsOnDisk(host, visitId);
  expect(after.map((g) => `${g.givenNames} ${g.surname}`)).toEqual(['Ayşe Öztürk']);
  expect(after[0]?.dateOfBirth).toBe('');

  // Act: import the same list again
  await page.getByRole('button', { name: 'Import from spreadsheet' }).click();
  await dialog.getByTestId('guest-import-file').setInputFiles(xlsx);

  // Assert: the corrected column is remembered for the partner; importing adds the five again
  await expect(meals).toHaveValue('dietaryNeeds');
  await expect(dialog.getByTestId('import-mapping')).toContainText('As last time');
  await expect(dialog.getByTestId('import-summary')).toHaveText(
    'To add: 5. To update: 0. Skipped: 1. Cannot be imported: 0.',
  );
  await dialog.getByRole('button', { name: 'Import 5 guests' }).click();
  await expect(page.getByRole('heading', { name: 'Guests (6)' })).toBeVisible();
  const again = await guestsOnDisk(host, visitId);
  expect(again.find((g) => g.surname === 'KAYA')?.dietaryNeeds).toBe('No pork');
});

test('a Russian list saved by Excel as CSV in Windows-1251 is read, with the Cyrillic name kept beside the passport name', async ({
  page,
  host,
}) => {
  const visitId = await visitWithAyse(host);
  const csv = await fileOf(
    'spisok.csv',
    encodeCodePage(
      'Фамилия;Имя;ФИО на русском;Дата рождения;Гражданство;№ паспорта;Действителен до\r\n' +
        'IVANOV;IVAN;Иванов Иван Петрович;03.04.1970;Россия;751234567;15.03.2030\r\n' +
        'PETROVA;ANNA;Петрова Анна Сергеевна;3/25/1982;Российская Федерация;759876543;01.02.2031\r\n',
      'windows-1251',
    ),
  );
  await openVisit(page, host, visitId);
  await page.getByRole('button', { name: 'Import from spreadsheet' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import guests from a spreadsheet' });
  await dialog.getByTestId('guest-import-file').setInputFiles(csv);

  await expect(dialog.getByText('Text encoding windows-1251, columns separated by “;”')).toBeVisible();
  await expect(dialog.getByTestId('import-row-2')).toContainText('Иванов Иван Петрович');
  await expect(dialog.getByTestId('import-row-3')).toContainText('25 March 1982');
  await dialog.getByRole('button', { name: 'Import 2 guests' }).click();

  await expect(page.getByRole('heading', { name: 'Guests (3)' })).toBeVisible();
  const guests = await guestsOnDisk(host, visitId);
  expect(guests[1]).toMatchObject({
    surname: 'IVANOV',
    givenNames: 'IVAN',
    nameCyrillic: 'Иванов Иван Петрович',
    dateOfBirth: '1970-04-03',
    citizenship: 'RU',
  });
});

test('an .ods file is refused with what to do, and nothing changes', async ({ page, host }) => {
  const visitId = await visitWithAyse(host);
  const before = await guestsOnDisk(host, visitId);
  const ods = await fileOf(
    'list.ods',
    new TextEncoder().encode(
      'PK\u0003\u0004\u0014\u0000\u0000\u0000\u0000\u0000mimetypeapplication/vnd.oasis.opendocument.spreadsheet',
    ),
  );
  await openVisit(page, host, visitId);
  await page.getByRole('button', { name: 'Import from spreadsheet' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import guests from a spreadsheet' });
  await dialog.getByTestId('guest-import-file').setInputFiles(ods);
  await expect(dialog.getByTestId('guest-import-error')).toContainText(
    'This is a LibreOffice (.ods) file. Open it in LibreOffice Calc, save it as Excel 2007-365 (.xlsx) and import that. Nothing was changed.',
  );
  expect(await guestsOnDisk(host, visitId)).toEqual(before);
});

for (const lang of ['az', 'ru'] as const) {
  test(`the import dialog in ${lang}: the date question and the preview, accessible and named in ${lang}`, async ({
    page,
    host,
  }) => {
    const visitId = await visitWithAyse(host);
    await callApi(host, 'settings.update', { uiLanguage: lang });
    const csv = await fileOf(
      `list-${lang}.csv`,
      new TextEncoder().encode(
        'Surname,Given names,Date of birth,Nationality,Passport No\n' +
          'KAYA,MEHMET,03/04/1980,Türkiye,U11112222\n' +
          'Петров,Пётр,05/06/1981,Россия,751112233\n' +
          'DEMIR,ELIF,12/12/1988,Anatolia,U55556666\n',
      ),
    );
    await page.goto(host.url);
    await expect(page.getByTestId('language-switch')).toBeVisible();
    await page.goto(`${host.origin}/#/visits/${visitId}`);
    await page.getByRole('button', { name: words(lang, 'guestImport.button') }).click();
    const dialog = page.getByRole('dialog', { name: words(lang, 'guestImport.title') });
    await dialog.getByTestId('guest-import-file').setInputFiles(csv);

    await expect(dialog.getByTestId('import-date-order')).toContainText(
      words(lang, 'guestImport.dates.question', { example: '03/04/1980' }),
    );
    const importButton = dialog.getByRole('button', {
      name: words(lang, lang === 'ru' ? 'guestImport.importButton_few' : 'guestImport.importButton_other', {
        count: '2',
      }),
    });
    await expect(importButton).toBeDisabled();
    await expect(dialog.getByText(words(lang, 'guestImport.dates.answerFirst'))).toBeVisible();
    await expect(dialog.getByTestId('import-row-3')).toContainText(
      words(lang, 'guestImport.actions.blocked'),
    );
    await expectAccessible(page, lang, 'the guest import dialog', '[role="dialog"]');
    const shot = await dialog.screenshot();
    await test.info().attach(`guest-import-${lang}`, { body: shot, contentType: 'image/png' });
    if (process.env.QONAQ_SHOT_DIR)
      await writeFile(join(process.env.QONAQ_SHOT_DIR, `guest-import-${lang}.png`), shot);

    // Saying which country "Anatolia" is fills it in
    const country = { az: 'Türkiyə', ru: 'Турция' }[lang];
    const anatolia = dialog.getByRole('combobox', {
      name: words(lang, 'guestImport.countries.value', { value: 'Anatolia' }),
    });
    await anatolia.fill(country.slice(0, 4));
    await page.getByRole('option', { name: country, exact: true }).click();
    await expect(dialog.getByTestId('import-row-4')).toContainText(country);
    await expect(dialog.getByTestId('import-row-4')).not.toContainText('Anatolia');

    // Answering the question lets the one importable row go
    await dialog.getByRole('radio', { name: words(lang, 'guestImport.dates.dayFirst') }).check();
    await expect(dialog.getByText(words(lang, 'guestImport.dates.answerFirst'))).toBeHidden();
    await expect(importButton).toBeEnabled();
    await expect(dialog.getByTestId('import-row-2')).toContainText(
      lang === 'az' ? '3 aprel 1980' : '3 апреля 1980',
    );
  });
}
