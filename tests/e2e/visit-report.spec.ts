import { readFile } from 'node:fs/promises';
import { addDays, formatDateLong, formatLetterDate } from '../../src/shared/dates';
import { test, expect } from './fixtures';
import { callApi, createVisit } from './arrange';
import { expectAccessible } from './pages/a11y';
import { docxTexts } from './pages/print-data';

/** The day these tests run on, in Baku: the host's core and the page's clock both start there. */
const TODAY = '2026-11-24';
test.use({ now: `${TODAY}T09:00:00+04:00` });

const SHOTS = 'test-results/screenshots';

/** Dates as letters write them hold together with no-break spaces; read here as plain ones. */
const flat = (s: string) => s.replace(/\u00a0/g, ' ').replace(/\s+/g, ' ');

/** `24.11.2026`, as an officer types a date. */
const typed = (iso: string) => iso.split('-').reverse().join('.');

test('a past visit’s report: outcomes and two follow-ups kept across a reload, the open one on Today marked done and undone, the .docx exported', async ({
  page,
  host,
}) => {
  // Arrange: a visit that ended last week, written in English, with its head of delegation and a meeting
  await callApi(host, 'settings.update', { uiLanguage: 'en' });
  const today = TODAY;
  const partner = await callApi(host, 'partners.save', {
    partner: { officialName: 'Ankara Üniversitesi', names: { en: 'Ankara University' } },
  });
  await callApi(host, 'agreements.save', {
    agreement: {
      partnerId: partner.id,
      title: { en: 'Memorandum of Understanding' },
      status: 'signed',
      signedDate: addDays(today, -9),
    },
  });
  const visit = await createVisit(host, {
    title: 'Ankara University delegation',
    lang: 'en',
    partnerName: 'Ankara University',
    partnerIds: [partner.id],
    arrivalDate: addDays(today, -10),
    departureDate: addDays(today, -8),
  });
  await callApi(host, 'guests.add', {
    visitId: visit.id,
    guest: {
      category: 'delegationMember',
      role: 'head',
      givenNames: 'Aoife',
      surname: "O'CONNOR-ŞAHİN",
      position: 'Vice-Rector',
      lang: 'en',
    },
  });
  await callApi(host, 'programme.save', {
    visitId: visit.id,
    item: {
      type: 'meeting',
      title: 'Meeting the Rector',
      lang: 'en',
      startDate: addDays(today, -9),
      startTime: '10:00',
      endDate: addDays(today, -9),
      endTime: '11:00',
    },
  });
  await page.goto(host.url);
  await expect(page.getByTestId('language-switch')).toBeVisible();
  await page.goto(`${host.origin}/#/visits/${visit.id}`);
  const section = page.getByRole('region', { name: 'Report' });
  await expect(section).toBeVisible();

  // Act: outcomes in English, two follow-ups (the first due yesterday, the second already done)
  await section
    .getByRole('textbox', { name: 'Outcomes in English' })
    .fill('Two joint master’s programmes agreed.');
  await section.getByRole('combobox', { name: 'Agreements signed or discussed' }).click();
  await page.getByRole('option', { name: 'Memorandum of Understanding' }).click();
  await page.keyboard.press('Escape');
  await section.getByRole('button', { name: 'Add a follow-up' }).click();
  await section.getByRole('textbox', { name: 'Action 1 in English' }).fill('Send the draft memorandum');
  await section.getByRole('textbox', { name: 'Responsible for action 1' }).fill('Nigar Əliyeva');
  await section.getByRole('textbox', { name: 'Due date of action 1' }).fill(typed(addDays(today, -1)));
  await section.getByRole('textbox', { name: 'Due date of action 1' }).press('Tab');
  await section.getByRole('button', { name: 'Add a follow-up' }).click();
  await section
    .getByRole('textbox', { name: 'Action 2 in English' })
    .fill('Agree the dates of the return visit');
  await section.getByRole('checkbox', { name: 'Action 2 done' }).check();

  // Act: the page reloaded before saving (a window closed by mistake)
  await page.reload();
  await expect(section.getByTestId('report-unsaved')).toBeVisible();
  await expect(section.getByRole('textbox', { name: 'Outcomes in English' })).toHaveValue(
    'Two joint master’s programmes agreed.',
  );
  await expect(section.getByRole('textbox', { name: 'Action 2 in English' })).toHaveValue(
    'Agree the dates of the return visit',
  );

  // Act: a third follow-up with an owner but no text: the save is refused under that field, nothing lost
  await section.getByRole('button', { name: 'Add a follow-up' }).click();
  await section.getByRole('textbox', { name: 'Responsible for action 3' }).fill('Rəşad');
  await section.getByRole('button', { name: 'Save report' }).click();
  await expect(section.getByTestId('follow-up').nth(2)).toContainText('required');
  await expect(section.getByRole('textbox', { name: 'Responsible for action 3' })).toHaveValue('Rəşad');
  await section.getByRole('button', { name: 'Remove action 3' }).click();
  await section.getByRole('button', { name: 'Save report' }).click();

  // Assert: saved, and on the visit as the core holds it
  await expect(page.getByText('Report saved')).toBeVisible();
  await expect(section.getByTestId('report-unsaved')).toBeHidden();
  const stored = (await callApi(host, 'visits.get', { id: visit.id })).visit.report;
  expect(stored?.outcomes.en).toBe('Two joint master’s programmes agreed.');
  expect(stored?.agreementIds).toHaveLength(1);
  expect(stored?.followUps.map((f) => [f.text.en, f.owner, f.due, f.done])).toEqual([
    ['Send the draft memorandum', 'Nigar Əliyeva', addDays(today, -1), false],
    ['Agree the dates of the return visit', '', '', true],
  ]);
  await section.screenshot({ path: `${SHOTS}/visit-report-section.png` });

  // Act and assert: Today lists the open follow-up, overdue, with its visit and owner
  await page.goto(`${host.origin}/#/today`);
  const card = page.getByRole('region', { name: 'Open follow-ups' });
  await expect(card).toBeVisible();
  const line = card.getByTestId('today-follow-up');
  await expect(line).toHaveCount(1);
  await expect(line).toContainText('Send the draft memorandum');
  await expect(line).toContainText('Ankara University delegation');
  await expect(line).toContainText('Responsible: Nigar Əliyeva');
  await expect(line).toContainText(`Due ${formatDateLong('en', addDays(today, -1))}`);
  await expect(line).toContainText('Overdue');
  await card.screenshot({ path: `${SHOTS}/visit-report-today-card.png` });

  // Act: marked done; then Undo in the notice
  await card.getByRole('checkbox', { name: 'Mark “Send the draft memorandum” as done' }).click();
  const notice = page.getByTestId('undo-notice');
  await expect(notice).toContainText('Follow-up marked as done');
  await expect(card).toBeHidden();
  expect((await callApi(host, 'followUps.open', {})).length).toBe(0);
  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect(
    page.getByRole('region', { name: 'Open follow-ups' }).getByTestId('today-follow-up'),
  ).toHaveCount(1);
  expect((await callApi(host, 'followUps.open', {})).map((o) => o.followUp.text.en)).toEqual([
    'Send the draft memorandum',
  ]);

  // Act: back on the visit, export the report in English
  await page.goto(`${host.origin}/#/visits/${visit.id}`);
  await expect(section).toBeVisible();
  const download = page.waitForEvent('download');
  await section.getByRole('button', { name: 'Export report .docx' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Visit report Ankara University delegation EN.docx');
  const [text = ''] = await docxTexts([
    { name: file.suggestedFilename(), bytes: await readFile(await file.path()) },
  ]);
  for (const phrase of [
    'Visit report',
    'Ankara University delegation',
    "O'CONNOR-ŞAHİN Aoife",
    'Vice-Rector',
    'Meeting the Rector',
    'Two joint master’s programmes agreed.',
    'Send the draft memorandum',
    'Nigar Əliyeva',
    `Memorandum of Understanding, signed on ${formatLetterDate('en', addDays(today, -9))}`,
  ])
    expect(flat(text)).toContain(flat(phrase));

  // Act and assert: in Russian the report is refused; what lacks is asked for where it is written
  await section.getByRole('combobox', { name: 'Language of the report' }).click();
  await page.getByRole('option', { name: 'Russian' }).click();
  await section.getByRole('button', { name: 'Export report .docx' }).click();
  await expect(section.getByTestId('report-missing')).toBeVisible();
  await expect(section.getByTestId('missing-texts')).toBeVisible();
  await expect(section.getByTestId('missing-text').first()).toContainText('Ankara University delegation');
  await section.screenshot({ path: `${SHOTS}/visit-report-missing.png` });
  const notInRussian = section.getByText("This text has no version in the document's language yet.");
  await expect(notInRussian).toHaveCount(3);
  await section
    .getByRole('textbox', { name: 'Outcomes in Russian' })
    .fill('Согласованы две магистерские программы.');
  await expect(notInRussian).toHaveCount(2);
});

test('in Azerbaijani: a visit not yet begun says when its report can be written; a past one’s open follow-ups are on Today', async ({
  page,
  host,
}) => {
  // Arrange: the app in Azerbaijani, a visit next month and one last month with a report saved
  await callApi(host, 'settings.update', { uiLanguage: 'az' });
  const today = TODAY;
  const coming = await createVisit(host, {
    title: 'Gələcək səfər',
    lang: 'az',
    arrivalDate: addDays(today, 30),
    departureDate: addDays(today, 32),
  });
  const past = await createVisit(host, {
    title: 'Ankara Universitetinin nümayəndə heyəti',
    lang: 'az',
    arrivalDate: addDays(today, -40),
    departureDate: addDays(today, -38),
  });
  await callApi(host, 'visitReport.save', {
    visitId: past.id,
    report: {
      outcomes: { az: 'İki birgə magistr proqramı razılaşdırıldı.' },
      followUps: [
        { text: { az: 'Memorandumun layihəsini göndərmək' }, owner: 'Nigar Əliyeva', due: addDays(today, 7) },
        { text: { az: 'Qarşılıqlı səfərin tarixlərini razılaşdırmaq' }, due: addDays(today, -3) },
        { text: { ru: 'Подготовить письмо' } },
      ],
    },
  });
  await page.goto(host.url);
  await expect(page.getByTestId('language-switch')).toBeVisible();

  // Act and assert: the coming visit's section says why it is empty
  await page.goto(`${host.origin}/#/visits/${coming.id}`);
  const section = page.getByRole('region', { name: 'Hesabat' });
  await expect(section).toContainText(
    `Hesabat səfər başlayandan sonra yazılır (${formatDateLong('az', addDays(today, 30))}).`,
  );
  await expect(section.getByRole('button', { name: 'Hesabatı saxla' })).toHaveCount(0);

  // Act and assert: the past visit's report as saved
  await page.goto(`${host.origin}/#/visits/${past.id}`);
  await expect(section.getByRole('textbox', { name: 'Nəticələr azərbaycanca' })).toHaveValue(
    'İki birgə magistr proqramı razılaşdırıldı.',
  );
  await expect(section.getByTestId('follow-up')).toHaveCount(3);
  await section.screenshot({ path: `${SHOTS}/visit-report-section-az.png` });
  await expectAccessible(page, 'az', 'visit report', '[data-testid="visit-report"]');

  // Act and assert: Today, overdue first, undated last, a text not written in Azerbaijani shown as written
  await page.goto(`${host.origin}/#/today`);
  const card = page.getByRole('region', { name: 'İcra olunmamış addımlar' });
  await expect(card.getByTestId('today-follow-up')).toHaveText([
    /Qarşılıqlı səfərin tarixlərini razılaşdırmaq.*Vaxtı keçib/,
    /Memorandumun layihəsini göndərmək.*Məsul: Nigar Əliyeva/,
    /Подготовить письмо.*Son tarix yoxdur/,
  ]);
  await card.screenshot({ path: `${SHOTS}/visit-report-today-card-az.png` });
  await expectAccessible(page, 'az', 'open follow-ups', '[data-testid="today-follow-ups"]');
});
