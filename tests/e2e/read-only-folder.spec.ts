import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { callApi, createVisit } from './arrange';
import { UI, VisitsPage } from './pages/visits-page';
import { makeReadOnly } from '../support/read-only-folder';
import { startHost } from '../support/web-host';

const SHOTS = 'test-results/screenshots';

/**
 * A data folder Qonaq can read but not write (issue 18, item 7) opens read-only: a banner above every
 * page says so in the UI language; everything can be looked at; a change is refused with the
 * translated reason, and the form stays open with what was typed. The folder is made read-only with
 * chmod, or, as root (whom chmod does not stop), by a read-only bind mount; the test is skipped,
 * saying so, where neither can be done.
 */
test('a read-only data folder opens with a banner, and a refused save keeps what was typed', async ({
  page,
  host,
}) => {
  // Arrange: a visit saved, the UI in English; then the folder made read-only and opened again.
  const visit = await createVisit(host, {
    title: 'Ankara University delegation',
    partnerName: 'Ankara University',
    partnerCountry: 'TR',
    status: 'confirmed',
    arrivalDate: '2030-11-12',
    departureDate: '2030-11-15',
  });
  await callApi(host, 'settings.update', { uiLanguage: 'en' });
  await host.stop();
  const visitFile = join(host.dataDir, 'visits', `${visit.id}.json`);
  const bytesBefore = await readFile(visitFile, 'utf8');
  const readOnly = await makeReadOnly(host.dataDir);
  test.skip(!readOnly, 'this machine can make no folder read-only (root without the right to mount)');
  const opened = await startHost(host.dataDir);
  try {
    const visits = new VisitsPage(page);
    visits.lang = 'en';
    await visits.open(opened);

    // The banner, above the list, in English
    const banner = page.getByTestId('read-only-banner');
    await expect(banner).toContainText('This data folder is read-only');
    await expect(banner).toContainText(
      'You can look at everything, print and export, but not change anything',
    );
    await expect(visits.row('Ankara University delegation')).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/read-only-list-en.png` });

    // Act: edit the visit's title and save
    await visits.row('Ankara University delegation').getByRole('link').click();
    await expect(banner).toBeVisible();
    await visits.button(UI.en.edit).click();
    await visits.field(UI.en.field.title).fill('Ankara University delegation, second week');
    await visits.submit(UI.en.save);

    // Assert: refused in English, the dialog still open with the title as typed, nothing on disk changed
    const refusal = visits.dialog.getByText(
      'The data folder cannot be written to. Your change was not saved.',
    );
    await expect(refusal).toBeVisible();
    // Tall enough to show the whole dialog, the refusal under its fields.
    await page.setViewportSize({ width: 1280, height: 1100 });
    await expect(visits.field(UI.en.field.title)).toHaveValue('Ankara University delegation, second week');
    await page.screenshot({ path: `${SHOTS}/read-only-refused-en.png` });
    expect(await readFile(visitFile, 'utf8')).toBe(bytesBefore);
    await visits.dialog.getByRole('button', { name: UI.en.cancel }).click();

    // The banner follows the UI language
    await visits.switchLanguage('az');
    await expect(banner).toContainText('Bu məlumat qovluğu yalnız oxunur');
    await page.screenshot({ path: `${SHOTS}/read-only-visit-az.png` });
  } finally {
    await opened.stop();
    await readOnly?.undo();
  }
});
