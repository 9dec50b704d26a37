import { mkdir } from 'node:fs/promises';
import { addDays, formatDateLong } from '../../src/shared/dates';
import { test, expect } from './fixtures';
import { callApi } from './arrange';
import { createHotel, createPlannedVisit } from './pages/print-data';
import { TodayView } from './pages/today-page';

const SHOTS = process.env.QONAQ_SHOTS;

// A fixed day (Tuesday 24 November 2026, 09:00 in Baku), so the test does not depend on when it runs.
const TODAY = '2026-11-24';
test.use({ now: `${TODAY}T09:00:00+04:00` });

test('today shows who arrives, what is under way, the hotel moves and a clash with its calendar link; tomorrow is a step away and prints', async ({
  page,
  host,
}) => {
  // Arrange: a visit under way today (Baku), arriving today, with an all-day item, two items sharing a car, and one tomorrow
  await callApi(host, 'settings.update', { uiLanguage: 'en' });
  const today = TODAY;
  const tomorrow = addDays(today, 1);
  const hotelId = await createHotel(host);
  const car = { vehicle: 'Kia 10-AB-123' };
  const base = { partnerName: 'Partner', departureDate: addDays(today, 3), officer: 'Nigar Əliyeva' };
  await createPlannedVisit(
    host,
    {
      ...base,
      title: 'Ankara University delegation',
      arrivalDate: addDays(today, -1),
      guests: [{ category: 'expert', givenNames: 'Burak', surname: 'Kaya' }],
      items: [
        {
          type: 'meeting',
          title: 'Meeting with the rector',
          startDate: today,
          startTime: '10:00',
          endDate: today,
          endTime: '11:00',
          ...car,
        },
        {
          type: 'excursion',
          title: 'Old City tour',
          startDate: today,
          startTime: '10:30',
          endDate: today,
          endTime: '12:00',
          ...car,
        },
        {
          type: 'lecture',
          title: 'Lecture on soil science',
          startDate: tomorrow,
          startTime: '09:00',
          endDate: tomorrow,
          endTime: '10:30',
        },
      ],
    },
    hotelId,
  );
  await createPlannedVisit(
    host,
    {
      ...base,
      title: 'Humboldt-Universität zu Berlin',
      arrivalDate: today,
      guests: [
        {
          category: 'expert',
          givenNames: 'Ayşe',
          surname: 'Öztürk',
          arrival: {
            date: today,
            time: '23:50',
            flight: 'TK 334',
            airport: 'GYD',
            terminal: '1',
            pickup: { vehicle: 'Hyundai 90-XY-777', driver: 'Vüqar', escort: 'Rəşad', leaveAt: '22:45' },
          },
        },
      ],
      items: [],
    },
    hotelId,
  );
  await createPlannedVisit(
    host,
    {
      ...base,
      title: 'Moscow State University',
      arrivalDate: addDays(today, -2),
      guests: [{ category: 'expert', givenNames: 'Ivan', surname: 'Petrov' }],
      // From midnight to midnight: under way whenever the test runs.
      items: [
        {
          type: 'freeTime',
          title: 'Day of rest',
          startDate: today,
          startTime: '00:00',
          endDate: tomorrow,
          endTime: '00:00',
        },
      ],
    },
    hotelId,
  );
  const view = new TodayView(page);

  // Act: open the Today view
  await view.open(host);

  // Assert: today's date, the arrival with its car, what is under way, the check-in, the clash
  await expect(view.date).toHaveText(formatDateLong('en', today));
  await expect(view.arrivals).toContainText('TK 334');
  await expect(view.arrivals).toContainText('Ayşe Öztürk');
  await expect(view.arrivals).toContainText('car leaves 22:45');
  await expect(view.arrivals).toContainText('driver Vüqar');
  await expect(view.departures).toContainText('Nobody leaves.');
  await expect(view.nowNext.getByTestId('today-row').first()).toContainText('Day of rest');
  await expect(view.programme.getByTestId('today-row')).toHaveCount(4); // three items and the arrival's transfer
  await expect(view.hotels).toContainText('Check-in');
  await expect(view.hotels).toContainText('Qafqaz Hotel, room 512');
  const clash = view.conflicts
    .getByTestId('today-conflict')
    .filter({ hasText: 'The car Kia 10-AB-123 is needed for' });
  await expect(clash).toContainText('“Meeting with the rector”');
  await expect(clash).toContainText('“Old City tour”');
  await expect(clash.getByRole('link', { name: 'Show on the calendar' })).toHaveAttribute(
    'href',
    new RegExp(`^#/calendar/${today}/[A-Za-z0-9_-]+$`),
  );
  const visits = page.getByRole('region', { name: 'Visits of the day' });
  await expect(visits.getByTestId('today-visit')).toHaveCount(3);
  await expect(
    visits
      .getByTestId('today-visit')
      .filter({ hasText: 'Moscow State University' })
      .getByRole('link', { name: 'Print the programme' }),
  ).toHaveAttribute('href', /^#\/print\/visit\/[A-Za-z0-9_-]+$/);
  if (SHOTS) {
    await mkdir(SHOTS, { recursive: true });
    await page.screenshot({ path: `${SHOTS}/today-en.png`, fullPage: true });
    for (const [label, language] of [
      ['AZ', 'az'],
      ['RU', 'ru'],
      ['EN', 'en'],
    ] as const) {
      await page.getByTestId('language-switch').getByText(label, { exact: true }).click();
      if (language !== 'en')
        await page.screenshot({ path: `${SHOTS}/today-${language}.png`, fullPage: true });
    }
    await expect(view.arrivals).toBeVisible();
  }

  // Act: a day on
  await view.nextDay();

  // Assert: tomorrow's item and no Now card; the print button prints tomorrow
  await expect(view.date).toHaveText(formatDateLong('en', tomorrow));
  await expect(view.programme).toContainText('Lecture on soil science');
  await expect(view.nowNext).toHaveCount(0);
  await page.getByRole('link', { name: 'Print the day' }).click();
  await expect(page).toHaveURL(new RegExp(`#/print/day/${tomorrow}$`));
  await expect(page.getByTestId('print-sheet')).toContainText('Lecture on soil science');
});
