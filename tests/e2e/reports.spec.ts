import { copyFile, mkdir, readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Download, Locator, Page, TestInfo } from '@playwright/test';
import type { GuestInput, VisitInput } from '../../src/shared/domain';
import type { RunningHost } from '../support/web-host';
import { test, expect } from './fixtures';
import { callApi } from './arrange';
import { expectAccessible } from './pages/a11y';

/** Where the page's screenshots are also copied, to be looked at (QONAQ_SHOTS), besides the test's output. */
const SHOTS = process.env.QONAQ_SHOTS;

type Texts = { title: string; partnerName: string };

async function visit(
  host: RunningHost,
  v: Pick<VisitInput, 'partnerCountry' | 'arrivalDate' | 'departureDate' | 'status'> & {
    az: Texts;
    en?: Texts;
    ru: Texts;
  },
): Promise<string> {
  const detail = await callApi(host, 'visits.create', {
    visit: {
      title: v.az.title,
      partnerName: v.az.partnerName,
      partnerCountry: v.partnerCountry,
      status: v.status,
      arrivalDate: v.arrivalDate,
      departureDate: v.departureDate,
      lang: 'az',
      translations: { ru: v.ru, ...(v.en ? { en: v.en } : {}) },
    },
  });
  return detail.visit.id;
}

async function guest(
  host: RunningHost,
  visitId: string,
  n: number,
  g: Pick<GuestInput, 'category' | 'role'>,
) {
  await callApi(host, 'guests.add', {
    visitId,
    guest: {
      ...g,
      gender: 'male',
      surname: `GUEST${'ABCDEFGH'[n]}`,
      givenNames: 'Ali',
      citizenship: 'TR',
      passport: {
        number: `U9000000${n}`,
        issuingCountry: 'TR',
        issueDate: '2022-01-10',
        expiryDate: '2031-01-09',
      },
    },
  });
}

const ANKARA: Texts = { title: 'Ankara Universiteti nümayəndə heyəti', partnerName: 'Ankara Universiteti' };
const ANKARA_EN: Texts = { title: 'Delegation of Ankara University', partnerName: 'Ankara University' };
const ANKARA_RU: Texts = { title: 'Делегация Анкарского университета', partnerName: 'Анкарский университет' };

/**
 * In the first quarter of 2026: two visits from Türkiye (three guests, 3 + 3 + 2 nights), one from
 * Germany with no guests (its title not yet written in English), one cancelled; in the quarter before,
 * one visit from Türkiye.
 */
async function seed(host: RunningHost): Promise<void> {
  const a = await visit(host, {
    partnerCountry: 'TR',
    status: 'completed',
    arrivalDate: '2026-02-10',
    departureDate: '2026-02-13',
    az: ANKARA,
    en: ANKARA_EN,
    ru: ANKARA_RU,
  });
  await guest(host, a, 1, { category: 'delegationMember', role: 'head' });
  await guest(host, a, 2, { category: 'expert', role: 'member' });
  const b = await visit(host, {
    partnerCountry: 'TR',
    status: 'completed',
    arrivalDate: '2026-03-02',
    departureDate: '2026-03-04',
    az: { title: 'Hacettepe tələbələri', partnerName: 'Hacettepe Universiteti' },
    en: { title: 'Hacettepe students', partnerName: 'Hacettepe University' },
    ru: { title: 'Студенты Хаджеттепе', partnerName: 'Университет Хаджеттепе' },
  });
  await guest(host, b, 3, { category: 'student', role: 'member' });
  await visit(host, {
    partnerCountry: 'DE',
    status: 'confirmed',
    arrivalDate: '2026-01-20',
    departureDate: '2026-01-21',
    az: { title: 'Heydelberq Universitetinin rektoru', partnerName: 'Heydelberq Universiteti' },
    ru: { title: 'Ректор Гейдельбергского университета', partnerName: 'Гейдельбергский университет' },
  });
  await visit(host, {
    partnerCountry: 'DE',
    status: 'cancelled',
    arrivalDate: '2026-03-10',
    departureDate: '2026-03-12',
    az: { title: 'Ləğv edilmiş səfər', partnerName: 'Münhen Texniki Universiteti' },
    ru: { title: 'Отменённый визит', partnerName: 'Мюнхенский технический университет' },
  });
  const before = await visit(host, {
    partnerCountry: 'TR',
    status: 'completed',
    arrivalDate: '2025-11-05',
    departureDate: '2025-11-07',
    az: ANKARA,
    en: ANKARA_EN,
    ru: ANKARA_RU,
  });
  await guest(host, before, 4, { category: 'expert', role: 'head' });
}

