import { test, expect } from './fixtures';
import type { GuestInput } from '../../src/shared/domain';
import { addGuestThroughApi, AZ, createVisit, guestsOnDisk, GuestsPanel } from './pages/guests-panel';

const MEHMET: GuestInput = {
  role: 'head',
  category: 'delegationMember',
  surname: 'Yılmaz',
  givenNames: 'Mehmet Ali',
};
const AYSE: GuestInput = { role: 'member', category: 'expert', surname: 'Öztürk', givenNames: 'Ayşe' };
const CAN: GuestInput = { role: 'member', category: 'expert', surname: 'Demir', givenNames: 'Can' };

test('guests added in the Azerbaijani UI stay in order after a reload and a restart, and are on disk', async ({
  page,
  host,
}) => {
  // Arrange
  const visitId = await createVisit(host);
  const panel = new GuestsPanel(page);
  await panel.open(host, visitId);
  await expect(panel.section.getByText('Hələ qonaq yoxdur')).toBeVisible();

  // Act: the head of delegation, with passport and flight
  await panel.startAdding();
  await panel.form.getByRole('radio', { name: AZ.role.head }).check();
  await panel.textbox(AZ.surname).fill('Yılmaz');
  await panel.textbox(AZ.givenNames).fill('Mehmet Ali');
  await panel.chooseCountry(AZ.citizenship, 'Türk', 'Türkiyə');
  await panel.tab(AZ.tabs.passport).click();
  await panel.textbox(AZ.passportNumber).fill('U12345678');
  await panel.typeDate(AZ.expiryDate, '12.03.2030');
  await panel.tab(AZ.tabs.travel).click();
  await expect(panel.textbox(AZ.arrivalDate)).toHaveValue('12 may 2026');
  await panel.typeArrivalTime('14', '35');
  await panel
    .textbox(AZ.flight, panel.form.getByRole('group', { name: AZ.arrival, exact: true }))
    .fill('TK 334');
  await panel.submitNew();
  await expect(panel.form).toBeHidden();
  await expect(page.getByText('Mehmet Ali Yılmaz səfərə əlavə edildi.')).toBeVisible();

  // Act: a member, with nothing but the required fields and a category
  await panel.startAdding();
  await panel.textbox(AZ.surname).fill('Öztürk');
  await panel.textbox(AZ.givenNames).fill('Ayşe');
  await panel.choose(AZ.category, 'Ekspert');
  await panel.submitNew();
  await expect(panel.form).toBeHidden();

  // Assert: on screen, after a reload, after the host restarts, and in the visit's file
  await expect(panel.section.getByRole('heading', { name: 'Qonaqlar (2)' })).toBeVisible();
  await panel.expectOrder(['Mehmet Ali Yılmaz', 'Ayşe Öztürk']);
  await expect(panel.row('Mehmet Ali Yılmaz')).toContainText(AZ.role.head);
  await expect(panel.row('Mehmet Ali Yılmaz')).toContainText('Türkiyə');
  await expect(panel.row('Mehmet Ali Yılmaz')).toContainText('etibarlıdır: 12 mart 2030');
  await expect(panel.row('Mehmet Ali Yılmaz')).toContainText('14:35 · TK 334');
  await expect(panel.row('Ayşe Öztürk')).not.toContainText(AZ.role.head);

  await page.reload();
  await panel.expectOrder(['Mehmet Ali Yılmaz', 'Ayşe Öztürk']);

  await host.restart();
  await panel.open(host, visitId);
  await panel.expectOrder(['Mehmet Ali Yılmaz', 'Ayşe Öztürk']);

  const stored = await guestsOnDisk(host, visitId);
  expect(stored.map((g) => [g.givenNames, g.surname, g.role, g.category])).toEqual([
    ['Mehmet Ali', 'Yılmaz', 'head', 'delegationMember'],
    ['Ayşe', 'Öztürk', 'member', 'expert'],
  ]);
  expect(stored[0]?.citizenship).toBe('TR');
  expect(stored[0]?.passport).toMatchObject({ number: 'U12345678', expiryDate: '2030-03-12' });
  expect(stored[0]?.arrival).toMatchObject({
    date: '2026-05-12',
    time: '14:35',
    flight: 'TK 334',
    airport: '',
  });
  expect(stored[1]?.departure.date).toBe('2026-05-15');
});

