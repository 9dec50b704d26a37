import { afterEach, describe, expect, it } from 'vitest';
import { documentText } from '../../unit/letters/docx-xml';
import { docx, letterCores, letterRequest, letterVisit, setUpInstitution } from './setup';
import { sampleGuest } from '../../unit/letters/fixtures';

const cores = letterCores('qonaq-letter-texts-');
afterEach(() => cores.cleanUp());

const AZ_PURPOSE = 'Tələbə mübadiləsi və birgə tədqiqatlar';
const RU_PURPOSE = 'Обмен студентами и совместные исследования';

/** A visit whose purpose exists only in Azerbaijani; everything else the letter prints exists in Russian. */
async function azOnlyPurpose(core: Awaited<ReturnType<typeof cores.open>>) {
  await setUpInstitution(core);
  const { visit } = await core.ok('visits.create', {
    visit: letterVisit({
      lang: 'az',
      title: 'Ankara Universitetinin nümayəndə heyəti',
      purpose: AZ_PURPOSE,
      partnerName: 'Ankara Universiteti',
      translations: {
        ru: { title: 'Делегация Анкарского университета', partnerName: 'Анкарский университет' },
      },
    }),
  });
  const { visit: withGuest } = await core.ok('guests.add', { visitId: visit.id, guest: sampleGuest() });
  const guestId = withGuest.guests[0]?.id ?? '';
  return { visitId: visit.id, guestId };
}

describe('a letter in a language some of its texts are not written in', () => {
  it('is checked, refused without taking a number, and issued once the text is given in that language', async () => {
    const core = await cores.open();
    const ids = await azOnlyPurpose(core);

    const check = await core.ok('letters.check', { ...ids, kind: 'visaInvitation', language: 'ru' });
    const refused = await core.fails('letters.issue', { request: letterRequest(ids, 'ru') });
    const registerAfterRefusal = await core.ok('letters.register', {});
    await core.ok('texts.translate', {
      texts: [{ owner: 'visit', id: ids.visitId, field: 'purpose', language: 'ru', value: RU_PURPOSE }],
    });
    const letter = await core.ok('letters.issue', { request: letterRequest(ids, 'ru') });

    expect(check.missingTexts).toEqual([
      { owner: 'visit', id: ids.visitId, field: 'purpose', language: 'ru', original: AZ_PURPOSE, from: 'az' },
    ]);
    expect(refused).toEqual({
      code: 'textsMissing',
      params: { language: 'ru' },
      fields: [
        {
          path: 'texts.visit.purpose',
          code: 'notInLanguage',
          params: { language: 'ru', id: ids.visitId, visitId: ids.visitId, original: AZ_PURPOSE, from: 'az' },
        },
      ],
    });
    expect(registerAfterRefusal).toEqual([]);
    expect(letter.entry.number).toBe('BƏ-0001/2026');
    const text = documentText(docx(letter.base64));
    expect(text).toContain(RU_PURPOSE);
    expect(text).toContain('Делегация Анкарского университета');
    expect(text).not.toContain(AZ_PURPOSE);
    expect(text).not.toContain('Ankara Universitetinin');
  });

  it('in the language the texts were written in needs nothing more', async () => {
    const core = await cores.open();
    const ids = await azOnlyPurpose(core);

    const letter = await core.ok('letters.issue', { request: letterRequest(ids, 'az') });

    expect(documentText(docx(letter.base64))).toContain(AZ_PURPOSE);
  });

  it('in a bulk issue refuses only the letters that lack a text, and they take no number', async () => {
    const core = await cores.open();
    const ids = await azOnlyPurpose(core);

    const results = await core.ok('letters.issueMany', {
      requests: [letterRequest(ids, 'ru'), letterRequest(ids, 'az'), letterRequest(ids, 'en')],
    });

    expect(results.map((r) => (r.ok ? r.value.entry.number : r.error.code))).toEqual([
      'textsMissing',
      'BƏ-0001/2026',
      // English lacks the title, the partner and the purpose: the visit was typed in Azerbaijani.
      'textsMissing',
    ]);
  });
});

