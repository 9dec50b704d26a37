import { readFile } from 'node:fs/promises';
import type { Page, TestInfo } from '@playwright/test';
import { test, expect } from './fixtures';
import { callApi, createVisit } from './arrange';
import { expectAccessible, words } from './pages/a11y';
import { ProgrammeSection } from './pages/programme-section';
import { importInto, readIcs, type ReadEvent } from '../support/ics-reader';

/** Where pictures go when a person wants to look at them (`QONAQ_SHOTS=/tmp/shots`). */
const SHOTS = process.env.QONAQ_SHOTS;

/** Clicks Export in the dialog and reads the file the browser downloads. */
async function exported(
  page: Page,
  info: TestInfo,
  name: string,
  button = 'Export',
): Promise<{ fileName: string; text: string }> {
  const download = page.waitForEvent('download');
  await page.getByRole('dialog').getByRole('button', { name: button, exact: true }).click();
  const file = await download;
  const path = info.outputPath(`${name}.ics`);
  await file.saveAs(path);
  return { fileName: file.suggestedFilename(), text: await readFile(path, 'utf8') };
}

test('a visit’s programme and one guest’s items go to a calendar in Russian, imported twice without a duplicate', async ({
  page,
  host,
}, info) => {
  // Arrange: a visit of two guests; a meeting for all, a lecture for one of them (not yet titled in Russian)
  await callApi(host, 'settings.update', { uiLanguage: 'en' });
  const visit = await createVisit(host, {
    title: 'Ankara University delegation',
    lang: 'en',
    translations: { ru: { title: 'Делегация Университета Анкары' } },
    arrivalDate: '2026-05-12',
    departureDate: '2026-05-15',
  });
  const noJourney = { arrival: {}, departure: {} };
  const passport = (number: string) => ({
    number,
    issuingCountry: 'TR',
    issueDate: '2022-06-15',
    expiryDate: '2030-06-14',
  });
  const base = {
    role: 'member',
    category: 'expert',
    gender: 'female',
    citizenship: 'TR',
    ...noJourney,
  } as const;
  await callApi(host, 'guests.add', {
    visitId: visit.id,
    guest: { ...base, surname: 'ÖZTÜRK', givenNames: 'Ayşe', passport: passport('U23456789') },
  });
  const added = await callApi(host, 'guests.add', {
    visitId: visit.id,
    guest: { ...base, gender: 'male', surname: 'KAYA', givenNames: 'Burak', passport: passport('B7654321') },
  });
  const burak = added.visit.guests.find((g) => g.surname === 'KAYA');
  if (!burak) throw new Error('Burak was not added');
  const day = { startDate: '2026-05-13', endDate: '2026-05-13' };
  await callApi(host, 'programme.save', {
    visitId: visit.id,
    item: {
      ...day,
      title: 'Meeting with the rector',
      startTime: '10:00',
      endTime: '11:00',
      venue: 'Main building',
      hosts: ['Rector'],
      lang: 'en',
      translations: { ru: { title: 'Встреча с ректором', venue: 'Главный корпус', hosts: 'Ректор' } },
    },
  });
  await callApi(host, 'programme.save', {
    visitId: visit.id,
    item: {
      ...day,
      title: 'Lecture',
      startTime: '14:00',
      endTime: '15:00',
      allGuests: false,
      guestIds: [burak.id],
      lang: 'en',
    },
  });
  const programme = new ProgrammeSection(page);
  await programme.open(host, visit.id);

  // Act: export the whole programme in Russian
  await programme.section.getByRole('button', { name: 'Export to calendar (.ics)' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export to calendar' });
  await dialog.getByTestId('ics-language').click();
  await page.getByRole('option', { name: 'Русский' }).click();

  // Assert: the lecture has no Russian title yet, so the file waits for it
  await expect(dialog.getByTestId('ics-count')).toHaveText('2 events');
  const missing = dialog.getByTestId('missing-texts');
  await expect(missing).toContainText('Lecture');
  await expect(dialog.getByRole('button', { name: 'Export', exact: true })).toBeDisabled();
  if (SHOTS) await dialog.screenshot({ path: `${SHOTS}/ics-missing.png` });

  // Act: write it, then export
  await missing.getByRole('textbox').fill('Лекция');
  await missing.getByRole('button', { name: 'Save 1 text' }).click();
  await expect(missing).toHaveCount(0);
  const whole = await exported(page, info, 'visit');

  // Assert: the file a calendar reads
  expect(whole.fileName).toBe('Делегация Университета Анкары - календарь (RU).ics');
  const calendar = readIcs(whole.text);
  expect(calendar.timezones).toEqual(['Asia/Baku']);
  expect(calendar.events.map((e) => [e.summary, e.location, e.tzid, e.start, e.startUtc])).toEqual([
    ['Встреча с ректором', 'Главный корпус', 'Asia/Baku', '2026-05-13T10:00:00', '2026-05-13T06:00:00.000Z'],
    ['Лекция', '', 'Asia/Baku', '2026-05-13T14:00:00', '2026-05-13T10:00:00.000Z'],
  ]);
  expect(calendar.events.find((e) => e.summary === 'Лекция')?.description).toContain('Гости: Burak KAYA');
  await expect(page.getByText('The calendar file was downloaded.')).toBeVisible();

  // Act: Ayşe's own file, from the same button
  await programme.section.getByRole('button', { name: 'Export to calendar (.ics)' }).click();
  await dialog.getByText('One guest', { exact: true }).click();
  await dialog.getByTestId('ics-guest').click();
  await page.getByRole('option', { name: 'Ayşe ÖZTÜRK' }).click();
  await dialog.getByTestId('ics-language').click();
  await page.getByRole('option', { name: 'Русский' }).click();
  await expect(dialog.getByTestId('ics-count')).toHaveText('1 event');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/ics-guest.png` });
  const ayse = await exported(page, info, 'ayse');

  // Assert: only her item, with the UID the visit's file gave it; both imported twice, two events
  const hers = readIcs(ayse.text).events;
  expect(hers.map((e) => e.summary)).toEqual(['Встреча с ректором']);
  expect(ayse.text).not.toContain('KAYA');
  const merged = new Map<string, ReadEvent>();
  for (const text of [whole.text, ayse.text, whole.text, ayse.text]) importInto(merged, text);
  expect(merged.size).toBe(2);
  expect(calendar.events.map((e) => e.uid)).toContain(hers[0]?.uid);
});

test('Today exports the day across visits', async ({ page, host }, info) => {
  // Arrange
  await callApi(host, 'settings.update', { uiLanguage: 'en' });
  for (const [title, start] of [
    ['Ankara delegation', '09:00'],
    ['Tbilisi delegation', '12:00'],
  ] as const) {
    const visit = await createVisit(host, { title, arrivalDate: '2026-05-12', departureDate: '2026-05-15' });
    await callApi(host, 'programme.save', {
      visitId: visit.id,
      item: {
        title: `${title}: campus tour`,
        startDate: '2026-05-13',
        endDate: '2026-05-13',
        startTime: start,
        endTime: '13:30',
        lang: 'en',
      },
    });
  }
  await page.goto(host.url);
  await expect(page.getByTestId('language-switch')).toBeVisible();
  await page.goto(`${host.origin}/#/today/2026-05-13`);

  // Act
  await page.getByRole('button', { name: 'Export to calendar (.ics)' }).click();
  await expect(page.getByRole('dialog').getByTestId('ics-day')).toContainText('13 May 2026');
  await expect(page.getByRole('dialog').getByTestId('ics-count')).toHaveText('2 events');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/ics-today.png` });
  const file = await exported(page, info, 'day');

  // Assert
  expect(file.fileName).toBe('Programme of 2026-05-13 - calendar (EN).ics');
  expect(readIcs(file.text).events.map((e) => e.summary)).toEqual([
    'Ankara delegation: campus tour',
    'Tbilisi delegation: campus tour',
  ]);
});

for (const lang of ['az', 'ru'] as const) {
  test(`one host's items go to a calendar from an interface in ${lang}, the dialog accessible`, async ({
    page,
    host,
  }, info) => {
    // Arrange: two items, one received by the rector
    await callApi(host, 'settings.update', { uiLanguage: lang });
    const visit = await createVisit(host, {
      title: 'Ankara',
      lang: 'en',
      translations: { az: { title: 'Ankara' }, ru: { title: 'Анкара' } },
      arrivalDate: '2026-05-12',
      departureDate: '2026-05-15',
    });
    const day = { startDate: '2026-05-13', endDate: '2026-05-13', lang: 'en' } as const;
    await callApi(host, 'programme.save', {
      visitId: visit.id,
      item: {
        ...day,
        title: 'Meeting with the rector',
        startTime: '10:00',
        endTime: '11:00',
        hosts: ['Rector'],
        translations: {
          az: { title: 'Rektorla görüş', hosts: 'Rektor' },
          ru: { title: 'Встреча с ректором', hosts: 'Ректор' },
        },
      },
    });
    await callApi(host, 'programme.save', {
      visitId: visit.id,
      item: {
        ...day,
        title: 'Lunch',
        startTime: '12:00',
        endTime: '13:00',
        translations: { az: { title: 'Nahar' }, ru: { title: 'Обед' } },
      },
    });
    await page.goto(host.url);
    await expect(page.getByTestId('language-switch')).toBeVisible();
    await page.goto(`${host.origin}/#/visits/${visit.id}`);

    // Act: the rector's items, titles in the interface's language
    await page.getByRole('button', { name: words(lang, 'ics.action') }).click();
    const dialog = page.getByRole('dialog', { name: words(lang, 'ics.dialog.title') });
    await dialog.getByText(words(lang, 'ics.dialog.scopes.host'), { exact: true }).click();
    await dialog.getByTestId('ics-host').click();
    await page.getByRole('option', { name: 'Rector' }).click();

    // Assert: one event, and the dialog passes axe with no control named in English
    await expect(dialog.getByTestId('ics-count')).toHaveText(lang === 'az' ? '1 tədbir' : '1 событие');
    await expectAccessible(page, lang, 'calendar export', '[role="dialog"]');
    if (SHOTS) await dialog.screenshot({ path: `${SHOTS}/ics-host-${lang}.png` });
    const file = await exported(page, info, `host-${lang}`, words(lang, 'ics.dialog.export'));
    expect(readIcs(file.text).events.map((e) => e.summary)).toEqual([
      lang === 'az' ? 'Rektorla görüş' : 'Встреча с ректором',
    ]);
    expect(file.fileName).toBe(lang === 'az' ? 'Rektor - təqvim (AZ).ics' : 'Ректор - календарь (RU).ics');
  });
}

