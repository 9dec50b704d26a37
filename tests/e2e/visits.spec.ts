import { test, expect } from './fixtures';
import { callApi, createVisit } from './arrange';
import { UI, VisitsPage, visitFilesOnDisk } from './pages/visits-page';

const ISTANBUL = {
  title: 'İstanbul Texniki Universitetinin nümayəndə heyəti',
  partnerName: 'İstanbul Texniki Universiteti',
  partnerCountry: 'TR',
  status: 'confirmed',
  arrivalDate: '2030-11-12',
  departureDate: '2030-11-15',
} as const;

test('an empty office sees a friendly start in Azerbaijani', async ({ page, host }) => {
  const visits = new VisitsPage(page);

  await visits.open(host);

  await expect(visits.pageHeading).toHaveText(UI.az.visits);
  await expect(page.getByText(UI.az.emptyTitle)).toBeVisible();
  await expect(visits.button(UI.az.newVisit)).toBeVisible();
  await expect(visits.button(UI.az.loadSample)).toBeVisible();
  await expect(visits.table).toHaveCount(0);
});

test('a visit created in the Azerbaijani UI is kept across a reload and a restart', async ({
  page,
  host,
}) => {
  const visits = new VisitsPage(page);
  await visits.open(host);

  await visits.startNewVisit();
  await visits.fillVisit({
    title: ISTANBUL.title,
    partnerName: ISTANBUL.partnerName,
    country: { search: 'türk', option: 'Türkiyə' },
    arrival: '12.11.2030',
    departure: '15.11.2030',
  });
  await visits.chooseOption(visits.field(UI.az.field.status), null, UI.az.status.confirmed);
  await visits.submit(UI.az.create);

  await visits.expectVisitPage(ISTANBUL.title);
  await expect(page.getByTestId('visit-dates')).toHaveText('12–15 noyabr 2030');
  await expect(page.getByTestId('visit-partner')).toHaveText('İstanbul Texniki Universiteti, Türkiyə');
  const files = await visitFilesOnDisk(host);
  expect(files).toHaveLength(1);
  expect(files[0]).toContain(ISTANBUL.title);

  await page.reload();
  await visits.expectVisitPage(ISTANBUL.title);

  await host.restart();
  await visits.open(host);
  await expect(visits.row(ISTANBUL.title)).toContainText('12–15 noyabr 2030');
  await expect(visits.row(ISTANBUL.title)).toContainText(UI.az.status.confirmed);
  await expect(visits.row(ISTANBUL.title)).toContainText('Türkiyə');
});

test('labels and dates follow the language, with real month names', async ({ page, host }) => {
  await createVisit(host, ISTANBUL);
  const visits = new VisitsPage(page);
  await visits.open(host);
  const row = visits.row(ISTANBUL.title);
  await expect(row).toContainText('12–15 noyabr 2030');

  await visits.switchLanguage('ru');
  await expect(visits.pageHeading).toHaveText(UI.ru.visits);
  await expect(visits.table.getByRole('columnheader', { name: UI.ru.head })).toBeVisible();
  await expect(row).toContainText('12–15 ноября 2030');
  await expect(row).toContainText(UI.ru.status.confirmed);
  await expect(row).toContainText('Турция');
  await expect(visits.button(UI.ru.newVisit)).toBeVisible();

  await row.getByRole('link').click();
  await visits.button(UI.ru.edit).click();
  await expect(visits.field(UI.ru.field.arrival)).toHaveValue('12 ноября 2030');
  await visits.field(UI.ru.field.arrival).click();
  await expect(page.getByRole('button', { name: 'ноябрь 2030', exact: true })).toBeVisible();
  await visits.dialog.getByRole('button', { name: UI.ru.cancel }).click();
  await expect(visits.dialog).toBeHidden();

  await visits.switchLanguage('en');
  await expect(page.getByTestId('visit-dates')).toHaveText('12–15 November 2030');
  await page.getByRole('link', { name: UI.en.back }).click();
  await expect(visits.table.getByRole('columnheader', { name: UI.en.head })).toBeVisible();
  await expect(row).toContainText('12–15 November 2030');
  await expect(row).toContainText(UI.en.status.confirmed);
  await expect(page.locator('body')).not.toContainText('M11');
});

