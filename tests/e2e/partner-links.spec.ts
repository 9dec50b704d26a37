import type { Page } from '@playwright/test';
import { addDays } from '../../src/shared/dates';
import { test, expect } from './fixtures';
import { callApi } from './arrange';
import { expectAccessible, words, type Lang } from './pages/a11y';
import type { RunningHost } from '../support/web-host';

/** The day these tests run on, in Baku: the host's core and the page's clock both start there. */
const TODAY = '2026-11-24';
test.use({ now: `${TODAY}T09:00:00+04:00` });

/** Opens the app at its address (which carries the token), then the page at `hash`. */
async function openAt(page: Page, host: RunningHost, hash: string): Promise<void> {
  await page.goto(host.url);
  await expect(page.getByTestId('language-switch')).toBeVisible();
  await page.goto(`${host.origin}/${hash}`);
}

async function visitNaming(host: RunningHost, title: string, partnerName: string): Promise<string> {
  const detail = await callApi(host, 'visits.create', {
    visit: {
      title,
      partnerName,
      partnerCountry: 'TR',
      status: 'planned',
      arrivalDate: '2026-05-12',
      departureDate: '2026-05-15',
    },
  });
  return detail.visit.id;
}

const ANKARA = {
  officialName: 'Ankara Üniversitesi',
  names: { az: 'Ankara Universiteti', en: 'Ankara University', ru: 'Анкарский университет' },
  country: 'TR',
};

const partnerIdsOf = async (host: RunningHost, id: string) =>
  (await callApi(host, 'visits.get', { id })).visit.partnerIds;

test('two spellings of one university are proposed as one partner; applied, both visits show it; undone, and applied again', async ({
  page,
  host,
}, info) => {
  // Arrange: the Azerbaijani interface and two visits that spell their partner in Turkish and in Russian
  await callApi(host, 'settings.update', { uiLanguage: 'az' });
  const w = (key: string, params: Record<string, string> = {}) => words('az', key, params);
  const turkish = await visitNaming(host, 'Ankara heyəti (may)', 'Ankara Üniversitesi');
  const russian = await visitNaming(host, 'Ankara heyəti (oktyabr)', 'Анкарский университет');
  await openAt(page, host, '#/partners');

  // Act: open the proposals
  await page.getByRole('button', { name: w('partnerLinks.open') }).click();
  const dialog = page.getByRole('dialog', { name: w('partnerLinks.title') });

  // Assert: one proposal holding both spellings, one visit each; nothing saved yet
  const proposal = dialog.getByTestId('link-proposal');
  await expect(proposal).toHaveCount(1);
  await expect(proposal).toContainText('Ankara Üniversitesi');
  await expect(proposal).toContainText('Анкарский университет');
  await expect(proposal.getByText(w('partnerLinks.proposal.visits_one', { count: '1' }))).toHaveCount(2);
  await expect(dialog.getByTestId('link-summary')).toHaveText(
    w('partnerLinks.summary_other', { count: '2' }),
  );
  await page.screenshot({ path: info.outputPath('link-proposals-az.png') });
  await expectAccessible(page, 'az', 'the link visits dialog', '[role="dialog"]');
  expect(await callApi(host, 'partners.list', { text: '', kind: '', country: '' })).toEqual([]);

  // Act: the partner's English name given, then Apply
  await proposal
    .getByRole('button', { name: w('partnerLinks.proposal.edit', { name: 'Ankara Üniversitesi' }) })
    .click();
  await proposal.getByLabel(w('partnerLinks.proposal.nameIn.en')).fill('Ankara University');
  await expectAccessible(page, 'az', 'the link visits dialog, names open', '[role="dialog"]');
  await dialog.getByRole('button', { name: w('partnerLinks.apply') }).click();

  // Assert: one partner, both visits linked to it and showing it
  await expect(dialog).toBeHidden();
  const notice = page.getByTestId('undo-notice');
  await expect(notice).toContainText(w('partnerLinks.done', { linked: '2', created: '1' }));
  const partners = await callApi(host, 'partners.list', { text: '', kind: '', country: '' });
  expect(partners.map((p) => [p.officialName, p.names.en, p.names.ru, p.country])).toEqual([
    ['Ankara Üniversitesi', 'Ankara University', 'Анкарский университет', 'TR'],
  ]);
  const partnerId = partners[0]?.id ?? '';
  expect(await partnerIdsOf(host, turkish)).toEqual([partnerId]);
  expect(await partnerIdsOf(host, russian)).toEqual([partnerId]);

  // Act: take it back from the notice
  await notice.getByRole('button', { name: w('common.undo') }).click();

  // Assert: no partner, no link
  await expect(notice).toBeHidden();
  await expect.poll(() => callApi(host, 'partners.list', { text: '', kind: '', country: '' })).toEqual([]);
  expect(await partnerIdsOf(host, turkish)).toEqual([]);
  expect(await partnerIdsOf(host, russian)).toEqual([]);

  // Act: propose again and apply as suggested
  await page.getByRole('button', { name: w('partnerLinks.open') }).click();
  await expect(dialog.getByTestId('link-proposal')).toHaveCount(1);
  await dialog.getByRole('button', { name: w('partnerLinks.apply') }).click();
  await expect(dialog).toBeHidden();

  // Assert: each visit's page names the partner, a link to its page
  const again = await callApi(host, 'partners.list', { text: '', kind: '', country: '' });
  expect(again).toHaveLength(1);
  for (const id of [turkish, russian]) {
    await page.goto(`${host.origin}/#/visits/${id}`);
    const link = page.getByTestId('visit-partners').getByRole('link', { name: 'Ankara Üniversitesi' });
    await expect(link).toHaveAttribute('href', `#/partners/${again[0]?.id ?? ''}`);
  }
  await page.screenshot({ path: info.outputPath('visit-partners-az.png') });

  // Act: nothing is left to link
  await page.goto(`${host.origin}/#/partners`);
  await page.getByRole('button', { name: w('partnerLinks.open') }).click();
  await expect(dialog.getByTestId('link-nothing')).toHaveText(w('partnerLinks.nothing'));
});

