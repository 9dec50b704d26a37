import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { addDays } from '../../src/shared/dates';
import { test, expect } from './fixtures';
import { callApi } from './arrange';
import { expectAccessible, words, type Lang } from './pages/a11y';
import type { RunningHost } from '../support/web-host';

/** The day these tests run on, in Baku: the host's core and the page's clock both start there. */
const TODAY = '2026-11-24';
test.use({ now: `${TODAY}T09:00:00+04:00` });

/** A file that reads as a PDF from its first bytes, as the core checks a signed copy. */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/** `2030-03-01` as an officer types it: `01.03.2030`. */
const typed = (iso: string) => iso.split('-').reverse().join('.');

/** Opens the app at its address (which carries the token), then the page at `hash`. */
async function openAt(page: Page, host: RunningHost, hash: string): Promise<void> {
  await page.goto(host.url);
  await expect(page.getByTestId('language-switch')).toBeVisible();
  await page.goto(`${host.origin}/${hash}`);
}

async function typeDate(page: Page, label: string, iso: string): Promise<void> {
  const input = page.getByRole('dialog').getByLabel(label, { exact: true });
  await input.fill(typed(iso));
  await input.press('Tab');
}

test('a partner with a contact, found by a Cyrillic search, gets an MoU with its signed copy; deleting it can be undone', async ({
  page,
  host,
}, info) => {
  test.setTimeout(120_000);
  // Arrange: the Azerbaijani interface and another partner that must not match the search
  await callApi(host, 'settings.update', { uiLanguage: 'az' });
  await callApi(host, 'partners.save', { partner: { officialName: 'Universität Wien', country: 'AT' } });
  const w = (key: string, params: Record<string, string> = {}) => words('az', key, params);
  await openAt(page, host, '#/partners');
  await expect(page.getByRole('heading', { name: w('partners.title'), level: 2 })).toBeVisible();
  await expect(page.getByTestId('partner-row')).toHaveCount(1);

  // Act: a new partner with one contact
  await page
    .getByRole('main')
    .getByRole('button', { name: w('partners.new') })
    .first()
    .click();
  const dialog = page.getByRole('dialog', { name: w('partners.form.newTitle') });
  await dialog.getByLabel(w('partners.form.officialName')).fill('Ankara Üniversitesi');
  await dialog.getByLabel(w('partners.form.name.az')).fill('Ankara Universiteti');
  await dialog.getByLabel(w('partners.form.shortName'), { exact: true }).fill('AÜ');
  const country = dialog.getByRole('combobox', { name: w('partners.form.country'), exact: true });
  await country.click();
  await country.fill('Türk');
  await page.getByRole('option', { name: 'Türkiyə', exact: true }).click();
  await dialog.getByLabel(w('partners.form.city'), { exact: true }).fill('Ankara');
  await dialog.getByRole('button', { name: w('partners.form.addContact') }).click();
  await dialog.getByLabel(w('partners.form.contact.nameOf', { n: '1' })).fill('Ayşe Yılmaz');
  await dialog.getByLabel(w('partners.form.contact.emailOf', { n: '1' })).fill('ayse.yilmaz@ankara.edu.tr');
  await dialog.getByRole('button', { name: w('partners.form.create') }).click();

  // Assert: its page opens, with the contact
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Ankara Üniversitesi', level: 2 })).toBeVisible();
  await expect(page.getByTestId('partner-name-in-ui')).toHaveText('Ankara Universiteti');
  await expect(page.getByTestId('partner-contact')).toContainText('Ayşe Yılmaz');

  // Act: back to the directory, searched in Cyrillic
  await page.getByRole('link', { name: w('partners.page.back') }).click();
  await page.getByRole('searchbox', { name: w('partners.filter.text') }).fill('Анкара');

  // Assert: only the partner written in Latin script is found
  await expect(page.getByTestId('partner-row')).toHaveCount(1);
  await expect(page.getByTestId('partner-row')).toContainText('Ankara Üniversitesi');
  await expect(page.getByTestId('partner-row')).toContainText('Ankara Universiteti');
  await page.screenshot({ path: info.outputPath('directory-az.png'), fullPage: true });

  // Act: open it and add a signed MoU ending in 30 days, with its signed copy
  await page.getByTestId('partner-row').click();
  await page.getByRole('button', { name: w('partners.agreements.add') }).click();
  const form = page.getByRole('dialog', { name: w('partners.agreementForm.newTitle') });
  await form.getByLabel(w('partners.agreementForm.title.az')).fill('Akademik əməkdaşlıq haqqında memorandum');
  await form.getByRole('combobox', { name: w('partners.agreementForm.status') }).click();
  await page.getByRole('option', { name: w('partners.agreements.status.signed') }).click();
  const ends = addDays(TODAY, 30);
  await typeDate(page, w('partners.agreementForm.signedDate'), '2025-03-01');
  await typeDate(page, w('partners.agreementForm.validFrom'), '2025-03-01');
  await typeDate(page, w('partners.agreementForm.validTo'), ends);
  await form.getByRole('checkbox', { name: w('partners.agreements.provision.jointResearch') }).check();
  await form
    .locator('input[type=file]')
    .setInputFiles({ name: 'memorandum.pdf', mimeType: 'application/pdf', buffer: PDF });
  await expect(form.getByTestId('attachment-name')).toHaveText('memorandum.pdf');
  await form.getByTestId('agreement-attachment-field').scrollIntoViewIfNeeded();
  await page.screenshot({ path: info.outputPath('agreement-form-az.png') });
  await form.getByRole('button', { name: w('common.save') }).click();

  // Assert: the agreement is on the partner's page, its copy attached, its end counted down
  await expect(form).toBeHidden();
  const row = page.getByTestId('agreement-row');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Akademik əməkdaşlıq haqqında memorandum');
  await expect(row).toContainText(w('partners.agreements.status.signed'));
  await expect(row.getByTestId('agreement-attachment')).toBeAttached();
  await expect(row.getByTestId('agreement-days-left')).toHaveText(
    w('partners.agreements.daysLeft_other', { count: '30' }),
  );
  await expect(page.getByTestId('timeline-event').filter({ hasText: 'memorandum' }).first()).toBeVisible();
  await page.screenshot({ path: info.outputPath('partner-az.png'), fullPage: true });

  // Act: the copy downloaded again
  const title = 'Akademik əməkdaşlıq haqqında memorandum';
  await page.getByRole('button', { name: w('partners.agreements.edit', { title }) }).click();
  const edit = page.getByRole('dialog', { name: w('partners.agreementForm.editTitle') });
  const download = page.waitForEvent('download');
  await edit.getByRole('button', { name: w('partners.attachment.download') }).click();
  const saved = info.outputPath('downloaded.pdf');
  await (await download).saveAs(saved);

  // Assert: byte for byte what was attached
  expect((await download).suggestedFilename()).toBe('memorandum.pdf');
  expect(Buffer.compare(await readFile(saved), PDF)).toBe(0);

  // Act: notes typed, then a file past the limit chosen
  await edit.getByLabel(w('partners.agreementForm.notes')).fill('Rektorun imzası ilə');
  const tooBig = Buffer.alloc(21 * 1024 * 1024, 0x20);
  PDF.copy(tooBig);
  await edit
    .locator('input[type=file]')
    .setInputFiles({ name: 'scan.pdf', mimeType: 'application/pdf', buffer: tooBig });

  // Assert: refused in the core's words, the form and the attached copy as they were
  await expect(edit.getByTestId('attachment-error')).toHaveText(
    w('errors.code.attachmentTooLarge', { limitMb: '20' }),
  );
  await expect(edit.getByLabel(w('partners.agreementForm.notes'))).toHaveValue('Rektorun imzası ilə');
  await expect(edit.getByTestId('attachment-name')).toHaveText('memorandum.pdf');
  await edit.getByRole('button', { name: w('common.save') }).click();
  await expect(edit).toBeHidden();

  // Act: the partner deleted
  await page
    .getByRole('main')
    .getByRole('button', { name: w('common.delete'), exact: true })
    .click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: w('partners.delete.confirm') })
    .click();

  // Assert: back on the directory, without it
  await expect(page.getByTestId('partner-deleted')).toBeVisible();
  await expect(page.getByRole('searchbox', { name: w('partners.filter.text') })).toBeVisible();
  await page.getByRole('searchbox', { name: w('partners.filter.text') }).fill('');
  await expect(page.getByTestId('partner-row')).toHaveCount(1);
  await expect(page.getByTestId('partner-row')).toContainText('Universität Wien');

  // Act: undone from the notice
  await page
    .getByTestId('partner-deleted')
    .getByRole('button', { name: w('common.undo') })
    .click();

  // Assert: the partner's page is back with its agreement and notes
  await expect(page.getByRole('heading', { name: 'Ankara Üniversitesi', level: 2 })).toBeVisible();
  await expect(page.getByTestId('agreement-row')).toContainText('Akademik əməkdaşlıq haqqında memorandum');
});