test('a refused visit says why in the UI language and keeps everything typed', async ({ page, host }) => {
  const visits = new VisitsPage(page);
  await visits.open(host);
  const f = UI.az.field;

  await visits.startNewVisit();
  await visits.fillVisit({
    partnerName: 'Ankara Üniversitesi',
    arrival: '15.11.2030',
    departure: '12.11.2030',
    notes: 'Rektorla görüş ikinci gün',
  });
  await visits.submit(UI.az.create);

  await expect(visits.field(f.title)).toHaveAccessibleDescription('Bu sahə mütləqdir.');
  await expect(visits.field(f.departure)).toHaveAccessibleDescription(
    'Yola düşmə gəlişdən əvvəl ola bilməz.',
  );
  await expect(visits.field(f.partnerName)).toHaveValue('Ankara Üniversitesi');
  await expect(visits.field(f.arrival)).toHaveValue('15 noyabr 2030');
  await expect(visits.field(f.departure)).toHaveValue('12 noyabr 2030');
  await expect(visits.field(f.notes)).toHaveValue('Rektorla görüş ikinci gün');

  await visits.fillVisit({ title: 'Ankara Universitetinin nümayəndə heyəti', departure: '18.11.2030' });
  await visits.submit(UI.az.create);
  await visits.expectVisitPage('Ankara Universitetinin nümayəndə heyəti');
  await expect(page.getByTestId('visit-dates')).toHaveText('15–18 noyabr 2030');

  await visits.switchLanguage('ru');
  await page.getByRole('link', { name: UI.ru.back }).click();
  await visits.startNewVisit();
  await visits.field(UI.ru.field.partnerName).fill('МГИМО');
  await visits.submit(UI.ru.create);
  await expect(visits.field(UI.ru.field.title)).toHaveAccessibleDescription('Обязательное поле.');
  await expect(visits.field(UI.ru.field.arrival)).toHaveAccessibleDescription('Обязательное поле.');
  await expect(visits.field(UI.ru.field.partnerName)).toHaveValue('МГИМО');
});

test('deleting asks first, and Undo brings the visit back', async ({ page, host }) => {
  const visit = await createVisit(host, ISTANBUL);
  const visits = new VisitsPage(page);
  await visits.open(host);
  await visits.row(ISTANBUL.title).click();
  await visits.expectVisitPage(ISTANBUL.title);

  await visits.button(UI.az.delete).click();
  await expect(visits.dialog).toContainText(
    `«${ISTANBUL.title}» səfəri bütün qonaqları ilə birlikdə silinəcək.`,
  );
  await visits.dialog.getByRole('button', { name: UI.az.cancel }).click();
  await expect(visits.dialog).toBeHidden();
  await visits.expectVisitPage(ISTANBUL.title);

  await visits.button(UI.az.delete).click();
  await visits.dialog.getByRole('button', { name: UI.az.deleteConfirm }).click();
  await expect(visits.pageHeading).toHaveText(UI.az.visits);
  await expect(page.getByText(UI.az.emptyTitle)).toBeVisible();
  await expect(page.getByText(`«${ISTANBUL.title}» səfəri silindi.`)).toBeVisible();
  expect(await visitFilesOnDisk(host)).toHaveLength(0);

  await visits.button(UI.az.undo).click();
  await visits.expectVisitPage(ISTANBUL.title);
  expect(page.url()).toContain(`#/visits/${visit.id}`);
  await page.getByRole('link', { name: UI.az.back }).click();
  await expect(visits.row(ISTANBUL.title)).toBeVisible();
  expect(await visitFilesOnDisk(host)).toHaveLength(1);
});

test('the sample delegation loads with its guests', async ({ page, host }) => {
  const visits = new VisitsPage(page);
  await visits.open(host);

  await visits.button(UI.az.loadSample).click();

  await visits.expectVisitPage('Ankara Universiteti nümayəndə heyətinin səfəri');
  await page.getByRole('link', { name: UI.az.back }).click();
  const row = visits.row('Ankara Universiteti nümayəndə heyətinin səfəri');
  await expect(row).toContainText('Mehmet Ali Yılmaz');
  await expect(row.getByRole('cell', { name: '5 qonaq' })).toHaveText('5');
});