test('a partner picked in the visit form fills the partner name, its translations and the country, and shows on the visit', async ({
  page,
  host,
}, info) => {
  // Arrange: the Russian interface, a partner in the directory, a visit that names none
  await callApi(host, 'settings.update', { uiLanguage: 'ru' });
  const w = (key: string, params: Record<string, string> = {}) => words('ru', key, params);
  const partner = await callApi(host, 'partners.save', { partner: ANKARA });
  const visit = await callApi(host, 'visits.create', {
    visit: { title: 'Визит делегации', arrivalDate: '2026-05-12', departureDate: '2026-05-15' },
  });
  await openAt(page, host, `#/visits/${visit.visit.id}`);

  // Act: edit the visit and pick the partner, found by its Azerbaijani name
  await page.getByRole('button', { name: w('common.edit') }).click();
  const dialog = page.getByRole('dialog', { name: w('visit.form.editTitle') });
  const field = dialog.getByRole('combobox', { name: w('partnerLinks.visit.partners') });
  await field.click();
  await field.fill('universiteti');
  await page.getByRole('option', { name: 'Анкарский университет' }).click();

  // Assert: the free-text name and the country are filled in
  await expect(dialog.getByRole('textbox', { name: w('visit.field.partnerName'), exact: true })).toHaveValue(
    'Анкарский университет',
  );
  await expect(
    dialog.getByRole('combobox', { name: w('visit.field.partnerCountry'), exact: true }),
  ).toHaveValue('Турция');
  await page.screenshot({ path: info.outputPath('visit-form-partner-ru.png') });
  await expectAccessible(page, 'ru', 'the visit form with a partner', '[role="dialog"]');
  await dialog.getByRole('button', { name: w('common.save') }).click();
  await expect(dialog).toBeHidden();

  // Assert: the visit shows the partner as a link, and keeps its name in the other languages
  const link = page.getByTestId('visit-partners').getByRole('link', { name: 'Анкарский университет' });
  await expect(link).toHaveAttribute('href', `#/partners/${partner.id}`);
  const saved = (await callApi(host, 'visits.get', { id: visit.visit.id })).visit;
  expect(saved.partnerIds).toEqual([partner.id]);
  expect(saved.partnerName).toBe('Анкарский университет');
  expect(saved.partnerCountry).toBe('TR');
  expect(saved.translations?.az?.partnerName).toBe('Ankara Universiteti');
  expect(saved.translations?.en?.partnerName).toBe('Ankara University');

  // Act: the partner is deleted
  await callApi(host, 'partners.delete', { id: partner.id });
  await page.reload();

  // Assert: the visit keeps the link, shown as a deleted partner (the core no longer names it), not a link
  const partners = page.getByTestId('visit-partners');
  await expect(partners).toContainText(w('partnerLinks.visit.unknownPartner'));
  await expect(partners.getByRole('link')).toHaveCount(0);
  expect((await callApi(host, 'visits.get', { id: visit.visit.id })).visit.partnerIds).toEqual([partner.id]);

  // Act: restored, it is named and a link again
  await callApi(host, 'partners.restore', { id: partner.id });
  await page.reload();
  await expect(partners.getByRole('link', { name: 'Анкарский университет' })).toBeVisible();
});

