import { formatDateLong } from '../../src/shared/dates';
import { test, expect } from './fixtures';
import { callApi, createVisit } from './arrange';
import { CalendarPage } from './pages/calendar-page';

// A fixed day (Thursday 3 December 2026, 09:00 in Baku), so the test does not depend on when it runs.
const TODAY = '2026-12-03';
test.use({ now: `${TODAY}T09:00:00+04:00` });

// A visit in March 2027, far from the December the tests start in: its guest lands at 03:30.
const MARCH_15 = '2027-03-15';

async function arrangeMarchVisit(host: Parameters<typeof callApi>[0]) {
  const visit = await createVisit(host, {
    title: 'Ankara Universiteti',
    partnerName: 'Partner',
    partnerCountry: 'TR',
    status: 'planned',
    arrivalDate: MARCH_15,
    departureDate: '2027-03-18',
  });
  const added = await callApi(host, 'guests.add', {
    visitId: visit.id,
    guest: { category: 'expert', givenNames: 'Ayşe', surname: 'Öztürk' },
  });
  const guest = added.visit.guests[0];
  if (!guest) throw new Error('guest not added');
  const travel = await callApi(host, 'travel.save', {
    visitId: visit.id,
    direction: 'arrival',
    guestIds: [guest.id],
    leg: { date: MARCH_15, time: '03:30', flight: 'TK 334', airport: 'GYD' },
  });
  const transfer = travel.planning.transfers[0];
  if (!transfer) throw new Error('no transfer derived');
  return { visitId: visit.id, transferId: transfer.id };
}

test('the calendar goes from December to 15 March 2027 in one step, opens on the 03:30 arrival, and T comes back to today', async ({
  page,
  host,
}) => {
  // Arrange
  await callApi(host, 'settings.update', { uiLanguage: 'en' });
  const { transferId } = await arrangeMarchVisit(host);
  const cal = new CalendarPage(page);
  await cal.open(host, '2026-12-10');
  await expect(cal.title).toHaveText('7–13 December 2026');

  // Act: one date typed into the field beside the arrows
  await page.getByRole('textbox', { name: 'Go to a date' }).fill('15.03.2027');

  // Assert: the week of 15 March, its early arrival on screen without scrolling, the address follows
  await expect(cal.title).toHaveText('15–21 March 2027');
  await expect(cal.entry(transferId)).toBeInViewport();
  await expect(page).toHaveURL(/#\/calendar\/2027-03-15$/);

  // Act: T, outside any field, goes back to today
  await cal.title.click();
  await page.keyboard.press('t');

  // Assert
  const today = TODAY;
  await expect(page).toHaveURL(new RegExp(`#/calendar/${today}$`));
  await expect(cal.title).not.toContainText('March 2027');
});

test('the day view of the calendar opens scrolled to an arrival at 03:30', async ({ page, host }) => {
  // Arrange
  await callApi(host, 'settings.update', { uiLanguage: 'en' });
  const { transferId } = await arrangeMarchVisit(host);
  const cal = new CalendarPage(page);
  await cal.open(host, '2027-03-14');
  await cal.root.getByText('Day', { exact: true }).click();
  await expect(cal.title).toHaveText('Sunday, 14 March 2027');

  // Act: the next day, which begins at 03:30
  await page.getByRole('button', { name: 'Next day' }).click();

  // Assert
  await expect(cal.title).toHaveText('Monday, 15 March 2027');
  await expect(cal.entry(transferId)).toBeInViewport();
});

test('Today goes from December to 15 March 2027 in one step, in Azerbaijani, and T comes back', async ({
  page,
  host,
}) => {
  // Arrange
  await callApi(host, 'settings.update', { uiLanguage: 'az' });
  await arrangeMarchVisit(host);
  await page.goto(host.url);
  await expect(page.getByTestId('language-switch')).toBeVisible();
  await page.goto(`${host.origin}/#/today`);
  const shown = page.getByTestId('today-date');
  await expect(shown).toHaveText(formatDateLong('az', TODAY));
  const field = page.getByRole('textbox', { name: 'Tarixə keç' });

  // Act: typed as an officer writes it
  await field.fill('15 mart 2027');

  // Assert: the day and its arrival
  await expect(shown).toHaveText('15 mart 2027');
  await expect(page.getByRole('region', { name: 'Gələnlər' })).toContainText('TK 334');

  // Act: the field clicked, as an officer does to pick from its calendar
  await field.click();

  // Assert: the picker opens on the month typed, in lower case as everywhere in Azerbaijani
  await expect(page.getByRole('button', { name: 'Ayı seçin' })).toHaveText('mart 2027');

  // Act: a day picked in the calendar under the field
  await page.getByRole('button', { name: '16 mart 2027' }).click();

  // Assert
  await expect(shown).toHaveText('16 mart 2027');

  // Act: T outside the field
  await shown.click();
  await page.keyboard.press('t');

  // Assert
  await expect(shown).toHaveText(formatDateLong('az', TODAY));
});
