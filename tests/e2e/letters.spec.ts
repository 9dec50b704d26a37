import { readFile } from 'node:fs/promises';
import { test, expect } from './fixtures';
import { callApi } from './arrange';
import { LetterDialog, AZ_LETTERS } from './pages/letters-dialog';
import {
  addGuest,
  AYSE,
  bakuToday,
  LETTERS_NOW,
  CAN,
  createLetterVisit,
  downloadedText,
  letterDate,
  MEHMET,
  NB_HYPHEN,
  NBSP,
  setInstitution,
  translateContact,
} from './pages/letters-data';
import { RegisterPage } from './pages/letters-register';
import { AZ_SETTINGS, SettingsPage } from './pages/letters-settings';

// Letters are dated and numbered by the day they are issued: the host's clock is fixed so that the
// dates and numbers asserted do not depend on the day the tests run.
test.use({ now: LETTERS_NOW });

const MEHMET_NAME = 'Mehmet Ali YILMAZ';
const CITY = { az: 'Bakı', en: 'Baku', ru: 'Баку' };
const HOTEL = { az: 'Qafqaz Hoteli, Bakı', en: 'Qafqaz Hotel, Baku', ru: 'Гостиница «Гафгаз», Баку' };

test('settings filled in through the UI number and sign visa letters in az, en and ru, listed in the register', async ({
  page,
  host,
}, testInfo) => {
  // Arrange
  const visitId = await createLetterVisit(host);
  await addGuest(host, visitId, MEHMET);
  const year = bakuToday().year;
  const settings = new SettingsPage(page);
  await settings.open(host);
  await expect(page.getByTestId('institution-not-set')).toBeVisible();

  // Act: the letterhead in three languages, one signatory, the number format
  const letterhead = settings.section(AZ_SETTINGS.sections.letterhead);
  await settings.fillPerLanguage(
    AZ_SETTINGS.name,
    {
      az: 'Bakı Dövlət Universiteti',
      en: 'Baku State University',
      ru: 'Бакинский государственный университет',
    },
    letterhead,
  );
  await settings.fillPerLanguage(AZ_SETTINGS.city, CITY, letterhead);
  await settings.textbox(AZ_SETTINGS.phone, letterhead).fill('+994 12 539 05 35');
  await settings.textbox(AZ_SETTINGS.email, letterhead).fill('international@bsu.edu.az');
  await settings.form.getByRole('button', { name: AZ_SETTINGS.addSignatory }).click();
  const signatory = settings.signatory(1);
  await settings.fillPerLanguage(
    AZ_SETTINGS.signatoryName,
    { az: 'Elçin Babayev', en: 'Elchin Babayev', ru: 'Эльчин Бабаев' },
    signatory,
  );
  await settings.fillPerLanguage(
    AZ_SETTINGS.signatoryPosition,
    { az: 'Rektor', en: 'Rector', ru: 'Ректор' },
    signatory,
  );
  const numbers = settings.section(AZ_SETTINGS.sections.number);
  await settings.textbox(AZ_SETTINGS.prefix, numbers).fill('BƏ-');
  await settings.textbox(AZ_SETTINGS.padding, numbers).fill('3');
  await expect(page.getByTestId('number-example')).toHaveText(`BƏ-007/${year}`);
  const verification = settings.section(AZ_SETTINGS.sections.verification);
  await settings.textbox(AZ_SETTINGS.signatoryName, verification).fill('Leyla Məmmədova');
  await settings.textbox(AZ_SETTINGS.phone, verification).fill('+994 12 539 05 36');
  await settings.textbox(AZ_SETTINGS.email, verification).fill('protocol@bsu.edu.az');
  await settings.save();
  await expect(page.getByText(AZ_SETTINGS.saved)).toBeVisible();

  // Assert: the settings are kept
  await page.reload();
  await expect(settings.textbox(AZ_SETTINGS.name, settings.column('ru', letterhead))).toHaveValue(
    'Бакинский государственный университет',
  );
  await expect(
    settings.textbox(AZ_SETTINGS.signatoryName, settings.column('az', settings.signatory(1))),
  ).toHaveValue('Elçin Babayev');

  // Arrange: the contact's name in the other letter languages (Settings keeps the name as typed)
  await translateContact(host);

  // Act: a visa letter in each language, previewed first in English, the guest's preferred language
  const dialog = new LetterDialog(page);
  await dialog.openVisit(host, visitId);
  const texts: Record<string, string> = {};
  for (const language of ['en', 'az', 'ru'] as const) {
    await dialog.openFor(MEHMET_NAME);
    if (language === 'en') await expect(dialog.language('en')).toBeChecked();
    await dialog.language(language).check();
    await expect(dialog.textbox(AZ_LETTERS.cities)).toHaveValue(CITY[language]);
    await dialog.textbox(AZ_LETTERS.accommodation).fill(HOTEL[language]);
    if (language === 'en') {
      await dialog.button(AZ_LETTERS.preview).click();
      await expect(page.getByRole('document', { name: 'Məktubun ilkin baxışı' })).toContainText('U12345678');
    }
    const download = await dialog.issueAndDownload();
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    texts[language] = await downloadedText(download, testInfo.outputPath());
  }

  // Assert: each file names the guest as in the passport, has its number in order and today's date
  expect(texts.en).toContain('YILMAZ');
  expect(texts.en).toContain('U12345678');
  expect(texts.en).toContain(`BƏ-001/${year}`);
  expect(texts.en).toContain(letterDate('en'));
  expect(texts.en).toContain('Baku State University');
  expect(texts.az).toContain(`BƏ-002/${year}`);
  expect(texts.az).toContain(`${letterDate('az')}${NB_HYPHEN}`);
  expect(texts.az).toContain('Elçin Babayev');
  expect(texts.ru).toContain(`BƏ-003/${year}`);
  expect(texts.ru).toContain(`${letterDate('ru')}${NBSP}г.`);
  expect(texts.ru).toContain('Бакинский государственный университет');
  for (const text of Object.values(texts)) expect(text).toContain('U12345678');

  // Assert: the register lists the three letters
  const register = new RegisterPage(page);
  await register.open();
  await expect(register.rows).toHaveCount(3);
  await expect(register.row(`BƏ-001/${year}`)).toContainText('İngilis dili');
  await expect(register.row(`BƏ-002/${year}`)).toContainText('Azərbaycan dili');
  await expect(register.row(`BƏ-003/${year}`)).toContainText('Rus dili');
  await expect(register.row(`BƏ-003/${year}`)).toContainText(MEHMET.surname);

  // Act: the register exported for the archive
  const csv = page.waitForEvent('download');
  await page.getByRole('button', { name: 'CSV-yə ixrac et' }).click();
  const csvPath = testInfo.outputPath((await csv).suggestedFilename());
  await (await csv).saveAs(csvPath);

  // Assert: one line per letter
  const lines = (await readFile(csvPath, 'utf8')).trim().split(/\r?\n/);
  expect(lines).toHaveLength(4);
  for (const n of [1, 2, 3]) expect(lines.some((line) => line.includes(`BƏ-00${n}/${year}`))).toBe(true);

  // Act: the first letter re-issued from the register
  await page.getByRole('button', { name: `BƏ-001/${year} nömrəli məktubu yenidən hazırla` }).click();
  await expect(dialog.language('en')).toBeChecked();
  await dialog.textbox(AZ_LETTERS.accommodation).fill('Hyatt Regency, Baku');
  const reissued = await downloadedText(
    await dialog.issueAndDownload(AZ_LETTERS.reissue),
    testInfo.outputPath('re'),
  );

  // Assert: same number, second revision, new text
  expect(reissued).toContain(`BƏ-001/${year}`);
  expect(reissued).toContain('Hyatt Regency, Baku');
  await expect(register.rows).toHaveCount(3);
  await expect(register.row(`BƏ-001/${year}`)).toContainText('Redaksiya 2');
});

