import { test, expect } from './fixtures';
import { callApi } from './arrange';
import { addGuest, addItem, CalendarPage, createNovemberVisit } from './pages/calendar-page';
import type { RunningHost } from '../support/web-host';

// The visits of these tests run Monday 23 to Friday 27 November 2026.
const MONDAY = '2026-11-23';
const TUESDAY = '2026-11-24';
const WEDNESDAY = '2026-11-25';
const THURSDAY = '2026-11-26';

async function itemInCore(host: RunningHost, visitId: string, itemId: string) {
  const detail = await callApi(host, 'visits.get', { id: visitId });
  return detail.visit.programme.find((p) => p.id === itemId);
}

test.beforeEach(async ({ host }) => {
  await callApi(host, 'settings.update', { uiLanguage: 'en' });
});

test('a guest flight shows as an arrival transfer in its day and at its time', async ({ page, host }) => {
  // Arrange: Ayşe lands on Tuesday at 14:30 with SU 1850
  const visitId = await createNovemberVisit(host, 'Ankara University', '#1c7ed6');
  const ayse = await addGuest(host, visitId, 'Ayşe', 'Öztürk');
  const detail = await callApi(host, 'travel.save', {
    visitId,
    direction: 'arrival',
    guestIds: [ayse],
    leg: { date: TUESDAY, time: '14:30', flight: 'SU 1850', airport: 'GYD' },
  });
  const transfer = detail.planning.transfers[0];
  if (!transfer) throw new Error('no transfer derived');

  // Act
  const cal = new CalendarPage(page);
  await cal.open(host, TUESDAY);

  // Assert: on Tuesday, from the car's departure to the city, labelled as an arrival
  const entry = cal.entry(transfer.id);
  await expect(entry).toContainText('Arrival SU 1850');
  await expect(entry).toContainText(`${transfer.startTime}–${transfer.endTime}`);
  expect(transfer.startDate).toBe(TUESDAY);
  expect(await cal.isInColumn(transfer.id, TUESDAY)).toBe(true);
  const hour = transfer.startTime.slice(0, 2);
  const top = (await entry.boundingBox())?.y ?? 0;
  expect(top).toBeGreaterThanOrEqual((await cal.slotTop(`${hour}:00`)) - 2);
  expect(top).toBeLessThan(await cal.slotTop(`${String(Number(hour) + 1).padStart(2, '0')}:00`));
});

test('dragging an item to another day saves it, Undo takes it back, and the move survives a reload', async ({
  page,
  host,
}) => {
  // Arrange
  const visitId = await createNovemberVisit(host, 'Ankara University', '#1c7ed6');
  const itemId = await addItem(host, visitId, {
    title: 'Meeting with the rector',
    startDate: TUESDAY,
    startTime: '10:00',
    endDate: TUESDAY,
    endTime: '11:00',
  });
  const cal = new CalendarPage(page);
  await cal.open(host, TUESDAY);
  await expect(cal.entry(itemId)).toBeVisible();

  // Act: Tuesday to Wednesday
  await cal.dragEntry(itemId, WEDNESDAY);

  // Assert: on Wednesday at the same time, in the core too
  await expect
    .poll(() => itemInCore(host, visitId, itemId))
    .toMatchObject({
      startDate: WEDNESDAY,
      startTime: '10:00',
      endDate: WEDNESDAY,
      endTime: '11:00',
    });
  expect(await cal.isInColumn(itemId, WEDNESDAY)).toBe(true);

  // Act: undo from the notice
  const notice = page.getByTestId('undo-notice');
  await expect(notice).toContainText('“Meeting with the rector” moved to 25 November 2026, 10:00–11:00.');
  await notice.getByRole('button', { name: 'Undo' }).click();

  // Assert: back on Tuesday
  await expect
    .poll(() => itemInCore(host, visitId, itemId))
    .toMatchObject({ startDate: TUESDAY, startTime: '10:00' });
  await expect.poll(() => cal.isInColumn(itemId, TUESDAY)).toBe(true);

  // Act: move again, then reload the page
  await cal.dragEntry(itemId, WEDNESDAY);
  await expect.poll(() => itemInCore(host, visitId, itemId)).toMatchObject({ startDate: WEDNESDAY });
  await page.reload();

  // Assert: the calendar opens on the same week with the item on Wednesday
  await expect(cal.title).toHaveText('23–29 November 2026');
  await expect(cal.entry(itemId)).toBeVisible();
  expect(await cal.isInColumn(itemId, WEDNESDAY)).toBe(true);
});