test('a guest’s row exports that guest’s items', async ({ page, host }, info) => {
  // Arrange: two guests, a lecture for one of them and a dinner for all
  await callApi(host, 'settings.update', { uiLanguage: 'en' });
  const visit = await createVisit(host, {
    title: 'Ankara',
    arrivalDate: '2026-05-12',
    departureDate: '2026-05-15',
  });
  const base = {
    role: 'member',
    category: 'expert',
    gender: 'female',
    citizenship: 'TR',
    arrival: {},
    departure: {},
  } as const;
  const passport = { issuingCountry: 'TR', issueDate: '2022-06-15', expiryDate: '2030-06-14' };
  await callApi(host, 'guests.add', {
    visitId: visit.id,
    guest: { ...base, surname: 'ÖZTÜRK', givenNames: 'Ayşe', passport: { ...passport, number: 'U23456789' } },
  });
  const added = await callApi(host, 'guests.add', {
    visitId: visit.id,
    guest: { ...base, surname: 'KAYA', givenNames: 'Burak', passport: { ...passport, number: 'B7654321' } },
  });
  const burak = added.visit.guests.find((g) => g.surname === 'KAYA');
  if (!burak) throw new Error('Burak was not added');
  const day = { startDate: '2026-05-13', endDate: '2026-05-13', lang: 'en' } as const;
  await callApi(host, 'programme.save', {
    visitId: visit.id,
    item: {
      ...day,
      title: 'Lecture',
      startTime: '10:00',
      endTime: '11:00',
      allGuests: false,
      guestIds: [burak.id],
    },
  });
  await callApi(host, 'programme.save', {
    visitId: visit.id,
    item: { ...day, title: 'Dinner', startTime: '19:00', endTime: '21:00' },
  });
  await page.goto(host.url);
  await expect(page.getByTestId('language-switch')).toBeVisible();
  await page.goto(`${host.origin}/#/visits/${visit.id}`);

  const action = page.getByRole('button', { name: 'Export the items of Ayşe ÖZTÜRK to a calendar (.ics)' });
  await expect(action).toBeVisible();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/ics-guest-row.png` });

  // Act
  await action.click();

  // Assert: the dialog is open on her items, and her file holds the dinner only
  const dialog = page.getByRole('dialog', { name: 'Export to calendar' });
  await expect(dialog.getByRole('radio', { name: 'One guest' })).toBeChecked();
  await expect(dialog.getByTestId('ics-guest')).toHaveValue('Ayşe ÖZTÜRK');
  await expect(dialog.getByTestId('ics-count')).toHaveText('1 event');
  const file = await exported(page, info, 'row');
  expect(readIcs(file.text).events.map((e) => e.summary)).toEqual(['Dinner']);
});
