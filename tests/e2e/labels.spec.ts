import { test, expect } from './fixtures';
import { callApi, createVisit } from './arrange';
import { PrintView } from './pages/print-view';

const DAY = '2027-03-15';

/** A visit of 15–18 March 2027: Ayşe lands on TK 334 at GYD terminal 1; Burak's arrival has a date only. */
async function arrange(host: Parameters<typeof callApi>[0]) {
  const visit = await createVisit(host, {
    title: 'Ankara Universiteti',
    partnerName: 'Partner',
    partnerCountry: 'TR',
    status: 'planned',
    arrivalDate: DAY,
    departureDate: '2027-03-18',
  });
  await callApi(host, 'guests.add', {
    visitId: visit.id,
    guest: { category: 'expert', givenNames: 'Ayşe', surname: 'Öztürk' },
  });
  const { guests } = (
    await callApi(host, 'guests.add', {
      visitId: visit.id,
      guest: { category: 'expert', givenNames: 'Burak', surname: 'Kaya' },
    })
  ).visit;
  const [ayse, burak] = guests;
  if (!ayse || !burak) throw new Error('guests not added');
  await callApi(host, 'travel.save', {
    visitId: visit.id,
    direction: 'arrival',
    guestIds: [ayse.id],
    leg: { date: DAY, time: '14:30', flight: 'TK 334', airport: 'GYD', terminal: '1' },
  });
  await callApi(host, 'travel.save', {
    visitId: visit.id,
    direction: 'arrival',
    guestIds: [burak.id],
    leg: { date: DAY },
  });
  return visit.id;
}

test('a visit names its transfers "TK 334 · GYD, terminal 1", counts them beside its items, and a flight not known yet says so', async ({
  page,
  host,
}) => {
  // Arrange
  await callApi(host, 'settings.update', { uiLanguage: 'en' });
  const visitId = await arrange(host);

  // Act
  await page.goto(host.url);
  await expect(page.getByTestId('language-switch')).toBeVisible();
  await page.goto(`${host.origin}/#/visits/${visitId}`);

  // Assert: the travel table, and the programme's count of what it lists
  const rows = page.getByTestId('transfer-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: 'TK 334' })).toContainText('GYD, terminal 1');
  const unknown = rows.filter({ hasText: 'Burak Kaya' });
  await expect(unknown).toContainText('No flight number yet');
  await expect(unknown).not.toContainText('Flight');
  const programme = page.getByTestId('programme');
  await expect(programme).toContainText('0 items, 2 transfers');
  await expect(programme.getByTestId('programme-transfer').filter({ hasText: 'TK 334' })).toContainText(
    'GYD, terminal 1',
  );
});

test('Today writes the transfer in one line and calls clashes conflicts, as the calendar does', async ({
  page,
  host,
}) => {
  // Arrange
  await callApi(host, 'settings.update', { uiLanguage: 'ru' });
  await arrange(host);

  // Act
  await page.goto(host.url);
  await expect(page.getByTestId('language-switch')).toBeVisible();
  await page.goto(`${host.origin}/#/today`);
  await page.getByRole('textbox', { name: 'Перейти к дате' }).fill('15.03.2027');

  // Assert
  await expect(page.getByRole('region', { name: 'Прибытие' })).toContainText('TK 334 · GYD, терминал 1');
  await expect(page.getByRole('region', { name: 'Конфликты' })).toBeVisible();
});

test('the day printed in Russian dates itself as a letter does and names the terminal', async ({
  page,
  host,
}) => {
  // Arrange
  await callApi(host, 'settings.update', { uiLanguage: 'ru' });
  await arrange(host);
  const view = new PrintView(page);

  // Act
  await view.open(host, `#/print/day/${DAY}`);

  // Assert: no-break spaces hold the date together
  await expect(view.sheet.getByRole('heading', { level: 1 })).toHaveText(/15\u00a0марта\u00a02027\u00a0г\./);
  await expect(view.sheet).toContainText('GYD, терминал 1');
});