test('a move the core refuses goes back and says why', async ({ page, host }) => {
  // Arrange
  const visitId = await createNovemberVisit(host, 'Ankara University', '#1c7ed6');
  const itemId = await addItem(host, visitId, {
    title: 'Lecture',
    startDate: TUESDAY,
    startTime: '10:00',
    endDate: TUESDAY,
    endTime: '11:00',
  });
  const cal = new CalendarPage(page);
  await cal.open(host, TUESDAY);

  // Act: to Saturday, after the visit has ended
  await cal.dragEntry(itemId, '2026-11-28');

  // Assert
  await expect(
    page.getByText('This date is outside the visit (23 November 2026 – 27 November 2026).'),
  ).toBeVisible();
  await expect.poll(() => cal.isInColumn(itemId, TUESDAY)).toBe(true);
  expect(await itemInCore(host, visitId, itemId)).toMatchObject({ startDate: TUESDAY });
});

test('selecting empty time opens a prefilled item dialog; the new item appears on the calendar', async ({
  page,
  host,
}) => {
  // Arrange: two visits on the same days, so the dialog asks which one
  await createNovemberVisit(host, 'Ankara University', '#1c7ed6');
  const kazan = await createNovemberVisit(host, 'Kazan Federal University', '#e8590c');
  await addGuest(host, kazan, 'Ivan', 'Petrov');
  const cal = new CalendarPage(page);
  await cal.open(host, TUESDAY);

  // Act: Thursday 10:00–11:00
  await cal.selectTime(THURSDAY, '10:00', '11:00');
  await expect(cal.dialog).toBeVisible();
  await expect(cal.dialog.getByRole('textbox', { name: 'Start date' })).toHaveValue('26 November 2026');
  await expect(cal.dialog.getByRole('textbox', { name: 'End date' })).toHaveValue('26 November 2026');
  await cal.dialog.getByRole('combobox', { name: 'Visit' }).click();
  await page.getByRole('option', { name: 'Kazan Federal University' }).click();
  await cal.dialog.getByRole('textbox', { name: 'Title', exact: true }).fill('MoU signing');
  await cal.dialog.getByRole('combobox', { name: 'Venue' }).fill('Senate hall');
  await cal.dialog.getByRole('button', { name: 'Save' }).click();
  await expect(cal.dialog).toBeHidden();

  // Assert: on the calendar, and in the core with the times of the selection
  const detail = await callApi(host, 'visits.get', { id: kazan });
  const item = detail.visit.programme.find((p) => p.title === 'MoU signing');
  expect(item).toMatchObject({
    startDate: THURSDAY,
    startTime: '10:00',
    endDate: THURSDAY,
    endTime: '11:00',
    venue: 'Senate hall',
  });
  const entry = cal.entry(item?.id ?? '');
  await expect(entry).toContainText('MoU signing');
  // An hour leaves room for one line; the venue is in the tooltip, there once the pointer rests on it.
  await entry.hover();
  await expect(entry).toHaveAttribute('title', /Venue: Senate hall/);
  expect(await cal.isInColumn(item?.id ?? '', THURSDAY)).toBe(true);
});