test('a refused guest shows Azerbaijani messages at the fields, points at their tab and keeps what was typed', async ({
  page,
  host,
}) => {
  // Arrange: a small laptop's window, where the dialog scrolls to reach its Save button
  await page.setViewportSize({ width: 1280, height: 560 });
  const visitId = await createVisit(host);
  const panel = new GuestsPanel(page);
  await panel.open(host, visitId);
  await panel.startAdding();
  const surname = panel.textbox(AZ.surname);
  const arrivalDate = panel.textbox(AZ.arrivalDate);

  // Act: Cyrillic letters in the passport surname and an arrival before the visit, sent from another tab
  await surname.fill('Йылмаз');
  await panel.textbox(AZ.givenNames).fill('Mehmet');
  await panel.tab(AZ.tabs.travel).click();
  await panel.typeDate(AZ.arrivalDate, '10.05.2026');
  await panel.tab(AZ.tabs.contacts).click();
  await panel.submitNew();

  // Assert: the form turns to the tab with the refused field and marks it
  await expect(panel.form.getByRole('alert')).toContainText('Bəzi sahələr düzəldilməlidir.');
  await expect(panel.form.getByRole('alert')).toBeInViewport({ ratio: 1 });
  await expect(panel.tab(AZ.tabs.identity)).toHaveAttribute('aria-selected', 'true');
  await expect(panel.tab(AZ.tabs.identity)).toHaveAccessibleName(/Düzəldilməli 1 sahə/);
  await expect(surname).toHaveAccessibleDescription(/Adı pasportdakı kimi latın hərfləri ilə yazın\./);
  await expect(surname).toHaveValue('Йылмаз');
  expect(await guestsOnDisk(host, visitId)).toEqual([]);

  // Act: the name as in the passport; the arrival is still outside the visit
  await surname.fill('Yılmaz');
  await panel.submitNew();

  // Assert: now the travel tab is shown, its message naming the visit's dates as people read them
  await expect(panel.tab(AZ.tabs.travel)).toHaveAttribute('aria-selected', 'true');
  await expect(panel.tab(AZ.tabs.travel)).toHaveAccessibleName(/Düzəldilməli 1 sahə/);
  await expect(panel.tab(AZ.tabs.identity)).not.toHaveAccessibleName(/Düzəldilməli/);
  await expect(arrivalDate).toHaveAccessibleDescription(
    /Bu tarix səfər müddətindən kənardadır \(12 may 2026 – 15 may 2026\)\./,
  );
  await expect(arrivalDate).toHaveValue('10 may 2026');

  // Act: the date corrected, the surname left empty, sent from the travel tab
  await panel.typeDate(AZ.arrivalDate, '13.05.2026');
  await panel.tab(AZ.tabs.identity).click();
  await surname.fill('');
  await panel.tab(AZ.tabs.travel).click();
  await panel.submitNew();

  // Assert
  await expect(panel.tab(AZ.tabs.identity)).toHaveAttribute('aria-selected', 'true');
  await expect(surname).toHaveAccessibleDescription(/Bu sahə mütləqdir\./);
  await expect(panel.textbox(AZ.givenNames)).toHaveValue('Mehmet');
  await expect(panel.tab(AZ.tabs.travel)).not.toHaveAccessibleName(/Düzəldilməli/);

  // Act
  await surname.fill('Yılmaz');
  await panel.submitNew();

  // Assert: saved with the corrected date
  await expect(panel.form).toBeHidden();
  await panel.expectOrder(['Mehmet Yılmaz']);
  expect((await guestsOnDisk(host, visitId))[0]?.arrival.date).toBe('2026-05-13');
});