async function saved(download: Promise<Download>, info: TestInfo, name: string): Promise<Buffer> {
  const path = info.outputPath(name);
  await (await download).saveAs(path);
  return readFile(path);
}

async function shot(page: Page, info: TestInfo, name: string): Promise<void> {
  const path = info.outputPath(name);
  await page.screenshot({ path, fullPage: true });
  if (SHOTS) {
    await mkdir(SHOTS, { recursive: true });
    await copyFile(path, `${SHOTS}/${name}`);
  }
}

const row = (section: Locator, name: string) =>
  section.getByRole('row', { name: new RegExp(`^${name}(\\s|$)`) });

test('a quarter’s figures on the Reports page, compared with the quarter before, exported as .docx and .xlsx', async ({
  page,
  host,
}, info) => {
  // Arrange
  await seed(host);
  await page.goto(host.url);
  await page.getByRole('link', { name: 'Hesabatlar' }).click();

  // Act: the first quarter of 2026
  const picker = page.getByRole('group', { name: 'Dövr' });
  await picker.getByText('I rüb', { exact: true }).click();

  // Assert: the figures of what was seeded (the cancelled visit only among the statuses)
  const report = page.getByTestId('report');
  await expect(report.getByRole('status')).toContainText('1 yanvar – 31 mart 2026');
  await expect(page.getByTestId('headline-visits').getByTestId('figure')).toHaveText('3');
  await expect(page.getByTestId('headline-guests').getByTestId('figure')).toHaveText('3');
  await expect(page.getByTestId('headline-guestNights').getByTestId('figure')).toHaveText('8');
  const byCountry = page.getByTestId('visitsByCountry');
  await expect(row(byCountry, 'Türkiyə').getByRole('cell')).toHaveText(['2']);
  await expect(row(byCountry, 'Almaniya').getByRole('cell')).toHaveText(['1']);
  await expect(row(page.getByTestId('visitsByStatus'), 'Ləğv edilib').getByRole('cell')).toHaveText(['1']);
  await expect(byCountry.getByRole('img', { name: /Səfərlər ölkəyə görə/ })).toBeVisible();
  const visits = page.getByTestId('report-visits');
  await expect(visits.getByRole('row')).toHaveCount(4);
  await expect(visits.getByRole('link', { name: ANKARA.title })).toHaveAttribute('href', /^#\/visits\//);

  // Act: beside the quarter before
  await page.getByRole('switch', { name: 'Əvvəlki dövrlə müqayisə et' }).check();

  // Assert
  const visitsFigure = page.getByTestId('headline-visits');
  await expect(visitsFigure).toContainText('Əvvəlki dövrdə: 1');
  await expect(visitsFigure).toContainText('Dəyişiklik: +2 (+200%)');
  await expect(report.getByRole('status')).toContainText('Əvvəlki dövr: 1 oktyabr – 31 dekabr 2025');
  await expect(row(byCountry, 'Türkiyə').getByRole('cell')).toHaveText(['2', '1', '+1 (+100%)']);
  await shot(page, info, 'reports-az.png');
  await expectAccessible(page, 'az', 'the Reports page, compared');

  // Act: the report as .docx, then its tables as .xlsx
  const docxDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: '.docx ixrac et' }).click();
  const docx = await saved(docxDownload, info, 'report.docx');
  const xlsxDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: '.xlsx ixrac et' }).click();
  const xlsx = await saved(xlsxDownload, info, 'report.xlsx');

  // Assert: both files are there; the workbook opens and gives the quarter's visits
  expect(docx.subarray(0, 2).toString()).toBe('PK');
  expect(docx.length).toBeGreaterThan(1000);
  expect(xlsx.subarray(0, 2).toString()).toBe('PK');
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(info.outputPath('report.xlsx'));
  const figure = findRow(book, 'Qəbul edilmiş səfərlər');
  expect(figure?.[0]).toBe(3);
});

/** The numbers after the first cell of the first row, in any sheet, whose first cell is `label`. */
function findRow(book: ExcelJS.Workbook, label: string): unknown[] | undefined {
  for (const sheet of book.worksheets) {
    for (let r = 1; r <= sheet.rowCount; r += 1) {
      const values = sheet.getRow(r).values;
      if (!Array.isArray(values)) continue;
      // ExcelJS numbers cells from 1: values[0] is empty.
      if (values[1] === label) return values.slice(2);
    }
  }
  return undefined;
}