test('a guest without passport data is refused, with the missing fields named in Azerbaijani', async ({
  page,
  host,
}) => {
  // Arrange
  await setInstitution(host);
  const visitId = await createLetterVisit(host);
  await addGuest(host, visitId, CAN);
  const dialog = new LetterDialog(page);
  await dialog.openVisit(host, visitId);

  // Act
  await dialog.openFor('Can DEMIR');

  // Assert: the fields are listed by their guest-form labels, and nothing can be issued
  const refusal = page.getByTestId('letter-missing-fields');
  await expect(refusal).toContainText(AZ_LETTERS.refusedTitle);
  for (const label of ['Pasportun nömrəsi', 'Pasportu verən ölkə', 'Doğum tarixi', 'Vətəndaşlıq', 'Cinsi']) {
    await expect(refusal.getByRole('listitem').filter({ hasText: label })).toHaveCount(1);
  }
  await expect(dialog.button(AZ_LETTERS.issue)).toBeDisabled();
  await expect(dialog.button(AZ_LETTERS.preview)).toBeDisabled();

  // Act: the officer follows the link to the guest's form
  await refusal.getByRole('button', { name: 'Qonağın məlumatlarını aç' }).click();

  // Assert
  await expect(page.getByRole('dialog', { name: 'Qonağın məlumatları: Can DEMIR' })).toBeVisible();
  expect(await callApi(host, 'letters.register', {})).toEqual([]);
});

