import { mkdir, readFile } from 'node:fs/promises';
import { test, expect } from './fixtures';
import { callApi } from './arrange';
import { arrangeTwoGuests } from './pages/itinerary-data';
import { docxTexts } from './pages/print-data';
import { PrintView } from './pages/print-view';
import { expectAccessible } from './pages/a11y';

/** Where screenshots go when a person wants to look at them (`QONAQ_SHOTS=/tmp/shots`). */
const SHOTS = process.env.QONAQ_SHOTS;

test("a guest's itinerary opens from the guest's row in the guest's language, holds only their programme, and exports as .docx", async ({
  page,
  host,
}, testInfo) => {
  // Arrange: two guests on different items; the app in English, Ayşe's letters in Russian
  await callApi(host, 'settings.update', { uiLanguage: 'en' });
  const { visitId } = await arrangeTwoGuests(host);
  const view = new PrintView(page);
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/visits/${visitId}`);

  // Act: the itinerary action on Ayşe's row
  await page.getByRole('button', { name: 'Itinerary of Ayşe Öztürk' }).click();

  // Assert: her programme in Russian, under the letterhead, with nothing of Mehmet's
  await expect(view.sheet).toContainText('Программа пребывания');
  for (const expected of [
    'Бакинский государственный университет',
    'Гость: Айше Озтюрк',
    'Визит: Делегация Университета Анкары',
    'Прибытие · Рейс LH 1742',
    'Встреча с ректором',
    'Лаборатории',
    'Отель Кавказ',
    'Номер 512',
    'Номер подтверждения брони: QF-1001',
    'Контакт для экстренной связи',
    'Лейла Мамедова',
  ])
    await expect(view.sheet).toContainText(expected);
  for (const other of ['Leyla Məmmədova', 'Библиотека', 'YILDIRIM', 'TK 334', '514', 'QF-2002', '06:00'])
    await expect(view.sheet).not.toContainText(other);
  if (SHOTS) {
    await mkdir(SHOTS, { recursive: true });
    await page.screenshot({ path: `${SHOTS}/itinerary-ru.png`, fullPage: true });
  }

  // Act: export the .docx (the browser host downloads it)
  const download = page.waitForEvent('download');
  await view.toolbar.getByRole('button', { name: 'Export .docx' }).click();
  const file = await download;
  const path = testInfo.outputPath(file.suggestedFilename());
  await file.saveAs(path);

  // Assert: LibreOffice reads the same itinerary out of it
  expect(file.suggestedFilename()).toBe('Программа пребывания Айше Озтюрк RU.docx');
  const [text = ''] = await docxTexts([{ name: 'a.docx', bytes: await readFile(path) }]);
  expect(text).toContain('Номер подтверждения брони: QF-1001');
  expect(text).toContain('Лаборатории');
  expect(text).not.toContain('Библиотека');
});

test('itineraries for all guests: one file per guest, each in its guest language, after a progress bar', async ({
  page,
  host,
}, testInfo) => {
  // Arrange
  await callApi(host, 'settings.update', { uiLanguage: 'en' });
  const { visitId } = await arrangeTwoGuests(host);
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/visits/${visitId}`);
  await page.getByRole('button', { name: 'Itineraries for all guests' }).click();
  const dialog = page.getByRole('dialog', { name: 'Itineraries for all guests' });
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/itineraries-dialog.png` });

  // Act
  const names: string[] = [];
  const saved: Promise<void>[] = [];
  page.on('download', (d) => {
    names.push(d.suggestedFilename());
    saved.push(d.saveAs(testInfo.outputPath(d.suggestedFilename())));
  });
  await dialog.getByRole('button', { name: 'Make the files' }).click();

  // Assert: both files, named for their guests in their languages
  await expect(dialog.getByTestId('itineraries-done')).toContainText('The file is downloading.');
  await expect.poll(() => names.length).toBe(2);
  await Promise.all(saved);
  expect(names.sort()).toEqual([
    'Itinerary Mehmet YILDIRIM EN.docx',
    'Программа пребывания Айше Озтюрк RU.docx',
  ]);
  const [mehmet = ''] = await docxTexts([
    { name: 'm.docx', bytes: await readFile(testInfo.outputPath('Itinerary Mehmet YILDIRIM EN.docx')) },
  ]);
  expect(mehmet).toContain('Library tour');
  expect(mehmet).not.toContain('Laboratories');
});

test("the drivers' run sheet of a day opens from Today: each drive under its driver, airport to hotel, with flight and phones", async ({
  page,
  host,
}) => {
  // Arrange: Ayşe is met by Vüqar; nobody is assigned to Mehmet's flight yet
  await callApi(host, 'settings.update', { uiLanguage: 'en' });
  await arrangeTwoGuests(host);
  const view = new PrintView(page);
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/today/2026-05-12`);

  // Act
  await page.getByRole('link', { name: "Driver's run sheet" }).click();

  // Assert
  await expect(view.sheet).toContainText("Driver's run sheet for 12 May 2026");
  const drivers = view.sheet.getByTestId('run-sheet-driver');
  await expect(drivers).toHaveCount(2);
  await expect(drivers.nth(0)).toContainText('Driver: Vüqar · Car: Kia 10-AB-123');
  for (const expected of [
    '06:00',
    'scheduled 07:05',
    'GYD',
    'Qafqaz Hotel, 1 Azadlig Avenue',
    'Arrival: LH 1742',
    'Ayşe Öztürk',
  ])
    await expect(drivers.nth(0)).toContainText(expected);
  await expect(drivers.nth(1)).toContainText('No driver assigned');
  await expect(drivers.nth(1)).toContainText('Mehmet YILDIRIM: +90 532 000 11 22');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/run-sheet-en.png`, fullPage: true });
});

test("a host's briefing card opens from a programme item: who comes, with their positions", async ({
  page,
  host,
}) => {
  // Arrange: the meeting with the rector is for both guests
  await callApi(host, 'settings.update', { uiLanguage: 'en' });
  const { visitId } = await arrangeTwoGuests(host);
  const view = new PrintView(page);
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/visits/${visitId}`);

  const link = page.getByRole('link', { name: 'Briefing card for the host: Meeting the Rector' });
  await expect(link).toBeVisible();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/visit-page.png`, fullPage: true });

  // Act
  await link.click();

  // Assert
  await expect(view.sheet).toContainText('Briefing card: Meeting the Rector');
  await expect(view.sheet).toContainText('13 May 2026, 10:00–11:00');
  await expect(view.sheet.getByTestId('briefing-guest')).toHaveCount(2);
  await expect(view.sheet).toContainText('Ayşe Öztürk');
  await expect(view.sheet).toContainText('Mehmet YILDIRIM');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/briefing-en.png`, fullPage: true });
});