test('an export refused for a text not yet in its language asks for it, then goes through; the page in Russian', async ({
  page,
  host,
}, info) => {
  // Arrange: the German visit's title exists in Azerbaijani and Russian only
  await seed(host);
  await page.goto(host.url);
  await page.getByRole('link', { name: 'Hesabatlar' }).click();
  await page.getByRole('group', { name: 'Dövr' }).getByText('I rüb', { exact: true }).click();
  await expect(page.getByTestId('headline-visits').getByTestId('figure')).toHaveText('3');

  // Act: the report in English
  await page.getByRole('combobox', { name: 'Faylların dili' }).click();
  await page.getByRole('option', { name: 'İngilis dili' }).click();
  await page.getByRole('button', { name: '.docx ixrac et' }).click();

  // Assert: the title to write, shown as typed
  const dialog = page.getByRole('dialog', { name: 'İxracdan əvvəl yazılmalı mətnlər' });
  await expect(dialog.getByTestId('missing-text-original')).toHaveText([
    'Heydelberq Universitetinin rektoru',
  ]);
  await expect(dialog.getByRole('button', { name: 'Yenidən ixrac et' })).toBeDisabled();
  await expectAccessible(page, 'az', 'the texts a report export was refused for', '[role="dialog"]');

  // Act: written in English and saved, then the same export again
  await dialog.getByRole('textbox').fill('Rector of Heidelberg University');
  await dialog.getByRole('button', { name: /mətni saxla/ }).click();
  const retry = dialog.getByRole('button', { name: 'Yenidən ixrac et' });
  await expect(retry).toBeEnabled();
  const download = page.waitForEvent('download');
  await retry.click();

  // Assert: the English report is downloaded; the dialog closes
  const docx = await saved(download, info, 'report-en.docx');
  expect(docx.length).toBeGreaterThan(1000);
  await expect(dialog).toBeHidden();

  // Act: the page in Russian, compared with the quarter before
  await callApi(host, 'settings.update', { uiLanguage: 'ru' });
  await page.reload();
  await page.getByRole('switch', { name: 'Сравнить с предыдущим периодом' }).check();

  // Assert: the period kept across the reload, the figures in Russian
  await expect(page.getByTestId('headline-visits')).toContainText('В предыдущем периоде: 1');
  await expect(row(page.getByTestId('visitsByCountry'), 'Турция').getByRole('cell')).toHaveText([
    '2',
    '1',
    '+1 (+100\u202f%)',
  ]);
  await shot(page, info, 'reports-ru.png');
  await expectAccessible(page, 'ru', 'the Reports page, compared');
});

test('two dates of the officer’s choosing; a chart keeps to the twelve largest, its table lists every one', async ({
  page,
  host,
}) => {
  // Arrange: in June 2026, visits from fourteen countries, Türkiye twice
  const countries = [
    'TR',
    'TR',
    'DE',
    'FR',
    'IT',
    'ES',
    'PL',
    'CZ',
    'HU',
    'RO',
    'BG',
    'GR',
    'GE',
    'KZ',
    'UZ',
  ];
  for (const [i, country] of countries.entries()) {
    const day = String(i + 1).padStart(2, '0');
    await visit(host, {
      partnerCountry: country,
      status: 'confirmed',
      arrivalDate: `2026-06-${day}`,
      departureDate: `2026-06-${day}`,
      az: { title: `Səfər ${country}`, partnerName: `Universitet ${country}` },
      ru: { title: `Визит ${country}`, partnerName: `Университет ${country}` },
    });
  }
  await page.goto(host.url);
  await page.getByRole('link', { name: 'Hesabatlar' }).click();

  // Act: from 1 to 30 June, typed
  const picker = page.getByRole('group', { name: 'Dövr' });
  await picker.getByText('Tarixlər', { exact: true }).click();
  const from = page.getByRole('textbox', { name: 'Başlanğıc' });
  await from.fill('01.06.2026');
  await from.press('Enter');
  const to = page.getByRole('textbox', { name: 'Son' });
  await to.fill('30.06.2026');
  await to.press('Enter');

  // Assert
  await expect(page.getByTestId('report').getByRole('status')).toContainText('1–30 iyun 2026');
  await expect(page.getByTestId('headline-visits').getByTestId('figure')).toHaveText('15');
  const byCountry = page.getByTestId('visitsByCountry');
  await expect(byCountry.getByRole('img', { name: /^Sütunlu diaqram/ })).toHaveAccessibleName(
    'Sütunlu diaqram: Səfərlər ölkəyə görə. Eyni rəqəmlər aşağıdakı cədvəldədir. Diaqram ən böyük 12 rəqəmi göstərir; cədvəldə hamısı var (14).',
  );
  await expect(byCountry.locator('.recharts-bar-rectangle')).toHaveCount(12);
  await expect(byCountry.getByRole('table').getByRole('row')).toHaveCount(1 + 14 + 1);
  await expect(row(byCountry, 'Türkiyə').getByRole('cell')).toHaveText(['2']);
});