async function arrangePartner(host: RunningHost, lang: Lang): Promise<string> {
  await callApi(host, 'settings.update', { uiLanguage: lang });
  const partner = await callApi(host, 'partners.save', {
    partner: {
      officialName: 'Ankara Üniversitesi',
      names: { az: 'Ankara Universiteti', en: 'Ankara University', ru: 'Анкарский университет' },
      shortName: 'AÜ',
      country: 'TR',
      city: 'Ankara',
      website: 'www.ankara.edu.tr',
      contacts: [
        {
          name: 'Ayşe Yılmaz',
          position: 'Dış İlişkiler Ofisi',
          email: 'ayse@ankara.edu.tr',
          phone: '+90 312 212 60 40',
          language: 'en',
        },
      ],
    },
  });
  const agreement = await callApi(host, 'agreements.save', {
    agreement: {
      partnerId: partner.id,
      kind: 'mou',
      title: {
        az: 'Akademik əməkdaşlıq haqqında memorandum',
        en: 'Memorandum of academic cooperation',
        ru: '',
      },
      status: 'signed',
      signedDate: '2021-05-14',
      validFrom: '2021-05-14',
      validTo: addDays(TODAY, 45),
      autoRenewal: false,
      hostSignatories: [{ name: 'Rektor', position: '' }],
      provisions: ['staffExchange', 'jointResearch'],
    },
  });
  await callApi(host, 'agreements.attach', {
    id: agreement.id,
    fileName: 'memorandum.pdf',
    base64: PDF.toString('base64'),
  });
  await callApi(host, 'agreements.save', {
    agreement: {
      partnerId: partner.id,
      kind: 'erasmusIia',
      title: { az: '', en: 'Erasmus+ KA171 2024–2027', ru: '' },
      status: 'negotiation',
    },
  });
  await callApi(host, 'agreements.save', {
    agreement: {
      partnerId: partner.id,
      kind: 'cooperation',
      title: { az: 'Birgə magistratura proqramı', en: '', ru: 'Совместная магистратура' },
      status: 'terminated',
      signedDate: '2016-09-01',
      validFrom: '2016-09-01',
      validTo: '2019-08-31',
    },
  });
  await callApi(host, 'visits.create', {
    visit: {
      title: 'Ankara Universiteti nümayəndə heyəti',
      arrivalDate: '2025-10-06',
      departureDate: '2025-10-09',
      partnerIds: [partner.id],
    },
  });
  return partner.id;
}

