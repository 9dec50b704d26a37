import { test, expect } from './fixtures';
import { callApi } from './arrange';
import { addGuestThroughApi, createVisit } from './pages/guests-panel';
import { AccommodationSection, staysOnDisk } from './pages/accommodation-section';

test('two guests booked into one double room appear on the rooming list; the third has no bed; all survives a restart', async ({
  page,
  host,
}) => {
  // Arrange: a visit of 12-15 May with three guests, in the English UI
  await callApi(host, 'settings.update', { uiLanguage: 'en' });
  const visitId = await createVisit(host);
  for (const [givenNames, surname] of [
    ['Ayşe', 'Öztürk'],
    ['Burak', 'Kaya'],
    ['Cem', 'Demir'],
  ]) {
    await addGuestThroughApi(host, visitId, {
      category: 'expert',
      surname: surname ?? '',
      givenNames: givenNames ?? '',
    });
  }
  const acc = new AccommodationSection(page);
  await acc.open(host, visitId);
  await expect(acc.section.getByText('No stays booked yet')).toBeVisible();

  // Act: Ayşe and Burak in double room 512 of a hotel added on the way, for the whole visit
  await acc.startAdding();
  await acc.chooseGuests(['Ayşe Öztürk', 'Burak Kaya']);
  await acc.addHotel('Qafqaz Hotel', 'Baku');
  await acc.dialog.getByRole('textbox', { name: 'Room number' }).fill('512');
  await acc.dialog.getByRole('textbox', { name: 'Confirmation number' }).fill('QH-7781');
  await acc.dialog.getByRole('button', { name: 'Save' }).click();
  await expect(acc.dialog).toBeHidden();

  // Assert: the booking, the rooming list night by night, and Cem's missing bed
  const check = async () => {
    await expect(acc.stays).toHaveCount(1);
    await expect(acc.stays.first()).toContainText('Ayşe Öztürk, Burak Kaya');
    await expect(acc.stays.first()).toContainText('Qafqaz Hotel');
    await expect(acc.stays.first()).toContainText('room 512');
    await expect(acc.stays.first()).toContainText('3 nights');
    for (const night of ['2026-05-12', '2026-05-13', '2026-05-14']) {
      for (const guest of [0, 1]) {
        await expect(acc.cell(night, guest)).toContainText('Qafqaz Hotel');
        await expect(acc.cell(night, guest)).toContainText('room 512');
      }
      await expect(acc.cell(night, 2)).toHaveText('No bed');
    }
    await expect(acc.rooming.getByTestId('rooming-2026-05-15')).toHaveCount(0);
    await expect(acc.issues).toContainText('1 accommodation problem');
    await expect(acc.issues).toContainText(
      'Cem Demir has no bed for the nights from 12 May 2026 to 14 May 2026.',
    );
  };
  await check();

  await page.reload();
  await check();
  await host.restart();
  await acc.open(host, visitId);
  await check();
  expect(await staysOnDisk(host, visitId)).toMatchObject([
    {
      roomNumber: '512',
      roomType: 'double',
      checkIn: '2026-05-12',
      checkOut: '2026-05-15',
      confirmation: 'QH-7781',
      payer: 'host',
    },
  ]);
});
