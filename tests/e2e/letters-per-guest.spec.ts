import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { LetterRequest } from '../../src/shared/letters';
import { test, expect } from './fixtures';
import { callApi } from './arrange';
import { AZ_LETTERS, LetterDialog } from './pages/letters-dialog';
import {
  addGuest,
  AYSE,
  bakuToday,
  LETTERS_NOW,
  createLetterVisit,
  MEHMET,
  setInstitution,
  translateContact,
} from './pages/letters-data';
import { RegisterPage } from './pages/letters-register';

// Letters are dated and numbered by the day they are issued: the host's clock is fixed so that the
// dates and numbers asserted do not depend on the day the tests run.
test.use({ now: LETTERS_NOW });

const MEHMET_NAME = 'Mehmet Ali YILMAZ';

function request(visitId: string, guestId: string, language: LetterRequest['language']): LetterRequest {
  return {
    visitId,
    guestId,
    kind: 'visaInvitation',
    language,
    signatoryId: 'rector',
    options: { cities: { az: 'Bakı', en: 'Baku', ru: 'Баку' }[language], accommodation: 'Qafqaz', costs: [] },
  };
}

test('a guest’s row lists the letters issued to them, downloads one as it was issued, and shows a voided one struck through with its reason', async ({
  page,
  host,
}, testInfo) => {
  // Arrange: two letters for Mehmet, then his passport corrected (a letter built again would differ)
  await setInstitution(host);
  await translateContact(host);
  const visitId = await createLetterVisit(host);
  const guestId = await addGuest(host, visitId, MEHMET);
  const en = await callApi(host, 'letters.issue', { request: request(visitId, guestId, 'en') });
  const ru = await callApi(host, 'letters.issue', { request: request(visitId, guestId, 'ru') });
  const year = bakuToday().year;
  expect([en.entry.number, ru.entry.number]).toEqual([`BDU-1/${year}`, `BDU-2/${year}`]);
  const dialog = new LetterDialog(page);
  await dialog.openVisit(host, visitId);

  // Act: open Mehmet's letters and download the English one
  await page.getByRole('button', { name: `${MEHMET_NAME} üçün verilmiş məktublar` }).click();
  const letters = page.getByRole('table', { name: `${MEHMET_NAME} üçün verilmiş məktublar` });
  await expect(letters.getByTestId('guest-letter')).toHaveCount(2);
  await expect(letters).toContainText('Viza dəvətnaməsi');
  await expect(letters).toContainText('İngilis dili');
  const downloading = page.waitForEvent('download');
  await letters.getByRole('button', { name: `BDU-1/${year} nömrəli məktubu verildiyi kimi yüklə` }).click();
  const download = await downloading;

  // Assert: the very bytes that were issued
  const path = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(path);
  expect((await readFile(path)).toString('base64')).toBe(en.base64);
  expect(download.suggestedFilename()).toBe(en.entry.fileName);

  // Act: void the Russian letter in the register
  await page.keyboard.press('Escape');
  const register = new RegisterPage(page);
  await register.open();
  await register
    .row(`BDU-2/${year}`)
    .getByRole('button', { name: `BDU-2/${year} nömrəli məktubu ləğv et` })
    .click();
  const voidDialog = page.getByRole('dialog', { name: `BDU-2/${year} nömrəli məktubun ləğvi` });
  await voidDialog.getByRole('button', { name: 'Nömrəni ləğv et' }).click();
  await expect(voidDialog.getByText('Bu sahə mütləqdir.')).toBeVisible();
  await voidDialog.getByRole('textbox', { name: /Səbəb/ }).fill('Pasport nömrəsi səhv yazılıb');
  await voidDialog.getByRole('button', { name: 'Nömrəni ləğv et' }).click();

  // Assert: struck through in the register, with Restore offered, and in the guest's row
  await expect(voidDialog).toBeHidden();
  const voidedRow = page.locator('[data-testid="register-row"][data-voided="true"]');
  await expect(voidedRow).toHaveCount(1);
  await expect(voidedRow.getByTestId('voided-number')).toHaveAccessibleName(
    `BDU-2/${year}. Ləğv edilib: Pasport nömrəsi səhv yazılıb`,
  );
  await expect(
    voidedRow.getByRole('button', { name: `BDU-2/${year} nömrəli məktubu bərpa et` }),
  ).toBeVisible();
  await page.goto(`${host.origin}/#/visits/${visitId}`);
  await page.getByRole('button', { name: `${MEHMET_NAME} üçün verilmiş məktublar` }).click();
  const struck = letters.getByTestId('voided-number');
  await expect(struck).toHaveText(`BDU-2/${year}`);
  await expect(struck).toHaveCSS('text-decoration-line', 'line-through');
  await struck.hover();
  await expect(page.getByRole('tooltip')).toHaveText('Ləğv edilib: Pasport nömrəsi səhv yazılıb');

  // Act: restore it from the register
  await register.open();
  await voidedRow.getByRole('button', { name: `BDU-2/${year} nömrəli məktubu bərpa et` }).click();

  // Assert: it stands again, and the next letter still takes a new number
  await expect(page.locator('[data-testid="register-row"][data-voided="true"]')).toHaveCount(0);
  const next = await callApi(host, 'letters.issue', { request: request(visitId, guestId, 'az') });
  expect(next.entry.number).toBe(`BDU-3/${year}`);
});