test('bulk issue shows its progress, then what was written and what was refused and why', async ({
  page,
  host,
}) => {
  // Arrange: two complete guests and one without a passport; the batch is held until progress is seen
  await setInstitution(host);
  const visitId = await createLetterVisit(host);
  await addGuest(host, visitId, MEHMET);
  await addGuest(host, visitId, AYSE);
  await addGuest(host, visitId, CAN);
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/letters.issueMany', async (route) => {
    await held;
    await route.continue();
  });
  const downloads: string[] = [];
  page.on('download', (download) => downloads.push(download.suggestedFilename()));
  const dialog = new LetterDialog(page);
  await dialog.openVisit(host, visitId);

  // Act: every guest in their own language, Mehmet in Azerbaijani as well
  await page.getByRole('button', { name: AZ_LETTERS.bulkOpen }).click();
  await dialog.dialog
    .getByRole('checkbox', { name: AZ_LETTERS.bulkLanguage('Azərbaycan dili', MEHMET_NAME) })
    .check();
  for (const language of ['az', 'en', 'ru'] as const) {
    await dialog.dialog
      .getByRole('group', {
        name: { az: 'Azərbaycan dilində mətnlər', en: 'İngilis dilində mətnlər', ru: 'Rus dilində mətnlər' }[
          language
        ],
      })
      .getByRole('textbox', { name: AZ_LETTERS.accommodation, exact: true })
      .fill(HOTEL[language]);
  }
  await dialog.choosePayer(AZ_LETTERS.costs.accommodation, AZ_LETTERS.costs.host);
  await dialog.button(AZ_LETTERS.bulkIssue(4)).click();

  // Assert: progress while the letters are on their way (an empty bar has no width to be seen)
  await expect(dialog.dialog.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '0');
  await expect(dialog.dialog.getByRole('status')).toHaveText('4 məktubdan 0 hazırdır');
  await expect(dialog.dialog).toContainText('Hazırlanır: Mehmet Ali YILMAZ, Ayşe ÖZTÜRK, Can DEMIR');
  release();

  // Assert: the summary
  const written = dialog.dialog.getByRole('table', { name: 'Hazırlanmış məktublar' });
  const refused = dialog.dialog.getByRole('table', { name: 'Hazırlanmamış məktublar' });
  await expect(dialog.dialog.getByRole('heading', { name: '3 məktub hazırlandı' })).toBeVisible();
  await expect(written.getByRole('row')).toHaveCount(4);
  await expect(written).toContainText(`BDU-1/${bakuToday().year}`);
  await expect(written).toContainText(`BDU-3/${bakuToday().year}`);
  await expect(refused.getByRole('row')).toHaveCount(2);
  await expect(refused).toContainText('Can DEMIR');
  await expect(refused).toContainText('Çatışmır: ');
  await expect(refused).toContainText('Pasportun nömrəsi');

  // Assert: the three files were offered for download, one per letter
  await expect.poll(() => downloads.length).toBe(3);
  expect(new Set(downloads).size).toBe(3);
  expect(await callApi(host, 'letters.register', {})).toHaveLength(3);
});

test('bulk issue of more letters than one batch numbers them in order, with progress between batches', async ({
  page,
  host,
}) => {
  // Arrange: 21 guests who each want a letter in English, more than the 20 issued at a time
  await setInstitution(host);
  const visitId = await createLetterVisit(host);
  const surnames = Array.from({ length: 21 }, (_, i) => `GUEST${String.fromCharCode(65 + i)}`);
  for (const [i, surname] of surnames.entries()) {
    await addGuest(host, visitId, {
      ...MEHMET,
      role: 'member',
      surname,
      passport: { ...MEHMET.passport, number: `U${String(10000000 + i)}` },
    });
  }
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  let batches = 0;
  await page.route('**/api/letters.issueMany', async (route) => {
    batches += 1;
    if (batches === 2) await held;
    await route.continue();
  });
  const dialog = new LetterDialog(page);
  await dialog.openVisit(host, visitId);

  // Act
  await page.getByRole('button', { name: AZ_LETTERS.bulkOpen }).click();
  await dialog.textbox(AZ_LETTERS.accommodation).fill(HOTEL.en);
  await dialog.choosePayer(AZ_LETTERS.costs.accommodation, AZ_LETTERS.costs.host);
  await dialog.button(AZ_LETTERS.bulkIssue(21)).click();

  // Assert: the first batch is done while the second is on its way
  await expect(dialog.dialog.getByRole('status')).toHaveText('21 məktubdan 20 hazırdır');
  await expect(dialog.dialog.getByRole('progressbar')).toBeVisible();
  await expect(dialog.dialog).toContainText('Hazırlanır: Mehmet Ali GUESTU, İngilis dili');
  release();

  // Assert: every letter written, numbered in the order of the guests
  const written = dialog.dialog.getByRole('table', { name: 'Hazırlanmış məktublar' });
  await expect(dialog.dialog.getByRole('heading', { name: '21 məktub hazırlandı' })).toBeVisible();
  await expect(written.getByRole('row')).toHaveCount(22);
  const year = bakuToday().year;
  const rows = await written.getByRole('row').allInnerTexts();
  expect(rows.slice(1).map((row) => row.split(/\s+/)[0])).toEqual(
    surnames.map((_, i) => `BDU-${i + 1}/${year}`),
  );
  expect(rows[21]).toContain('GUESTU');
  expect(batches).toBe(2);
  expect(await callApi(host, 'letters.register', {})).toHaveLength(21);
});