for (const lang of ['az', 'ru'] as const) {
  test(`the directory, the partner's page and its dialogs read well and pass axe in ${lang}`, async ({
    page,
    host,
  }, info) => {
    // Arrange
    const id = await arrangePartner(host, lang);

    // Act
    await openAt(page, host, '#/partners');
    await expect(page.getByTestId('partner-row')).toHaveCount(1);
    await page.screenshot({ path: info.outputPath(`directory-${lang}.png`), fullPage: true });
    await expectAccessible(page, lang, 'partners directory');
    await page.goto(`${host.origin}/#/partners/${id}`);

    // Assert: a title not given in the UI language is shown in another, marked
    await expect(page.getByTestId('agreement-row')).toHaveCount(3);
    await expect(
      page
        .getByTestId('agreement-row')
        .filter({ hasText: 'Erasmus+ KA171' })
        .getByTestId('title-other-language'),
    ).toHaveText('EN');
    await expect(page.getByTestId('partner-visit')).toHaveCount(1);
    await expect(
      page.getByTestId('agreement-row').filter({ hasText: 'memorandum' }).getByTestId('agreement-days-left'),
    ).toBeVisible();
    await page.screenshot({ path: info.outputPath(`partner-${lang}.png`), fullPage: true });
    await expectAccessible(page, lang, 'partner page');
    await page.getByRole('button', { name: words(lang, 'partners.agreements.add') }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.screenshot({ path: info.outputPath(`agreement-form-${lang}.png`) });
    await expectAccessible(page, lang, 'agreement form', '[role="dialog"]');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: words(lang, 'common.edit'), exact: true }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectAccessible(page, lang, 'partner form', '[role="dialog"]');
    await page.screenshot({ path: info.outputPath(`partner-form-${lang}.png`) });
  });
}

