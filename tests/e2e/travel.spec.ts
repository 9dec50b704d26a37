import { test, expect } from './fixtures';
import { callApi } from './arrange';
import { addGuestThroughApi, createVisit, guestsOnDisk, visitOfThreeExperts } from './pages/guests-panel';
import { TravelSection } from './pages/travel-section';

test('two guests arriving together share one transfer with its car; a new landing time moves it', async ({
  page,
  host,
}) => {
  // Arrange: a visit of 12-15 May with three guests, none of them with a flight yet
  const visitId = await visitOfThreeExperts(host);
  const travel = new TravelSection(page);
  await travel.open(host, visitId);
  await expect(travel.section.getByTestId('missing-arrival')).toContainText(
    'No arrival set for 3 guests: Ayşe Öztürk, Burak Kaya, Cem Demir',
  );

  // Act: Ayşe and Burak land together on TK 334 at 14:30, met by a minibus leaving at 13:15
  await travel.startAdding('arrival');
  await travel.chooseGuests(['Ayşe Öztürk', 'Burak Kaya']);
  await travel.setTime('Lands at', '14:30');
  await travel.fill('Flight number', 'TK 334');
  await travel.fill('Airport', 'GYD');
  await travel.fill('Terminal', '1');
  await travel.fill('Vehicle', 'Minibus 10-AB-123');
  await travel.setTime('Car leaves at', '13:15');
  await travel.fill('Driver', 'Elçin Məmmədov');
  await travel.fill('Escort', 'Leyla Əliyeva');
  await travel.save();

  // Assert: one row with both names and the car; Cem still has no arrival; the same after a reload
  const check = async (time: string) => {
    await expect(travel.rows).toHaveCount(1);
    const row = travel.rows.first();
    await expect(row).toContainText(time);
    await expect(row).toContainText('12 May 2026');
    await expect(row).toContainText('TK 334');
    await expect(row).toContainText('GYD, terminal 1');
    await expect(row).toContainText('Ayşe Öztürk, Burak Kaya');
    await expect(row).toContainText('Minibus 10-AB-123 · Elçin Məmmədov · escort Leyla Əliyeva');
    await expect(row).toContainText('car leaves at 13:15');
    await expect(travel.section.getByTestId('missing-arrival')).toHaveText('No arrival set: Cem Demir');
  };
  await check('14:30');
  await page.reload();
  await check('14:30');
  expect((await guestsOnDisk(host, visitId)).map((g) => g.arrival.flight)).toEqual(['TK 334', 'TK 334', '']);

  // Act: the flight is delayed to 16:05
  await travel.rows
    .first()
    .getByRole('button', { name: 'Edit the journey of Ayşe Öztürk, Burak Kaya' })
    .click();
  await expect(travel.dialog).toBeVisible();
  await travel.setTime('Lands at', '16:05');
  await travel.save();

  // Assert: the same transfer, at the new time, still with both guests
  await check('16:05');
  await expect(travel.rows.first()).not.toContainText('14:30');
  await expect(travel.rows.first().getByRole('link', { name: 'Open in calendar' })).toHaveAttribute(
    'href',
    /^#\/calendar\/2026-05-12\/tr-arr-/,
  );
});

test('a car leaving after the plane lands is flagged on its row', async ({ page, host }) => {
  // Arrange: a guest landing at 10:00 whose car leaves at 11:00
  await callApi(host, 'settings.update', { uiLanguage: 'en' });
  const visitId = await createVisit(host);
  await addGuestThroughApi(host, visitId, {
    category: 'expert',
    surname: 'Kaya',
    givenNames: 'Burak',
    arrival: { date: '2026-05-12', time: '10:00', flight: 'J2 8', pickup: { leaveAt: '11:00' } },
  });

  // Act
  const travel = new TravelSection(page);
  await travel.open(host, visitId);

  // Assert
  await expect(travel.rows.first().getByTestId('late-car')).toHaveText(
    'car leaves at 11:00, after the landing',
  );
});