describe('texts.translate', () => {
  it('saves texts of guests, hotels and the verification contact, and an empty value removes one', async () => {
    const core = await cores.open();
    const ids = await azOnlyPurpose(core);
    const hotel = await core.ok('hotels.save', {
      hotel: { name: 'Qafqaz Otel', address: 'Neftçilər prospekti 12' },
    });

    await core.ok('texts.translate', {
      texts: [
        {
          owner: 'guest',
          visitId: ids.visitId,
          id: ids.guestId,
          field: 'position',
          language: 'ru',
          value: 'Проректор',
        },
        { owner: 'hotel', id: hotel.id, field: 'name', language: 'ru', value: 'Отель «Гафгаз»' },
        { owner: 'contact', id: 'institution', field: 'name', language: 'en', value: '' },
      ],
    });

    const { visit } = await core.ok('visits.get', { id: ids.visitId });
    const [saved] = await core.ok('hotels.list', {});
    const { institution } = await core.ok('institution.get', {});
    expect(visit.guests[0]?.translations?.ru).toEqual({
      position: 'Проректор',
      organisation: 'Анкарский университет',
    });
    expect(saved?.translations).toEqual({ ru: { name: 'Отель «Гафгаз»' } });
    expect(institution?.verificationContact.translations).toEqual({ en: {}, ru: { name: 'Гюнай Гулиева' } });
  });

  it('refuses a field that is not translated and a guest that is not on the visit, and saves nothing', async () => {
    const core = await cores.open();
    const ids = await azOnlyPurpose(core);

    const badField = await core.fails('texts.translate', {
      texts: [{ owner: 'visit', id: ids.visitId, field: 'notes', language: 'ru', value: 'x' }],
    });
    const badGuest = await core.fails('texts.translate', {
      texts: [
        { owner: 'visit', id: ids.visitId, field: 'purpose', language: 'ru', value: RU_PURPOSE },
        { owner: 'guest', visitId: ids.visitId, id: 'nobody', field: 'position', language: 'ru', value: 'x' },
      ],
    });

    expect(badField.code).toBe('validation');
    expect(badGuest).toMatchObject({ code: 'notFound' });
    const { visit } = await core.ok('visits.get', { id: ids.visitId });
    expect(visit.translations?.ru?.purpose).toBeUndefined();
  });
});

describe('a form that does not show translations', () => {
  it('saves the visit and the guest without losing the translations they had', async () => {
    const core = await cores.open();
    const ids = await azOnlyPurpose(core);
    const { visit } = await core.ok('visits.get', { id: ids.visitId });
    const {
      id: _id,
      guests,
      stays: _s,
      programme: _p,
      roomBlocks: _r,
      createdAt: _c,
      updatedAt: _u,
      revision: _rev,
      removedEvents: _removed,
      changedBy: _by,
      changedAt: _at,
      history: _history,
      lang: _l,
      translations: _t,
      ...form
    } = visit;
    const [guest] = guests;
    if (!guest) throw new Error('no guest');
    const { id: _g, lang: _gl, translations: _gt, ...guestForm } = guest;

    await core.ok('visits.update', { id: ids.visitId, visit: { ...form, notes: 'Changed in the form' } });
    await core.ok('guests.update', {
      visitId: ids.visitId,
      guestId: ids.guestId,
      guest: { ...guestForm, phone: '+90 312 000 00 00' },
    });

    const { visit: saved } = await core.ok('visits.get', { id: ids.visitId });
    expect(saved.notes).toBe('Changed in the form');
    expect(saved.lang).toBe('az');
    expect(saved.translations?.ru?.title).toBe('Делегация Анкарского университета');
    expect(saved.guests[0]?.translations?.ru?.position).toBe('Проректор по научной работе');
  });
});