test('the same guest in two items at once is marked, listed, and the list jumps to it', async ({
  page,
  host,
}) => {
  // Arrange: Ayşe in the meeting (all guests) and in the lecture that starts before it ends
  const visitId = await createNovemberVisit(host, 'Ankara University', '#1c7ed6');
  const ayse = await addGuest(host, visitId, 'Ayşe', 'Öztürk');
  const meeting = await addItem(host, visitId, {
    title: 'Meeting',
    startDate: TUESDAY,
    startTime: '10:00',
    endDate: TUESDAY,
    endTime: '11:30',
  });
  const lecture = await addItem(host, visitId, {
    title: 'Lecture',
    startDate: TUESDAY,
    startTime: '11:00',
    endDate: TUESDAY,
    endTime: '12:00',
    allGuests: false,
    guestIds: [ayse],
  });
  const cal = new CalendarPage(page);

  // Act
  await cal.open(host, MONDAY);

  // Assert: both marked, one sentence in the list
  await expect(cal.entry(meeting)).toHaveAttribute('data-conflict', 'true');
  await expect(cal.entry(lecture)).toHaveAttribute('data-conflict', 'true');
  await expect(cal.conflicts).toContainText('1 conflict');
  await expect(cal.conflicts.getByTestId('conflict-item')).toHaveText(
    'Ayşe Öztürk is in two places at once: “Meeting” and “Lecture” (24 November 2026, 11:00). Show on the calendar',
  );

  // Act: jump from the list
  await cal.conflicts.getByRole('link', { name: 'Show on the calendar' }).click();

  // Assert: the address names the entry, which is picked out
  await expect(page).toHaveURL(new RegExp(`#/calendar/${TUESDAY}/(${meeting}|${lecture})$`));
  const picked = page.url().endsWith(meeting) ? meeting : lecture;
  await expect(cal.root.locator(`.qonaq-highlight [data-entry-id="${picked}"]`)).toBeVisible();

  // Act: another page links to the entry while the calendar shows another week
  await page.getByRole('button', { name: 'Next week' }).click();
  await expect(cal.title).toHaveText('30 November – 6 December 2026');
  await expect(cal.conflicts).toContainText('No conflicts on these days.');
  await page.goto(`${host.origin}/#/calendar/${TUESDAY}/${lecture}`);

  // Assert: back on its week, picked out
  await expect(cal.title).toHaveText('23–29 November 2026');
  await expect(cal.root.locator(`.qonaq-highlight [data-entry-id="${lecture}"]`)).toBeVisible();
});

test('titles and day names follow the UI language with Qonaq’s own names', async ({ page, host }) => {
  // Arrange
  await createNovemberVisit(host, 'Ankara University', '#1c7ed6');
  const cal = new CalendarPage(page);
  await cal.open(host, TUESDAY);
  await expect(cal.dayHeaders().first()).toHaveText('Monday23');

  // Act: Azerbaijani
  await cal.switchLanguage('AZ');

  // Assert: week title and weekday names from Qonaq's tables
  await expect(cal.title).toHaveText('23–29 noyabr 2026');
  await expect(cal.dayHeaders()).toHaveText([
    'bazar ertəsi23',
    'çərşənbə axşamı24',
    'çərşənbə25',
    'cümə axşamı26',
    'cümə27',
    'şənbə28',
    'bazar29',
  ]);
  await expect(cal.root).toContainText('Bütün gün');
  await expect(page.getByRole('button', { name: 'Bu gün' })).toBeVisible();
  await page.getByText('Ay', { exact: true }).click();
  await expect(cal.title).toHaveText('noyabr 2026');
  await expect(cal.dayHeaders().first()).toHaveText('B.e.');
  for (const wrong of [/\bM11\b/, /\bMon\b/, /\bTue\b/, /Bu Gün/, /\bIl\b/])
    await expect(cal.root).not.toContainText(wrong);

  // Act: Russian
  await cal.switchLanguage('RU');

  // Assert: nominative for the month, genitive in a date
  await expect(cal.title).toHaveText('ноябрь 2026');
  await expect(cal.dayHeaders().first()).toHaveText('пн');
  await page.getByText('Неделя', { exact: true }).click();
  await expect(cal.title).toHaveText('23–29 ноября 2026');
  await expect(cal.dayHeaders().nth(1)).toHaveText('вторник24');
  for (const wrong of [/\bM11\b/, /\bMon\b/, /\bTue\b/]) await expect(cal.root).not.toContainText(wrong);
});