test('a letter issued before files were kept offers to be re-issued instead of a download', async ({
  page,
  host,
}) => {
  // Arrange: a letter whose file is not in the data folder, as one issued by an older Qonaq
  await setInstitution(host);
  await translateContact(host);
  const visitId = await createLetterVisit(host);
  const guestId = await addGuest(host, visitId, MEHMET);
  const issued = await callApi(host, 'letters.issue', { request: request(visitId, guestId, 'en') });
  await rm(join(host.dataDir, 'letters'), { recursive: true });
  const dialog = new LetterDialog(page);
  await dialog.openVisit(host, visitId);

  // Act
  await page.getByRole('button', { name: `${MEHMET_NAME} üçün verilmiş məktublar` }).click();
  const letters = page.getByRole('table', { name: `${MEHMET_NAME} üçün verilmiş məktublar` });
  await letters
    .getByRole('button', { name: `${issued.entry.number} nömrəli məktubu verildiyi kimi yüklə` })
    .click();

  // Assert: said plainly, and Re-issue opens the dialog for the same number
  await expect(letters).toContainText('Qonaq məktubların fayllarını saxlamağa başlamazdan əvvəl verilib');
  await letters.getByRole('button', { name: `${issued.entry.number} nömrəli məktubu yenidən ver` }).click();
  await expect(page.getByRole('dialog', { name: new RegExp(issued.entry.number) })).toBeVisible();
});

test('bulk issue lists guests who already have the letter and skips them unless asked, and warns of a passport that expires too soon', async ({
  page,
  host,
}) => {
  // Arrange: Mehmet already has his English visa letter; Ayşe's passport ends six weeks after the visit
  await setInstitution(host);
  await translateContact(host);
  const visitId = await createLetterVisit(host);
  const mehmetId = await addGuest(host, visitId, MEHMET);
  await addGuest(host, visitId, {
    ...AYSE,
    passport: {
      number: 'U87654321',
      issuingCountry: 'TR',
      issueDate: '2021-06-01',
      expiryDate: '2026-07-01',
    },
  });
  const earlier = await callApi(host, 'letters.issue', { request: request(visitId, mehmetId, 'en') });
  const dialog = new LetterDialog(page);
  await dialog.openVisit(host, visitId);

  // Act
  await page.getByRole('button', { name: AZ_LETTERS.bulkOpen }).click();

  // Assert: Mehmet is named with his number and left out; Ayşe's passport is warned about
  const repeats = dialog.dialog.getByTestId('bulk-repeats');
  await expect(repeats).toContainText(`${MEHMET_NAME}, İngilis dili: artıq № ${earlier.entry.number}`);
  await expect(
    dialog.dialog.getByRole('checkbox', { name: 'Onu yeni nömrə ilə yenidən ver' }),
  ).not.toBeChecked();
  await expect(dialog.dialog.getByTestId('bulk-warnings')).toContainText('Ayşe ÖZTÜRK: pasportun müddəti');
  await expect(dialog.button(AZ_LETTERS.bulkIssue(1))).toBeVisible();

  // Act: ask for Mehmet's letter again after all
  await dialog.dialog.getByRole('checkbox', { name: 'Onu yeni nömrə ilə yenidən ver' }).check();

  // Assert
  await expect(dialog.button(AZ_LETTERS.bulkIssue(2))).toBeVisible();
});

test('the letter dialog starts the accommodation from the guest’s stay, in the letter’s language, until the officer writes their own', async ({
  page,
  host,
}) => {
  // Arrange: Mehmet booked into a hotel whose name and address exist in Azerbaijani and English
  await setInstitution(host);
  await translateContact(host);
  const visitId = await createLetterVisit(host);
  const guestId = await addGuest(host, visitId, MEHMET);
  const hotel = await callApi(host, 'hotels.save', {
    hotel: {
      name: 'Qafqaz Otel',
      address: 'Neftçilər prospekti 12, Bakı',
      lang: 'az',
      translations: { en: { name: 'Qafqaz Hotel', address: '12 Neftchilar Avenue, Baku' } },
    },
  });
  await callApi(host, 'stays.save', {
    visitId,
    stay: { guestIds: [guestId], hotelId: hotel.id, checkIn: '2026-05-12', checkOut: '2026-05-15' },
  });
  const dialog = new LetterDialog(page);
  await dialog.openVisit(host, visitId);

  // Act: Mehmet's letter opens in English, his preferred language
  await dialog.openFor(MEHMET_NAME);
  const accommodation = dialog.textbox(AZ_LETTERS.accommodation);

  // Assert: the stay in English, then in Azerbaijani when the language changes
  await expect(accommodation).toHaveValue(
    'Qafqaz Hotel, 12 Neftchilar Avenue, Baku (12–15\u00a0May\u00a02026)',
  );
  await dialog.language('az').check();
  await expect(accommodation).toHaveValue(/^Qafqaz Otel, Neftçilər prospekti 12, Bakı \(12–15\u00a0may/);

  // Act: the officer writes their own in Azerbaijani, then goes to English and back
  await accommodation.fill('Universitetin qonaq evi');
  await dialog.language('en').check();
  await expect(accommodation).toHaveValue(/^Qafqaz Hotel/);
  await dialog.language('az').check();

  // Assert: what the officer wrote is kept
  await expect(accommodation).toHaveValue('Universitetin qonaq evi');
});