test('an itinerary asks first for a text not written in its language, and shows the sheet once it is given', async ({
  page,
  host,
}) => {
  // Arrange: a dinner for everyone, titled in English only; Ayşe's itinerary is in Russian
  await callApi(host, 'settings.update', { uiLanguage: 'en' });
  const { visitId, ayse } = await arrangeTwoGuests(host);
  await callApi(host, 'programme.save', {
    visitId,
    item: {
      type: 'meal',
      title: 'Dinner in the Old City',
      lang: 'en',
      startDate: '2026-05-13',
      startTime: '19:00',
      endDate: '2026-05-13',
      endTime: '21:00',
    },
  });
  const view = new PrintView(page);
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/print/visit/${visitId}/guest/${ayse}`);

  // Assert: the title is asked for in Russian, and no sheet is shown meanwhile
  const asked = page.getByTestId('print-missing-texts');
  await expect(asked).toContainText('Dinner in the Old City');
  await expect(view.sheet.getByTestId('print-itinerary-sheet')).toHaveCount(0);

  // Act: write it in Russian and save
  await asked.getByRole('textbox').fill('Ужин в Старом городе');
  await asked.getByRole('button', { name: 'Save 1 text' }).click();

  // Assert: the sheet, with the Russian title
  await expect(view.sheet.getByTestId('print-itinerary-sheet')).toContainText('Ужин в Старом городе');
  await expect(asked).toHaveCount(0);
});

for (const lang of ['az', 'ru'] as const) {
  test(`the itinerary, the run sheet, the briefing card and the bulk dialog pass axe in ${lang}`, async ({
    page,
    host,
  }) => {
    test.setTimeout(120_000);
    // Arrange
    await callApi(host, 'settings.update', { uiLanguage: lang });
    const { visitId, ayse } = await arrangeTwoGuests(host);
    const { visit } = await callApi(host, 'visits.get', { id: visitId });
    const itemId = visit.programme[0]?.id ?? '';
    const view = new PrintView(page);
    await page.goto(host.url);

    // Act and assert: each page, then the dialog on the visit's page
    for (const [name, hash] of [
      ['itinerary', `#/print/visit/${visitId}/guest/${ayse}`],
      ['run sheet', '#/print/runs/2026-05-12'],
      ['briefing card', `#/print/visit/${visitId}/item/${itemId}`],
    ] as const) {
      await page.goto(`${host.origin}/${hash}`);
      await expect(view.sheet.locator('article')).toBeVisible();
      await expectAccessible(page, lang, name);
    }
    await page.goto(`${host.origin}/#/visits/${visitId}`);
    const bulk = lang === 'az' ? 'Bütün qonaqların səfər proqramları' : 'Программы пребывания всех гостей';
    await page.getByRole('button', { name: bulk }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectAccessible(page, lang, 'itineraries dialog', '[role="dialog"]');
  });
}
