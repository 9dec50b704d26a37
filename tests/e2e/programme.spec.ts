import { test, expect } from './fixtures';
import { callApi } from './arrange';
import { addGuestThroughApi, createVisit } from './pages/guests-panel';
import { ProgrammeSection } from './pages/programme-section';

async function visitWithGuests(host: Parameters<typeof createVisit>[0]) {
  await callApi(host, 'settings.update', { uiLanguage: 'en' });
  const visitId = await createVisit(host);
  await addGuestThroughApi(host, visitId, { category: 'expert', surname: 'Öztürk', givenNames: 'Ayşe' });
  await addGuestThroughApi(host, visitId, { category: 'expert', surname: 'Kaya', givenNames: 'Burak' });
  return visitId;
}

/** A visit whose guest Ayşe is in a lecture 10:00-12:00 and a meeting 11:00-12:30 on 13 May. */
async function visitWithClash(host: Parameters<typeof createVisit>[0]) {
  const visitId = await visitWithGuests(host);
  const visit = await callApi(host, 'visits.get', { id: visitId });
  const ayse = visit.visit.guests[0]?.id ?? '';
  const item = { startDate: '2026-05-13', endDate: '2026-05-13', allGuests: false, guestIds: [ayse] };
  await callApi(host, 'programme.save', {
    visitId,
    item: { ...item, title: 'Guest lecture', type: 'lecture', startTime: '10:00', endTime: '12:00' },
  });
  await callApi(host, 'programme.save', {
    visitId,
    item: { ...item, title: 'Meeting with the dean', startTime: '11:00', endTime: '12:30' },
  });
  return visitId;
}

test('an item added through the dialog appears under its day; deleted and undone, it is back after a reload', async ({
  page,
  host,
}) => {
  // Arrange: a visit of 12-15 May with an empty programme
  const visitId = await visitWithGuests(host);
  const programme = new ProgrammeSection(page);
  await programme.open(host, visitId);
  for (const date of ['2026-05-12', '2026-05-13', '2026-05-14', '2026-05-15']) {
    await expect(programme.day(date)).toContainText('Nothing planned yet');
  }

  // Act: a meeting with the rector on 13 May, 10:00-11:30, added from that day's row
  await programme
    .day('2026-05-13')
    .getByRole('button', { name: /^Add an item on/ })
    .click();
  await expect(programme.dialog).toBeVisible();
  await programme.dialog.getByRole('textbox', { name: 'Title', exact: true }).fill('Meeting with the rector');
  await programme.setTime('Start time', '10:00');
  await programme.setTime('End time', '11:30');
  await programme.dialog
    .getByRole('textbox', { name: 'Venue' })
    .or(programme.dialog.getByRole('combobox', { name: 'Venue' }))
    .fill('Main building, room 201');
  await programme.dialog.getByRole('button', { name: 'Save' }).click();
  await expect(programme.dialog).toBeHidden();

  // Assert: under 13 May, nowhere else
  const row = programme.items('2026-05-13');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('10:00–11:30');
  await expect(row).toContainText('Meeting');
  await expect(row).toContainText('Meeting with the rector');
  await expect(row).toContainText('Main building, room 201');
  await expect(row).toContainText('All guests');
  await expect(programme.items('2026-05-12')).toHaveCount(0);
  await expect(programme.day('2026-05-12')).toContainText('Nothing planned yet');

  // Act: delete it, then take it back
  await row.getByRole('button', { name: 'Delete “Meeting with the rector”' }).click();
  await expect(programme.items('2026-05-13')).toHaveCount(0);
  const notice = page.getByTestId('undo-notice');
  await expect(notice).toContainText('“Meeting with the rector” was deleted.');
  await notice.getByRole('button', { name: 'Undo' }).click();

  // Assert: back, and still there after a reload
  await expect(programme.items('2026-05-13')).toHaveCount(1);
  await page.reload();
  await expect(programme.items('2026-05-13')).toContainText('Meeting with the rector');
  await expect(programme.items('2026-05-13')).toContainText('10:00–11:30');
});

