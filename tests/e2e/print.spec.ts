import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { test, expect } from './fixtures';
import { callApi } from './arrange';
import {
  arrangeBusyDay,
  arrangeFiveDayVisit,
  BUSY_DAY,
  docxTexts,
  FIVE_DAYS,
  pdfText,
  positions,
} from './pages/print-data';
import { PrintView } from './pages/print-view';

/** Where pictures of printed pages go when a person wants to look at them (`QONAQ_SHOTS=/tmp/shots`). */
const SHOTS = process.env.QONAQ_SHOTS;

async function keep(name: string, pdf: Buffer): Promise<void> {
  if (!SHOTS) return;
  await mkdir(SHOTS, { recursive: true });
  await writeFile(`${SHOTS}/${name}.pdf`, pdf);
}

test('the busy day prints every item of three visits in time order, with running header and page numbers', async ({
  page,
  host,
}) => {
  // Arrange: three visits on 13 May 2026 with arrivals, departures, hotel moves and 17 items
  await callApi(host, 'settings.update', { uiLanguage: 'en' });
  const { itemTitles } = await arrangeBusyDay(host);
  const view = new PrintView(page);

  // Act: open the day's print view and print it to PDF
  await view.open(host, `#/print/day/${BUSY_DAY}`);
  await expect(view.sheet).toContainText('Daily schedule for 13 May 2026');
  const pdf = await view.pdf();
  await keep('day-en', pdf);
  const { text, pages } = await pdfText(pdf);

  // Assert: every item once and in order, the day's journeys and hotel moves, the page furniture
  const at = positions(text, itemTitles);
  expect(
    at.every((p) => p >= 0),
    `missing: ${itemTitles.filter((_, i) => (at[i] ?? -1) < 0).join(', ')}`,
  ).toBe(true);
  expect([...at].sort((a, b) => a - b)).toEqual(at);
  for (const expected of [
    'LH 1742',
    'TK 335',
    'J2 811',
    'Jonas Weber',
    'Vüqar',
    'Qafqaz Hotel',
    'Ivan Petrov',
    'МГУ',
    'Baku State University',
  ]) {
    expect(text).toContain(expected);
  }
  expect(pages).toBeGreaterThanOrEqual(2);
  expect(text).toContain(`Page 1 of ${pages}`);
  expect(text).toContain(`Page ${pages} of ${pages}`);
  expect(text).not.toContain('Export .docx');
  if (SHOTS) {
    for (const [name, language] of [
      ['Azərbaycanca', 'az'],
      ['Русский', 'ru'],
    ] as const) {
      await view.chooseLanguage(name);
      await expect(view.sheet.locator('article')).toHaveAttribute('lang', language);
      await keep(`day-${language}`, await view.pdf());
    }
  }
});

for (const [language, name, day1, pageWord, dayWord] of [
  ['az', 'Azərbaycanca', '1-ci gün', 'Səhifə 1 /', '5-ci gün'],
  ['en', 'English', 'Day 1', 'Page 1 of', 'Day 5'],
  ['ru', 'Русский', 'День 1', 'Страница 1 из', 'День 5'],
] as const) {
  test(`a five-day programme prints for its guests in ${language}: every day, every item in its language and in order`, async ({
    page,
    host,
  }) => {
    // Arrange: a visit of 12-16 May with ten items titled in three languages, in the English UI
    await callApi(host, 'settings.update', { uiLanguage: 'en' });
    const visitId = await arrangeFiveDayVisit(host);
    const view = new PrintView(page);
    await view.open(host, `#/print/visit/${visitId}`);

    // Act: choose the guests' language and print
    await view.chooseLanguage(name);
    await expect(view.sheet.getByTestId('programme-day')).toHaveCount(5);
    await expect(view.sheet.getByTestId('programme-day').first()).toContainText(day1);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/programme-screen-${language}.png` });
    const pdf = await view.pdf();
    await keep(`programme-${language}`, pdf);
    const { text, pages } = await pdfText(pdf);

    // Assert: the letterhead, five days, every title in the chosen language in order, journeys, hotel, contact
    const titles = FIVE_DAYS.map(([, , , t]) => t[language]);
    const at = positions(text, titles);
    expect(
      at.every((p) => p >= 0),
      `missing: ${titles.filter((_, i) => (at[i] ?? -1) < 0).join(', ')}`,
    ).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(text).toContain(dayWord);
    const officer = language === 'ru' ? 'Нигяр Алиева' : 'Nigar Əliyeva';
    for (const expected of ['TK 334', 'TK 335', 'Qafqaz Hotel', officer, '+994 50 123 45 67'])
      expect(text).toContain(expected);
    expect(text).toContain(pageWord);
    expect(text).toContain(
      {
        az: 'Bakı Dövlət Universiteti',
        en: 'Baku State University',
        ru: 'Бакинский государственный университет',
      }[language],
    );
    expect(pages).toBeGreaterThanOrEqual(1);
  });
}

test('the busy day in Russian, landscape and by visit; its .docx export reads back in the same order', async ({
  page,
  host,
}) => {
  // Arrange: the busy day, in the English UI
  await callApi(host, 'settings.update', { uiLanguage: 'en' });
  const { itemTitles } = await arrangeBusyDay(host);
  const view = new PrintView(page);
  await view.open(host, `#/print/day/${BUSY_DAY}`);

  // Act: Russian, landscape, grouped by visit; print; then export .docx
  await view.chooseLanguage('Русский');
  await page.getByText('Landscape', { exact: true }).click();
  await page.getByText('By visit', { exact: true }).click();
  await expect(view.sheet).toContainText('Расписание на 13 мая 2026');
  await expect(view.sheet.getByTestId('print-visit-group')).toHaveCount(3);
  const pdf = await view.pdf();
  await keep('day-ru-landscape', pdf);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export .docx' }).click();
  const file = await download;
  const bytes = await readFile(await file.path());

  // Assert: landscape pages numbered in Russian; grouped by visit, each visit's items in time order
  const printed = await pdfText(pdf);
  expect(printed.landscape).toBe(true);
  expect(printed.text).toContain(`Страница 1 из ${printed.pages}`);
  for (const prefix of ['A', 'B', 'C']) {
    const own = itemTitles.filter((t) => t.startsWith(prefix));
    const at = positions(printed.text, own);
    expect(at.every((p) => p >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  }
  expect(file.suggestedFilename()).toBe('Расписание дня 2026-05-13.docx');
  const [text = ''] = await docxTexts([{ name: file.suggestedFilename(), bytes }]);
  const at = positions(text, itemTitles);
  expect(
    at.every((p) => p >= 0),
    text,
  ).toBe(true);
  expect([...at].sort((a, b) => a - b)).toEqual(at);
  expect(text).toContain('Иван Петров');
  expect(text).toMatch(/Страница 1 из \d/);
});