test('an item opened from the calendar is edited, deleted, and put back with Undo', async ({
  page,
  host,
}) => {
  // Arrange
  const visitId = await createNovemberVisit(host, 'Ankara University', '#1c7ed6');
  const itemId = await addItem(host, visitId, {
    title: 'Meeting',
    startDate: TUESDAY,
    startTime: '10:00',
    endDate: TUESDAY,
    endTime: '11:30',
    hosts: ['Rector'],
  });
  const cal = new CalendarPage(page);
  await cal.open(host, TUESDAY);

  // Act: rename it
  await cal.entry(itemId).click();
  await expect(cal.dialog).toContainText('Programme item');
  await expect(cal.dialog).toContainText('Visit: Ankara University');
  const title = cal.dialog.getByRole('textbox', { name: 'Title', exact: true });
  await expect(title).toHaveValue('Meeting');
  // An end before the start is refused, and the core's reason shows on the field
  const endDate = cal.dialog.getByRole('textbox', { name: 'End date' });
  await endDate.fill('23.11.2026');
  await title.click();
  await cal.dialog.getByRole('button', { name: 'Save' }).click();
  await expect(cal.dialog.getByText('The end must come after the start.')).toBeVisible();
  await endDate.fill('24.11.2026');
  await title.fill('Meeting with the rector');
  await cal.dialog.getByRole('button', { name: 'Save' }).click();
  await expect(cal.dialog).toBeHidden();

  // Assert
  await expect(cal.entry(itemId)).toContainText('Meeting with the rector');

  // Act: delete it
  await cal.entry(itemId).click();
  await cal.dialog.getByRole('button', { name: 'Delete' }).click();

  // Assert: gone, with an Undo on offer
  await expect(cal.entry(itemId)).toHaveCount(0);
  expect(await itemInCore(host, visitId, itemId)).toBeUndefined();
  const notice = page.getByTestId('undo-notice');
  await expect(notice).toContainText('“Meeting with the rector” was deleted.');

  // Act: undo
  await notice.getByRole('button', { name: 'Undo' }).click();

  // Assert: back, with its id and everything it had
  await expect(cal.entry(itemId)).toContainText('Meeting with the rector');
  expect(await itemInCore(host, visitId, itemId)).toMatchObject({
    title: 'Meeting with the rector',
    hosts: ['Rector'],
    startTime: '10:00',
  });
});

test('the visit filter shows only the chosen visits; Ctrl+Z takes back a move', async ({ page, host }) => {
  // Arrange
  const ankara = await createNovemberVisit(host, 'Ankara University', '#1c7ed6');
  const kazan = await createNovemberVisit(host, 'Kazan Federal University', '#e8590c');
  const meeting = await addItem(host, ankara, {
    title: 'Meeting',
    startDate: TUESDAY,
    startTime: '10:00',
    endDate: TUESDAY,
    endTime: '11:00',
  });
  const tour = await addItem(host, kazan, {
    title: 'Old City tour',
    startDate: TUESDAY,
    startTime: '15:00',
    endDate: TUESDAY,
    endTime: '17:00',
  });
  const cal = new CalendarPage(page);
  await cal.open(host, TUESDAY);
  await expect(cal.entry(meeting)).toBeVisible();
  await expect(cal.entry(tour)).toBeVisible();

  // Act: only Kazan
  await page.getByRole('combobox', { name: 'Visits shown' }).click();
  await page.getByRole('option', { name: 'Kazan Federal University' }).click();
  await cal.title.click();

  // Assert
  await expect(cal.entry(meeting)).toHaveCount(0);
  await expect(cal.entry(tour)).toBeVisible();

  // Act: move the tour, then Ctrl+Z
  await cal.dragEntry(tour, WEDNESDAY);
  await expect.poll(() => itemInCore(host, kazan, tour)).toMatchObject({ startDate: WEDNESDAY });
  await page.keyboard.press('Control+z');

  // Assert
  await expect
    .poll(() => itemInCore(host, kazan, tour))
    .toMatchObject({ startDate: TUESDAY, startTime: '15:00' });
  await expect.poll(() => cal.isInColumn(tour, TUESDAY)).toBe(true);
});

