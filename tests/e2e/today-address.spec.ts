import { addDays, formatDateLong } from '../../src/shared/dates';
import { test, expect } from './fixtures';
import { callApi } from './arrange';
import { TodayView } from './pages/today-page';

// A fixed day (Tuesday 24 November 2026, 09:00 in Baku), so the test does not depend on when it runs.
const TODAY = '2026-11-24';
test.use({ now: `${TODAY}T09:00:00+04:00` });

test("Today keeps the day it was moved to: Back from the day's printout, a reload and a second window show it", async ({
  page,
  host,
}) => {
  // Arrange: Today open in the English UI
  await callApi(host, 'settings.update', { uiLanguage: 'en' });
  const today = TODAY;
  const later = addDays(today, 2);
  const view = new TodayView(page);
  await view.open(host);
  await expect(view.date).toHaveText(formatDateLong('en', today));

  // Act: two days on, then print that day and come back with the printout's Back
  await view.nextDay();
  await view.nextDay();
  await expect(view.date).toHaveText(formatDateLong('en', later));
  await page.getByRole('link', { name: 'Print the day' }).click();
  await expect(page.getByTestId('print-sheet')).toBeVisible();
  await page.getByRole('link', { name: 'Back' }).click();

  // Assert: the same day, and the address names it
  await expect(view.date).toHaveText(formatDateLong('en', later));
  await expect(page).toHaveURL(new RegExp(`#/today/${later}$`));

  // Act: print again and come back with the browser's Back
  await page.getByRole('link', { name: 'Print the day' }).click();
  await expect(page.getByTestId('print-sheet')).toBeVisible();
  await page.goBack();

  // Assert: the same day
  await expect(view.date).toHaveText(formatDateLong('en', later));

  // Act: reload
  await page.reload();

  // Assert: the same day
  await expect(view.date).toHaveText(formatDateLong('en', later));

  // Act: the same address in a second window (let in first, as the browser host asks of every window)
  const address = page.url();
  const second = await page.context().newPage();
  await second.goto(host.url);
  await expect(second.getByTestId('language-switch')).toBeVisible();
  await second.goto(address);

  // Assert: the same day there too
  await expect(second.getByTestId('today-date')).toHaveText(formatDateLong('en', later));
  await second.close();

  // Act: back to today
  await page.getByRole('button', { name: 'Today', exact: true }).click();

  // Assert: today, at the address that follows the clock
  await expect(view.date).toHaveText(formatDateLong('en', today));
  await expect(page).toHaveURL(/#\/today$/);
});

test('stepping through days does not fill the Back history: Back leaves Today', async ({ page, host }) => {
  // Arrange: the list of visits, then Today
  await callApi(host, 'settings.update', { uiLanguage: 'en' });
  const view = new TodayView(page);
  await page.goto(host.url);
  await expect(page.getByTestId('language-switch')).toBeVisible();
  await page.getByRole('link', { name: 'Today', exact: true }).click();
  await expect(view.date).toBeVisible();

  // Act: three days on, then the browser's Back
  await view.nextDay();
  await view.nextDay();
  await view.nextDay();
  await expect(view.date).toHaveText(formatDateLong('en', addDays(TODAY, 3)));
  await page.goBack();

  // Assert: the list of visits
  await expect(page.getByRole('heading', { name: 'Visits', level: 2 })).toBeVisible();
});