test('a visit opened from the list has the page to itself; Back draws the list again', async ({
  page,
  host,
}) => {
  // Arrange: two visits in the list
  await createVisit(host, ISTANBUL);
  await createVisit(host, { ...ISTANBUL, title: 'Visit of the University of Tartu', partnerCountry: 'EE' });
  const visits = new VisitsPage(page);
  await visits.open(host);
  await expect(visits.rows).toHaveCount(2);

  // Act
  await visits.row(ISTANBUL.title).getByRole('link').click();

  // Assert: the list, left hidden while the visit is drawn, is taken down once the visit is on screen
  await visits.expectVisitPage(ISTANBUL.title);
  await expect(visits.rows).toHaveCount(0);
  await expect(page.locator('[inert]')).toHaveCount(0);

  // Act: back to the list
  await page.goBack();

  // Assert: drawn again, and answering clicks
  await expect(visits.rows).toHaveCount(2);
  await visits.row('Visit of the University of Tartu').getByRole('link').click();
  await visits.expectVisitPage('Visit of the University of Tartu');
});

test('filters narrow the list by text and status, and past visits sit under their own heading', async ({
  page,
  host,
}) => {
  await createVisit(host, ISTANBUL);
  await createVisit(host, {
    title: 'Visit of the University of Tartu',
    partnerName: 'University of Tartu',
    partnerCountry: 'EE',
    status: 'planned',
    arrivalDate: '2030-12-02',
    departureDate: '2030-12-04',
  });
  await createVisit(host, {
    title: 'Делегация МГИМО',
    partnerName: 'МГИМО',
    partnerCountry: 'RU',
    status: 'completed',
    arrivalDate: '2024-03-28',
    departureDate: '2024-04-02',
  });
  const visits = new VisitsPage(page);
  await visits.open(host);

  await expect(visits.rows).toHaveCount(3);
  await expect(page.getByRole('heading', { name: UI.az.past })).toBeVisible();
  await expect(visits.table.getByRole('row').last()).toContainText('Делегация МГИМО');
  await expect(visits.rows.first()).toContainText(ISTANBUL.title);

  await visits.filterByText('Tartu');
  await expect(visits.rows).toHaveCount(1);
  await expect(visits.rows).toContainText('Visit of the University of Tartu');

  await visits.filterByText('');
  await expect(visits.rows).toHaveCount(3);
  await visits.filterByStatus(UI.az.status.confirmed);
  await expect(visits.rows).toHaveCount(1);
  await expect(visits.rows).toContainText(ISTANBUL.title);

  await visits.filterByText('Tartu');
  await expect(page.getByText(UI.az.noMatches)).toBeVisible();
  await visits.button(UI.az.clearFilters).first().click();
  await expect(visits.rows).toHaveCount(3);
});

test('a visit that does not exist says so and leads back to the list', async ({ page, host }) => {
  const visits = new VisitsPage(page);
  await visits.open(host);

  await page.goto(`${host.origin}/#/visits/no-such-visit`);

  await expect(page.getByText('Səfər tapılmadı')).toBeVisible();
  await page.getByRole('link', { name: 'Səfərlərin siyahısına qayıt' }).click();
  await expect(visits.pageHeading).toHaveText(UI.az.visits);
});

test('backups: back up now, then restore with a warning first', async ({ page, host }) => {
  await createVisit(host, ISTANBUL);
  const visits = new VisitsPage(page);
  await visits.open(host);
  await page.getByRole('link', { name: 'Ehtiyat nüsxələr' }).click();
  await expect(visits.pageHeading).toHaveText('Ehtiyat nüsxələr');
  await expect(page.getByTestId('data-dir')).toHaveText(host.dataDir);

  await visits.button('İndi ehtiyat nüsxə yarat').click();
  const manual = page.getByTestId('backup-row').filter({ hasText: 'Əl ilə' });
  await expect(manual).toContainText('1 səfər');
  await callApi(host, 'visits.create', { visit: { ...ISTANBUL, title: 'Sonradan əlavə olunan səfər' } });

  await manual.getByRole('button', { name: 'Bərpa et' }).click();
  await expect(visits.dialog).toContainText('Cari vəziyyət əvvəlcə ayrıca ehtiyat nüsxə kimi saxlanılacaq');
  await visits.dialog.getByRole('button', { name: 'Bərpa et' }).click();
  await expect(visits.dialog).toBeHidden();
  await expect(page.getByTestId('backup-row').filter({ hasText: 'Bərpadan əvvəl' })).toContainText('2 səfər');

  await page.getByRole('link', { name: UI.az.visits }).click();
  await expect(visits.rows).toHaveCount(1);
  await expect(visits.rows).toContainText(ISTANBUL.title);
});
