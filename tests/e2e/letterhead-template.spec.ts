import { TEMPLATE_PLACEHOLDERS } from '../../src/shared/template-placeholders';
import { ownTemplate } from '../support/letterhead-template';
import { test, expect } from './fixtures';
import { LetterDialog, AZ_LETTERS } from './pages/letters-dialog';
import { addGuest, createLetterVisit, downloadedText, MEHMET, setInstitution } from './pages/letters-data';
import { SettingsPage } from './pages/letters-settings';

/** The Azerbaijani words of the template card, as a user reads them. */
const AZ_TEMPLATE = {
  section: 'Blank şablonu',
  none: /^Şablon yoxdur/,
  current: (fileName: string) => `İstifadə olunan şablon: ${fileName}`,
  choose: 'Şablon yükləyin (.docx)…',
  remove: 'Şablonu silin',
  fullNameMeaning: 'Qonağın pasportdakı kimi adı, böyük hərflərlə',
  notZip: 'Bu fayl .docx sənədi deyil.',
};

test('an own letterhead uploaded in Settings is listed with its placeholders and fills the letters', async ({
  page,
  host,
}, testInfo) => {
  // Arrange
  await setInstitution(host);
  const visitId = await createLetterVisit(host);
  await addGuest(host, visitId, MEHMET);
  const settings = new SettingsPage(page);
  await settings.open(host);
  const card = page.getByRole('region', { name: AZ_TEMPLATE.section, exact: true });
  const fileInput = card.locator('input[type="file"]');

  // Assert: no template yet, and every placeholder is listed with its meaning
  await expect(card.getByTestId('template-file-name')).toHaveText(AZ_TEMPLATE.none);
  const table = card.getByTestId('template-placeholders');
  await expect(table.locator('tbody tr')).toHaveCount(TEMPLATE_PLACEHOLDERS.length);
  await expect(table.getByRole('row', { name: '{{guest_full_name}}' })).toContainText(
    AZ_TEMPLATE.fullNameMeaning,
  );
  await expect(table).toContainText('{{body}}');

  // Act: a file that is not a .docx
  await fileInput.setInputFiles({
    name: 'blank.docx',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.7'),
  });

  // Assert: refused, saying why
  await expect(card.getByTestId('template-error')).toContainText(AZ_TEMPLATE.notZip);
  await expect(card.getByTestId('template-file-name')).toHaveText(AZ_TEMPLATE.none);

  // Act: the office's own letterhead
  await fileInput.setInputFiles({
    name: 'Bizim blank.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: await ownTemplate(),
  });

  // Assert: its name is shown, and kept
  await expect(card.getByTestId('template-file-name')).toHaveText(AZ_TEMPLATE.current('Bizim blank.docx'));
  await expect(card.getByTestId('template-error')).toBeHidden();
  await page.reload();
  await expect(card.getByTestId('template-file-name')).toHaveText(AZ_TEMPLATE.current('Bizim blank.docx'));

  // Act: a visa letter issued as usual
  const dialog = new LetterDialog(page);
  await dialog.openVisit(host, visitId);
  await dialog.openFor('Mehmet Ali YILMAZ');
  await dialog.language('en').check();
  await dialog.textbox(AZ_LETTERS.accommodation).fill('Qafqaz Hotel, Baku');
  const text = await downloadedText(await dialog.issueAndDownload(), testInfo.outputPath());

  // Assert: the letter is on the office's letterhead, every placeholder filled
  expect(text).toContain('OUR LETTERHEAD');
  // The passport name exactly as typed: surname in capitals, given names as the officer wrote them.
  expect(text).toContain('YILMAZ Mehmet Ali');
  expect(text).toMatch(/BDU-1\/\d{4}/);
  expect(text).not.toContain('{{');

  // Act: the template removed
  await settings.open(host);
  await card.getByRole('button', { name: AZ_TEMPLATE.remove }).click();

  // Assert: back to the standard letterhead
  await expect(card.getByTestId('template-file-name')).toHaveText(AZ_TEMPLATE.none);
  await expect(card.getByRole('button', { name: AZ_TEMPLATE.choose })).toBeVisible();
});