test('a spelling that matches a partner already in the directory is proposed as a link to it (ru)', async ({
  page,
  host,
}, info) => {
  // Arrange: the Russian interface, the partner in the directory, a visit that spells it in English
  await callApi(host, 'settings.update', { uiLanguage: 'ru' });
  const w = (key: string, params: Record<string, string> = {}) => words('ru', key, params);
  const partner = await callApi(host, 'partners.save', { partner: ANKARA });
  const english = await visitNaming(host, 'Ankara delegation', 'Ankara University');
  await openAt(page, host, '#/partners');

  // Act
  await page.getByRole('button', { name: w('partnerLinks.open') }).click();
  const dialog = page.getByRole('dialog', { name: w('partnerLinks.title') });
  const proposal = dialog.getByTestId('link-proposal');

  // Assert: proposed as a link to the partner there, by its Russian name
  await expect(proposal).toContainText(w('partnerLinks.proposal.matched'));
  await expect(proposal.getByRole('combobox', { name: w('partnerLinks.proposal.existing') })).toHaveValue(
    'Анкарский университет',
  );
  await page.screenshot({ path: info.outputPath('link-existing-ru.png') });
  await expectAccessible(page, 'ru', 'the link visits dialog', '[role="dialog"]');

  // Act: apply
  await dialog.getByRole('button', { name: w('partnerLinks.apply') }).click();

  // Assert: linked, no partner created
  await expect(page.getByTestId('undo-notice')).toContainText(
    w('partnerLinks.done', { linked: '1', created: '0' }),
  );
  expect(await partnerIdsOf(host, english)).toEqual([partner.id]);
  expect(await callApi(host, 'partners.list', { text: '', kind: '', country: '' })).toHaveLength(1);
});

