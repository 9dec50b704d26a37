import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { addDays } from '../../src/shared/dates';
import { test, expect } from './fixtures';
import { callApi } from './arrange';
import { words } from './pages/a11y';
import { docxTexts } from './pages/print-data';

/** The day these tests run on, in Baku: the host's core and the page's clock both start there. */
const TODAY = '2026-11-24';
test.use({ now: `${TODAY}T09:00:00+04:00` });

const w = (key: string, params: Record<string, string> = {}) => words('en', key, params);

/** `2030-03-01` as an officer types it: `01.03.2030`. */
const typed = (iso: string) => iso.split('-').reverse().join('.');

async function typeDate(page: Page, label: string, iso: string): Promise<void> {
  const input = page.getByRole('dialog').getByLabel(label, { exact: true });
  await input.fill(typed(iso));
  await input.press('Tab');
}

test('a partner and its MoU made in the app, a visit linked to it: the renewal is on Today and the annual report names both', async ({
  page,
  host,
}, info) => {
  test.setTimeout(180_000);
  // Arrange: the English interface and a one-day visit today that names no partner yet
  const today = TODAY;
  await callApi(host, 'settings.update', { uiLanguage: 'en' });
  const { visit } = await callApi(host, 'visits.create', {
    visit: {
      title: 'Rector’s meeting with Ankara',
      status: 'confirmed',
      arrivalDate: today,
      departureDate: today,
    },
  });
  await page.goto(host.url);
  await page.getByRole('link', { name: w('nav.partners') }).click();

  // Act: a new partner
  await page
    .getByRole('main')
    .getByRole('button', { name: w('partners.new') })
    .first()
    .click();
  const dialog = page.getByRole('dialog', { name: w('partners.form.newTitle') });
  await dialog.getByLabel(w('partners.form.officialName')).fill('Ankara Üniversitesi');
  await dialog.getByLabel(w('partners.form.name.en')).fill('Ankara University');
  const country = dialog.getByRole('combobox', { name: w('partners.form.country'), exact: true });
  await country.click();
  await country.fill('Türk');
  await page.getByRole('option', { name: 'Türkiye', exact: true }).click();
  await dialog.getByRole('button', { name: w('partners.form.create') }).click();
  await expect(dialog).toBeHidden();

  // Act: its MoU, signed today, ending in 30 days
  await page.getByRole('button', { name: w('partners.agreements.add') }).click();
  const form = page.getByRole('dialog', { name: w('partners.agreementForm.newTitle') });
  await form.getByLabel(w('partners.agreementForm.title.en')).fill('Memorandum on academic cooperation');
  await form.getByRole('combobox', { name: w('partners.agreementForm.status') }).click();
  await page.getByRole('option', { name: w('partners.agreements.status.signed') }).click();
  await typeDate(page, w('partners.agreementForm.signedDate'), today);
  await typeDate(page, w('partners.agreementForm.validFrom'), today);
  await typeDate(page, w('partners.agreementForm.validTo'), addDays(today, 30));
  await form.getByRole('button', { name: w('common.save') }).click();
  await expect(form).toBeHidden();
  await expect(page.getByTestId('agreement-row')).toContainText('Memorandum on academic cooperation');

  // Act: the visit linked to the partner from its form
  await page.goto(`${host.origin}/#/visits/${visit.id}`);
  await page.getByRole('button', { name: w('common.edit') }).click();
  const visitForm = page.getByRole('dialog', { name: w('visit.form.editTitle') });
  const field = visitForm.getByRole('combobox', { name: w('partnerLinks.visit.partners') });
  await field.click();
  await field.fill('Ankara');
  await page.getByRole('option', { name: 'Ankara University' }).click();
  await visitForm.getByRole('button', { name: w('common.save') }).click();
  await expect(visitForm).toBeHidden();

  // Assert: the visit is on the partner's page
  const stored = await callApi(host, 'visits.get', { id: visit.id });
  expect(stored.visit.partnerIds).toHaveLength(1);
  await page.goto(`${host.origin}/#/partners/${stored.visit.partnerIds[0] ?? ''}`);
  await expect(page.getByRole('link', { name: 'Rector’s meeting with Ankara' })).toBeVisible();

  // Assert: Today lists the MoU to renew, 30 days ahead
  await page.getByRole('link', { name: w('nav.today') }).click();
  const renewals = page.getByRole('region', { name: w('partnerLinks.renewals.title') });
  await expect(renewals.getByTestId('today-renewal')).toHaveCount(1);
  await expect(renewals.getByTestId('today-renewal')).toContainText('Memorandum on academic cooperation');
  await expect(renewals.getByTestId('today-renewal')).toContainText('Ankara University');

  // Act: this year's report, exported as .docx in English
  await page.getByRole('link', { name: w('nav.reports') }).click();
  await page
    .getByRole('radiogroup', { name: w('reports.period.label') })
    .getByText(w('reports.period.kind.year'), { exact: true })
    .click();
  await expect(page.getByTestId('report').getByRole('status')).toContainText(today.slice(0, 4));
  await expect(page.getByTestId('headline-visits').getByTestId('figure')).toHaveText('1');
  await expect(page.getByTestId('headline-agreementsSigned').getByTestId('figure')).toHaveText('1');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: w('reports.export.docx') }).click();
  const path = info.outputPath('annual-report.docx');
  await (await download).saveAs(path);

  // Assert: LibreOffice reads the partner, the visit and the MoU in the report
  const [pdf = ''] = await docxTexts([{ name: 'report.docx', bytes: await readFile(path) }]);
  // Words of a table cell may wrap over lines.
  const text = pdf.replace(/\s+/g, ' ');
  expect(text).toContain('Ankara University');
  expect(text).toContain('Rector’s meeting with Ankara');
  // The agreements' table: the partner beside the MoU's title (a cell's second line comes after the row's first lines).
  expect(text).toMatch(/Ankara University Memorandum on academic .*\bcooperation\b/);
  expect(text).toContain('Agreements signed 1');
});
