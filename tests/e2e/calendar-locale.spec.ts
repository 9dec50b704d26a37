import type { Locator } from '@playwright/test';
import { test, expect } from './fixtures';
import { callApi, createVisit } from './arrange';
import { addItem, CalendarPage } from './pages/calendar-page';

/** Words FullCalendar's defaults and Intl's English patterns leave in screen-reader texts. */
const ENGLISH =
  /\b(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Week|Timed|All-day|Events|more)\b|M\d{1,2}\b/;

/** Every text and label the calendar grid carries, seen or only read out. */
async function gridWords(grid: Locator): Promise<string> {
  const labels = await Promise.all(
    (await grid.locator('[aria-label]').all()).map((el) => el.getAttribute('aria-label')),
  );
  return `${(await grid.textContent()) ?? ''} ${labels.join(' ')}`;
}

const CASES = [
  {
    language: 'az',
    label: 'AZ',
    views: ['Gün', 'Həftə', 'Ay', 'Siyahı'],
    heading: 'bazar ertəsi, 15 mart 2027',
    week: 'Həftə 11',
  },
  {
    language: 'ru',
    label: 'RU',
    views: ['День', 'Неделя', 'Месяц', 'Список'],
    heading: 'понедельник, 15 марта 2027',
    week: 'Неделя 11',
  },
] as const;

for (const c of CASES) {
  test(`in ${c.language} the calendar's screen-reader texts for days and weeks are in ${c.language}, in Qonaq's words`, async ({
    page,
    host,
  }) => {
    // Arrange: a visit with an item in the week of 15 March 2027
    await callApi(host, 'settings.update', { uiLanguage: c.language });
    const visit = await createVisit(host, {
      title: 'Ankara',
      partnerName: 'Partner',
      partnerCountry: 'TR',
      status: 'planned',
      arrivalDate: '2027-03-15',
      departureDate: '2027-03-18',
    });
    await addItem(host, visit.id, {
      title: 'Rektor',
      startDate: '2027-03-15',
      startTime: '10:00',
      endDate: '2027-03-15',
      endTime: '11:00',
    });
    const cal = new CalendarPage(page);
    await cal.open(host, '2027-03-15');
    const grid = cal.root;

    // Assert: the week view's column headings read the weekday and date
    await expect(cal.root.getByRole('columnheader', { name: c.heading })).toBeAttached();

    for (const view of c.views) {
      // Act
      await cal.root.getByText(view, { exact: true }).click();
      await expect(cal.entriesOfKind('item')).not.toHaveCount(0);

      // Assert
      expect(await gridWords(grid), `${c.language}, ${view}`).not.toMatch(ENGLISH);
    }
    await cal.root.getByText(c.views[2], { exact: true }).click();
    await expect(cal.root.getByRole('row', { name: c.week })).toBeAttached();
  });
}

test('after a switch from Russian to Azerbaijani the day headings read in Azerbaijani', async ({
  page,
  host,
}) => {
  // Arrange
  await callApi(host, 'settings.update', { uiLanguage: 'ru' });
  const cal = new CalendarPage(page);
  await cal.open(host, '2027-03-15');
  await expect(cal.root.getByRole('columnheader', { name: 'понедельник, 15 марта 2027' })).toBeAttached();

  // Act
  await cal.switchLanguage('AZ');

  // Assert: the same week, in Azerbaijani
  await expect(cal.root.getByRole('columnheader', { name: 'bazar ertəsi, 15 mart 2027' })).toBeAttached();
  await expect(cal.title).toHaveText('15–21 mart 2027');
});