test('a passport that expires less than three months after departure is a warning in az, en and ru, not a refusal', async ({
  page,
  host,
}) => {
  // Arrange
  const visitId = await createVisit(host);
  const panel = new GuestsPanel(page);
  await panel.open(host, visitId);

  // Act
  await panel.startAdding();
  await panel.textbox(AZ.surname).fill('Demir');
  await panel.textbox(AZ.givenNames).fill('Can');
  await panel.tab(AZ.tabs.passport).click();
  await expect(panel.form.getByText('Ən azı 15 avqust 2026 tarixinədək')).toBeVisible();
  await panel.textbox(AZ.passportNumber).fill('U34567890');
  await panel.typeDate(AZ.expiryDate, '01.07.2026');
  await panel.submitNew();

  // Assert: saved, and warned in each language with readable dates
  await expect(panel.form).toBeHidden();
  await panel.expectOrder(['Can Demir']);
  await expect(
    panel.row('Can Demir').getByRole('img', { name: /1 iyul 2026 tarixində bitir/ }),
  ).toBeVisible();
  await expect(panel.warnings).toContainText('1 pasportun etibarlılıq müddəti çox tez bitir');
  await expect(panel.warnings).toContainText(
    'Can Demir: pasportun etibarlılıq müddəti 1 iyul 2026 tarixində bitir. Viza üçün pasport ən azı 15 avqust 2026 tarixinədək',
  );

  await page.getByTestId('language-switch').getByText('EN', { exact: true }).click();
  await expect(panel.warnings).toContainText('1 passport expires too soon');
  await expect(panel.warnings).toContainText(
    'The passport of Can Demir expires on 1 July 2026. For the visa it must be valid until at least 15 August 2026',
  );

  await page.getByTestId('language-switch').getByText('RU', { exact: true }).click();
  await expect(panel.warnings).toContainText('1 паспорт истекает слишком рано');
  await expect(panel.warnings).toContainText(
    'Паспорт гостя Can Demir действителен до 1 июля 2026. Для визы он должен действовать как минимум до 15 августа 2026',
  );
  await expect(
    panel.row('Can Demir').getByRole('img', { name: /действителен до 1 июля 2026/ }),
  ).toBeVisible();

  expect((await guestsOnDisk(host, visitId)).map((g) => g.passport.expiryDate)).toEqual(['2026-07-01']);
});

test('moving a guest down changes the order for good', async ({ page, host }) => {
  // Arrange
  const visitId = await createVisit(host);
  await addGuestThroughApi(host, visitId, MEHMET);
  await addGuestThroughApi(host, visitId, AYSE);
  await addGuestThroughApi(host, visitId, CAN);
  const panel = new GuestsPanel(page);
  await panel.open(host, visitId);
  await panel.expectOrder(['Mehmet Ali Yılmaz', 'Ayşe Öztürk', 'Can Demir']);

  // Act
  await panel.section.getByRole('button', { name: AZ.moveDown('Mehmet Ali Yılmaz') }).click();

  // Assert
  await panel.expectOrder(['Ayşe Öztürk', 'Mehmet Ali Yılmaz', 'Can Demir']);
  await expect(panel.section.getByRole('button', { name: AZ.moveDown('Can Demir') })).toBeDisabled();
  await page.reload();
  await panel.expectOrder(['Ayşe Öztürk', 'Mehmet Ali Yılmaz', 'Can Demir']);
  expect((await guestsOnDisk(host, visitId)).map((g) => g.surname)).toEqual(['Öztürk', 'Yılmaz', 'Demir']);
});

test('removing a guest and pressing Undo puts the same guest back in the same place', async ({
  page,
  host,
}) => {
  // Arrange
  const visitId = await createVisit(host);
  await addGuestThroughApi(host, visitId, MEHMET);
  await addGuestThroughApi(host, visitId, {
    ...AYSE,
    honorific: 'associateProfessor',
    gender: 'female',
    citizenship: 'TR',
    passport: {
      number: 'U23456789',
      issuingCountry: 'TR',
      issueDate: '2022-06-15',
      expiryDate: '2031-06-14',
    },
    dietaryNeeds: 'Vegetarian',
    letterLanguage: 'en',
    arrival: { date: '2026-05-12', time: '14:35', flight: 'TK 334', airport: 'GYD' },
  });
  await addGuestThroughApi(host, visitId, CAN);
  const before = await guestsOnDisk(host, visitId);
  const panel = new GuestsPanel(page);
  await panel.open(host, visitId);

  // Act
  await panel.section.getByRole('button', { name: AZ.remove('Ayşe Öztürk') }).click();

  // Assert: gone, with a way back
  await panel.expectOrder(['Mehmet Ali Yılmaz', 'Can Demir']);
  expect(await guestsOnDisk(host, visitId)).toHaveLength(2);
  const notice = page.getByRole('alert').filter({ hasText: 'Ayşe Öztürk səfərdən çıxarıldı.' });
  await expect(notice).toBeVisible();

  // Act
  await notice.getByRole('button', { name: AZ.undo }).click();

  // Assert: back in second place, with every detail it had
  await panel.expectOrder(['Mehmet Ali Yılmaz', 'Ayşe Öztürk', 'Can Demir']);
  await expect(page.getByText('Ayşe Öztürk səfərə qaytarıldı.')).toBeVisible();
  const after = await guestsOnDisk(host, visitId);
  const withoutId = ({ id: _id, ...rest }: { id: string }) => rest;
  expect(after.map(withoutId)).toEqual(before.map(withoutId));
});