test('an unknown partner’s address says so, with a way back', async ({ page, host }) => {
  // Act
  await openAt(page, host, '#/partners/no-such-partner');

  // Assert
  await expect(page.getByTestId('partner-not-found')).toBeVisible();
  await page.getByTestId('partner-not-found').getByRole('link').click();
  await expect(page).toHaveURL(/#\/partners$/);
});

test('a name already in the directory is refused beside the field, and nothing typed is lost, even on a stray Escape', async ({
  page,
  host,
}) => {
  // Arrange
  await callApi(host, 'settings.update', { uiLanguage: 'ru' });
  await callApi(host, 'partners.save', { partner: { officialName: 'Universität Wien', country: 'AT' } });
  const w = (key: string, params: Record<string, string> = {}) => words('ru', key, params);
  await openAt(page, host, '#/partners');
  await page
    .getByRole('main')
    .getByRole('button', { name: w('partners.new') })
    .first()
    .click();
  const dialog = page.getByRole('dialog', { name: w('partners.form.newTitle') });
  await dialog.getByLabel(w('partners.form.officialName')).fill('Universitat  Wien');
  await dialog.getByLabel(w('partners.form.name.ru')).fill('Венский университет');
  const country = dialog.getByRole('combobox', { name: w('partners.form.country'), exact: true });
  await country.click();
  await country.fill('Австр');
  await page.getByRole('option', { name: 'Австрия', exact: true }).click();
  await dialog.getByRole('button', { name: w('partners.form.addContact') }).click();
  await dialog.getByLabel(w('partners.form.contact.nameOf', { n: '1' })).fill('Anna Huber');

  // Act
  await dialog.getByRole('button', { name: w('partners.form.create') }).click();

  // Assert: the refusal in Russian beside the name, everything typed still there
  await expect(dialog.getByText(w('errors.field.duplicate'))).toBeVisible();
  await expect(dialog.getByLabel(w('partners.form.name.ru'))).toHaveValue('Венский университет');
  await expect(dialog.getByLabel(w('partners.form.contact.nameOf', { n: '1' }))).toHaveValue('Anna Huber');

  // Act: Escape pressed by mistake
  await page.keyboard.press('Escape');
  const prompt = page.getByRole('dialog', { name: w('common.discard.title') });
  await expect(prompt).toBeVisible();
  await prompt.getByRole('button', { name: w('common.discard.keep') }).click();

  // Assert: the form as it was; corrected, it saves
  await expect(dialog.getByLabel(w('partners.form.contact.nameOf', { n: '1' }))).toHaveValue('Anna Huber');
  await dialog.getByLabel(w('partners.form.officialName')).fill('Wirtschaftsuniversität Wien');
  await dialog.getByRole('button', { name: w('partners.form.create') }).click();
  await expect(page.getByRole('heading', { name: 'Wirtschaftsuniversität Wien', level: 2 })).toBeVisible();
  await expect(page.getByTestId('partner-contact')).toContainText('Anna Huber');
});

test('a signed copy is removed, and a deleted agreement comes back with Undo', async ({ page, host }) => {
  // Arrange: an agreement with its copy, the English interface
  await callApi(host, 'settings.update', { uiLanguage: 'en' });
  const partner = await callApi(host, 'partners.save', {
    partner: { officialName: 'Universität Wien', country: 'AT' },
  });
  const agreement = await callApi(host, 'agreements.save', {
    agreement: { partnerId: partner.id, title: { az: '', en: 'Erasmus+ KA171', ru: '' }, kind: 'erasmusIia' },
  });
  await callApi(host, 'agreements.attach', {
    id: agreement.id,
    fileName: 'ka171.pdf',
    base64: PDF.toString('base64'),
  });
  const w = (key: string, params: Record<string, string> = {}) => words('en', key, params);
  await openAt(page, host, `#/partners/${partner.id}`);
  const row = page.getByTestId('agreement-row');
  await expect(row.getByTestId('agreement-attachment')).toBeAttached();

  // Act: the copy removed in the agreement's dialog
  await page
    .getByRole('button', { name: w('partners.agreements.edit', { title: 'Erasmus+ KA171' }) })
    .click();
  const edit = page.getByRole('dialog', { name: w('partners.agreementForm.editTitle') });
  await edit.getByRole('button', { name: w('partners.attachment.remove') }).click();

  // Assert: gone from the dialog at once, and from the page
  await expect(edit.getByText(w('partners.attachment.none', { limitMb: '20' }))).toBeVisible();
  await edit.getByRole('button', { name: w('common.cancel') }).click();
  await expect(row.getByTestId('agreement-attachment')).toHaveCount(0);
  expect((await callApi(host, 'partners.get', { id: partner.id })).agreements[0]?.attachment).toBeUndefined();

  // Act: the agreement deleted, then undone
  await page
    .getByRole('button', { name: w('partners.agreements.delete', { title: 'Erasmus+ KA171' }) })
    .click();
  await expect(row).toHaveCount(0);
  await expect(page.getByText(w('partners.agreements.empty'))).toBeVisible();
  await page
    .getByTestId('agreement-deleted')
    .getByRole('button', { name: w('common.undo') })
    .click();

  // Assert
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Erasmus+ KA171');
});