test('a guest booked into two overlapping items shows in the conflicts panel, whose link opens the calendar there', async ({
  page,
  host,
}) => {
  // Arrange: Ayşe in a lecture 10:00-12:00 and a meeting 11:00-12:30 on 13 May
  const visitId = await visitWithClash(host);
  const conflict = (await callApi(host, 'visits.conflicts', { id: visitId }))[0];
  const programme = new ProgrammeSection(page);

  // Act
  await programme.open(host, visitId);

  // Assert: one conflict naming Ayşe, and its link goes to the calendar on that day and entry
  await expect(programme.conflicts).toContainText('1 conflict in the plan');
  await expect(programme.conflicts.getByTestId('visit-conflict')).toHaveCount(1);
  await expect(programme.conflicts).toContainText('Ayşe Öztürk');
  await expect(programme.conflicts).toContainText('Guest lecture');
  await expect(programme.conflicts).toContainText('Meeting with the dean');
  await programme.conflicts.getByRole('link', { name: 'Show on the calendar' }).click();
  await expect(page).toHaveURL(new RegExp(`#/calendar/2026-05-13/${conflict?.entry.entryId ?? 'missing'}$`));
});

test('deleting one of two clashing items settles the conflict on the page; undoing it brings it back', async ({
  page,
  host,
}) => {
  // Arrange: Ayşe in a lecture 10:00-12:00 and a meeting 11:00-12:30 on 13 May
  const visitId = await visitWithClash(host);
  const programme = new ProgrammeSection(page);
  await programme.open(host, visitId);
  await expect(programme.conflicts).toContainText('1 conflict in the plan');

  // Act: the meeting is deleted from its row
  await programme.items('2026-05-13').getByRole('button', { name: 'Delete “Meeting with the dean”' }).click();

  // Assert: the page asks for its conflicts again: none is left, and no panel
  await expect(programme.items('2026-05-13')).toHaveCount(1);
  await expect(programme.conflicts).toHaveCount(0);

  // Act: undo
  await page.getByTestId('undo-notice').getByRole('button', { name: 'Undo' }).click();

  // Assert: the clash is back, without a reload
  await expect(programme.items('2026-05-13')).toHaveCount(2);
  await expect(programme.conflicts).toContainText('1 conflict in the plan');
  await expect(programme.conflicts).toContainText('Meeting with the dean');
});

test('when the conflicts cannot be had, the page says so in place of the panel and shows the rest', async ({
  page,
  host,
}) => {
  // Arrange: a visit with an item; the core's answer for its conflicts fails
  const visitId = await visitWithGuests(host);
  await callApi(host, 'programme.save', {
    visitId,
    item: {
      title: 'Old City tour',
      startDate: '2026-05-14',
      startTime: '15:00',
      endDate: '2026-05-14',
      endTime: '18:00',
    },
  });
  await page.route('**/api/visits.conflicts', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({ ok: false, error: { code: 'internal' } }),
    }),
  );
  const programme = new ProgrammeSection(page);

  // Act
  await programme.open(host, visitId);

  // Assert: the failure is said in the UI language, and the sections below are drawn all the same
  const failed = page.getByTestId('visit-conflicts-error');
  await expect(failed).toContainText('The plan could not be checked for conflicts');
  await expect(failed).toContainText('Something went wrong. Your data is safe; please try again.');
  await expect(programme.items('2026-05-14')).toContainText('Old City tour');
  await expect(programme.conflicts).toHaveCount(0);
});

test('no conflicts panel at all when the plan has none', async ({ page, host }) => {
  // Arrange: one item, nothing clashing
  const visitId = await visitWithGuests(host);
  await callApi(host, 'programme.save', {
    visitId,
    item: {
      title: 'Old City tour',
      type: 'excursion',
      startDate: '2026-05-14',
      startTime: '15:00',
      endDate: '2026-05-14',
      endTime: '18:00',
    },
  });
  const programme = new ProgrammeSection(page);

  // Act
  await programme.open(host, visitId);

  // Assert
  await expect(programme.items('2026-05-14')).toContainText('Old City tour');
  await expect(programme.conflicts).toHaveCount(0);
});