test('a ceremony names the agreement it signs; Mark as signed signs it on the ceremony’s day, and Undo takes that back', async ({
  page,
  host,
}, info) => {
  // Arrange: a draft MoU with a partner, and a visit of that partner
  await callApi(host, 'settings.update', { uiLanguage: 'en' });
  const w = (key: string, params: Record<string, string> = {}) => words('en', key, params);
  const partner = await callApi(host, 'partners.save', { partner: ANKARA });
  const mou = await callApi(host, 'agreements.save', {
    agreement: { partnerId: partner.id, kind: 'mou', title: { en: 'Memorandum on student exchange' } },
  });
  const visit = await callApi(host, 'visits.create', {
    visit: {
      title: 'Ankara delegation',
      partnerIds: [partner.id],
      arrivalDate: '2026-05-12',
      departureDate: '2026-05-15',
    },
  });
  await openAt(page, host, `#/visits/${visit.visit.id}`);
  const programme = page.getByRole('region', { name: 'Programme' });
  await expect(programme).toBeVisible();

  // Act: a signing ceremony on 13 May that names the MoU
  await programme
    .locator('[data-testid="programme-day"][data-date="2026-05-13"]')
    .getByRole('button', { name: /^Add an item on/ })
    .click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Title', exact: true }).fill('MoU signing');
  await dialog
    .getByRole('textbox', { name: 'Type' })
    .or(dialog.getByRole('combobox', { name: 'Type' }))
    .click();
  await page.getByRole('option', { name: 'Ceremony' }).click();
  const agreement = dialog
    .getByRole('textbox', { name: w('partnerLinks.ceremony.agreement') })
    .or(dialog.getByRole('combobox', { name: w('partnerLinks.ceremony.agreement') }));
  await agreement.click();
  await page
    .getByRole('option', {
      name: w('partnerLinks.ceremony.option', { title: 'Memorandum on student exchange', status: 'draft' }),
    })
    .click();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();

  // Assert: the item names the MoU, not yet signed
  const ceremony = programme.getByTestId('ceremony-agreement');
  await expect(ceremony).toContainText(
    w('partnerLinks.ceremony.signs', { title: 'Memorandum on student exchange' }),
  );
  await expect(ceremony).toContainText('draft');
  await ceremony.scrollIntoViewIfNeeded();
  await page.screenshot({ path: info.outputPath('ceremony-en.png') });
  const stored = (await callApi(host, 'visits.get', { id: visit.visit.id })).visit.programme;
  expect(stored.map((i) => [i.type, i.agreementId])).toEqual([['ceremony', mou.id]]);

  // Act: mark it signed
  await ceremony
    .getByRole('button', {
      name: w('partnerLinks.ceremony.markSignedNamed', { title: 'Memorandum on student exchange' }),
    })
    .click();

  // Assert: signed on the ceremony's day, the button gone
  await expect(ceremony).toContainText('signed on 13 May 2026');
  await expect(ceremony.getByRole('button')).toHaveCount(0);
  const signed = (await callApi(host, 'partners.get', { id: partner.id })).agreements[0];
  expect([signed?.status, signed?.signedDate]).toEqual(['signed', '2026-05-13']);

  // Act: undo
  const notice = page.getByTestId('undo-notice');
  await expect(notice).toContainText('“Memorandum on student exchange” is marked as signed on 13 May 2026.');
  await notice.getByRole('button', { name: 'Undo' }).click();

  // Assert: a draft again, to be signed
  await expect(ceremony.getByRole('button', { name: /Mark/ })).toBeVisible();
  const back = (await callApi(host, 'partners.get', { id: partner.id })).agreements[0];
  expect([back?.status, back?.signedDate]).toEqual(['draft', '']);
});

for (const lang of ['az', 'ru'] as const satisfies readonly Lang[]) {
  test(`Today lists an agreement ending in 30 days, linking to its partner (${lang})`, async ({
    page,
    host,
  }, info) => {
    // Arrange: a signed MoU ending in 30 days, and an open-ended one that must not show
    await callApi(host, 'settings.update', { uiLanguage: lang });
    const w = (key: string, params: Record<string, string> = {}) => words(lang, key, params);
    const today = TODAY;
    const partner = await callApi(host, 'partners.save', { partner: ANKARA });
    await callApi(host, 'agreements.save', {
      agreement: {
        partnerId: partner.id,
        kind: 'mou',
        title: { az: 'Tələbə mübadiləsi haqqında memorandum', ru: 'Меморандум об обмене студентами' },
        status: 'signed',
        signedDate: addDays(today, -335),
        validFrom: addDays(today, -335),
        validTo: addDays(today, 30),
        autoRenewal: true,
      },
    });
    await callApi(host, 'agreements.save', {
      agreement: { partnerId: partner.id, title: { en: 'Open-ended' }, status: 'signed', signedDate: today },
    });

    // Act
    await openAt(page, host, '#/today');

    // Assert
    const card = page.getByRole('region', { name: w('partnerLinks.renewals.title') });
    const line = card.getByTestId('today-renewal');
    await expect(line).toHaveCount(1);
    const expected = {
      az: [
        'Ankara Universiteti',
        'Tələbə mübadiləsi haqqında memorandum',
        '30 gün sonra',
        'avtomatik uzadılır',
      ],
      ru: [
        'Анкарский университет',
        'Меморандум об обмене студентами',
        'через 30 дней',
        'продлевается автоматически',
      ],
    }[lang];
    for (const text of expected) await expect(line).toContainText(text);
    await expect(line.getByRole('link')).toHaveAttribute('href', `#/partners/${partner.id}`);
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: info.outputPath(`today-renewals-${lang}.png`), fullPage: true });
    await expectAccessible(page, lang, 'Today with a renewal');
  });
}
