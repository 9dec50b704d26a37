import { test, expect } from './fixtures';
import { callApi } from './arrange';
import { addGuestThroughApi, createVisit, visitOfThreeExperts } from './pages/guests-panel';
import { AccommodationSection, HotelsDirectory, staysOnDisk } from './pages/accommodation-section';

test('two guests booked into one double room appear on the rooming list; the third has no bed; all survives a restart', async ({
  page,
  host,
}) => {
  // Arrange: a visit of 12-15 May with three guests, in the English UI
  const visitId = await visitOfThreeExperts(host);
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

async function visitWithTwoGuestsAndHotels(host: Parameters<typeof createVisit>[0]) {
  await callApi(host, 'settings.update', { uiLanguage: 'en' });
  const visitId = await createVisit(host);
  await addGuestThroughApi(host, visitId, { category: 'expert', surname: 'Öztürk', givenNames: 'Ayşe' });
  await addGuestThroughApi(host, visitId, { category: 'expert', surname: 'Kaya', givenNames: 'Burak' });
  const detail = await callApi(host, 'visits.get', { id: visitId });
  const [ayse = '', burak = ''] = detail.visit.guests.map((g) => g.id);
  const qafqaz = await callApi(host, 'hotels.save', { hotel: { name: 'Qafqaz Hotel', city: 'Baku' } });
  const park = await callApi(host, 'hotels.save', { hotel: { name: 'Park Inn', city: 'Baku' } });
  return { visitId, ayse, burak, qafqaz, park };
}

const STAY = { checkIn: '2026-05-12', checkOut: '2026-05-15', roomType: 'single' } as const;

test('with one room held at a hotel, two rooms booked there are flagged', async ({ page, host }) => {
  // Arrange: Ayşe and Burak in two single rooms of Qafqaz Hotel, no rooms held yet
  const { visitId, ayse, burak, qafqaz } = await visitWithTwoGuestsAndHotels(host);
  await callApi(host, 'stays.save', {
    visitId,
    stay: { ...STAY, guestIds: [ayse], hotelId: qafqaz.id, roomNumber: '101' },
  });
  await callApi(host, 'stays.save', {
    visitId,
    stay: { ...STAY, guestIds: [burak], hotelId: qafqaz.id, roomNumber: '102' },
  });
  const acc = new AccommodationSection(page);
  await acc.open(host, visitId);
  await expect(acc.issues).toHaveCount(0);

  // Act: the hotel holds one room for the visit
  const held = acc.section.getByRole('textbox', { name: 'Rooms held at Qafqaz Hotel' });
  await held.fill('1');
  await held.press('Enter');

  // Assert: the issue, and the number kept after a reload
  const sentence =
    'Qafqaz Hotel: 2 rooms in use on the nights from 12 May 2026 to 14 May 2026, more than the 1 held for this visit.';
  await expect(acc.issues).toContainText(sentence);
  await page.reload();
  await expect(acc.issues).toContainText(sentence);
  await expect(acc.section.getByRole('textbox', { name: 'Rooms held at Qafqaz Hotel' })).toHaveValue('1');
});

test('the hotels directory renames a hotel, deletes an unused one and refuses to delete one in use', async ({
  page,
  host,
}) => {
  // Arrange: Ayşe stays at Qafqaz Hotel; Park Inn is unused
  const { visitId, ayse, qafqaz } = await visitWithTwoGuestsAndHotels(host);
  await callApi(host, 'stays.save', { visitId, stay: { ...STAY, guestIds: [ayse], hotelId: qafqaz.id } });
  const acc = new AccommodationSection(page);
  await acc.open(host, visitId);
  const directory = new HotelsDirectory(page);
  await directory.open(acc);

  // Act: rename Qafqaz Hotel
  await directory.row('Qafqaz Hotel').getByRole('button', { name: 'Edit Qafqaz Hotel' }).click();
  const form = directory.dialog.getByTestId('edit-hotel');
  await form.getByRole('textbox', { name: 'Name' }).fill('Qafqaz Baku City');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toBeHidden();

  // Assert: renamed in the directory and in the booking
  await expect(directory.row('Qafqaz Baku City')).toHaveCount(1);
  await expect(acc.stays.first()).toContainText('Qafqaz Baku City');

  // Act: delete the unused Park Inn, then try the one in use
  await directory.delete('Park Inn');
  await expect(directory.row('Park Inn')).toHaveCount(0);
  await directory.delete('Qafqaz Baku City');

  // Assert: refused with the reason, and still listed
  await expect(directory.dialog.getByTestId('hotel-error')).toHaveText(
    'The hotel "Qafqaz Baku City" cannot be deleted: the visit "Ankara Universiteti nümayəndə heyəti" has a stay there. Change that stay first.',
  );
  await expect(directory.row('Qafqaz Baku City')).toHaveCount(1);
  expect((await callApi(host, 'hotels.list', {})).map((h) => h.name)).toEqual(['Qafqaz Baku City']);
});

test('a removed stay comes back with Undo, and stays after a reload', async ({ page, host }) => {
  // Arrange: one booking
  const { visitId, ayse, qafqaz } = await visitWithTwoGuestsAndHotels(host);
  await callApi(host, 'stays.save', {
    visitId,
    stay: { ...STAY, guestIds: [ayse], hotelId: qafqaz.id, roomNumber: '101' },
  });
  const before = await staysOnDisk(host, visitId);
  const acc = new AccommodationSection(page);
  await acc.open(host, visitId);

  // Act: remove it, then Undo
  await acc.stays.first().getByRole('button', { name: 'Remove the stay of Ayşe Öztürk' }).click();
  await expect(acc.stays).toHaveCount(0);
  const notice = page.getByTestId('undo-notice');
  await expect(notice).toContainText('Stay removed');
  await notice.getByRole('button', { name: 'Undo' }).click();

  // Assert: the same stay, under the same id, on screen and on disk
  await expect(acc.stays).toHaveCount(1);
  await expect(acc.stays.first()).toContainText('room 101');
  await page.reload();
  await expect(acc.stays).toHaveCount(1);
  expect(await staysOnDisk(host, visitId)).toEqual(before);
});