/** Nine one-hour sessions on Wednesday at 10:00 for the same guest of one visit; their ids in order. */
async function nineSessionsAtOnce(host: Parameters<typeof addGuest>[0]): Promise<string[]> {
  const visitId = await createNovemberVisit(host, 'Ankara University', '#1c7ed6');
  await addGuest(host, visitId, 'Ayşe', 'Öztürk');
  const ids: string[] = [];
  for (let n = 1; n <= 9; n++) {
    ids.push(
      await addItem(host, visitId, {
        title: `Session ${n}`,
        startDate: WEDNESDAY,
        startTime: '10:00',
        endDate: WEDNESDAY,
        endTime: '11:00',
      }),
    );
  }
  return ids;
}

test('a crowded week lists its first 30 conflicts and shows the rest on demand', async ({ page, host }) => {
  // Arrange: nine items at once for the same guest give 36 overlaps
  await nineSessionsAtOnce(host);

  // Act
  const cal = new CalendarPage(page);
  await cal.open(host, WEDNESDAY);

  // Assert
  await expect(cal.conflicts).toContainText('36 conflicts');
  await expect(cal.conflicts.getByTestId('conflict-item')).toHaveCount(30);
  await cal.conflicts.getByRole('button', { name: 'Show 6 more conflicts' }).click();
  await expect(cal.conflicts.getByTestId('conflict-item')).toHaveCount(36);
  await expect(cal.conflicts.getByTestId('conflicts-show-all')).toHaveCount(0);
});

test('a crowded hour shows three entries and a +N that opens the others; a link to a hidden one draws it', async ({
  page,
  host,
}) => {
  // Arrange: nine items at once for the same guest
  const ids = await nineSessionsAtOnce(host);

  // Act
  const cal = new CalendarPage(page);
  await cal.open(host, WEDNESDAY);

  // Assert: three drawn side by side, the other six behind "+6", each marked as a conflict there
  const column = cal.dayColumn(WEDNESDAY);
  await expect(column.locator('[data-testid="calendar-entry"]')).toHaveCount(3);
  await column.getByRole('button', { name: '+6' }).click();
  const popover = page.getByRole('dialog');
  await expect(popover.locator('[data-testid="calendar-entry"]')).toHaveCount(6);
  await expect(popover.locator('[data-testid="calendar-entry"][data-conflict="true"]')).toHaveCount(6);
  // Between the column and the "+6", every one of the nine
  const entries = await page.locator('[data-testid="calendar-entry"]').all();
  const seen = await Promise.all(entries.map((entry) => entry.getAttribute('data-entry-id')));
  expect(new Set(seen)).toEqual(new Set(ids));

  // Act: a link to the last one (as "Show on the calendar" gives)
  const last = ids[8] ?? '';
  await cal.open(host, WEDNESDAY, last);

  // Assert: drawn in the column, picked out, not behind the "+N"
  await expect(column.locator(`[data-entry-id="${last}"]`)).toBeVisible();
  await expect(column.locator('.qonaq-highlight')).toHaveCount(1);
});
