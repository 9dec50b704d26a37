import { afterEach, describe, expect, it } from 'vitest';
import type { GuestInput } from '../../../src/shared/domain';
import { documentText } from '../../unit/letters/docx-xml';
import { sampleGuest, sampleInstitution } from '../../unit/letters/fixtures';
import { docx, letterCores, letterRequest, setUpInstitution, visitWithGuest, type Core } from './setup';

const cores = letterCores();
afterEach(() => cores.cleanUp());

const MEMBER: GuestInput = {
  ...sampleGuest(),
  role: 'member',
  honorific: 'none',
  gender: 'male',
  surname: 'Yılmaz',
  givenNames: 'Mehmet Ali',
  dateOfBirth: '1968-07-02',
  position: 'Professor',
  lang: 'en',
  translations: { ru: { position: 'Профессор', organisation: 'Анкарский университет' } },
  passport: { number: 'U98765432', issuingCountry: 'TR', issueDate: '2021-05-05', expiryDate: '2031-05-04' },
};

async function addMember(core: Core, visitId: string, guest: Partial<GuestInput> = {}): Promise<string> {
  const { visit } = await core.ok('guests.add', { visitId, guest: { ...MEMBER, ...guest } });
  const added = visit.guests[visit.guests.length - 1];
  if (!added) throw new Error('no guest added');
  return added.id;
}

const groupRequest = (ids: { visitId: string; guestId: string }, language: 'en' | 'ru' = 'en') =>
  letterRequest(ids, language, 'visaInvitation', {
    options: {
      cities: 'Baku',
      accommodation: 'Hotel Qafqaz, Baku',
      costs: [],
      groupAnnex: true,
      visa: {
        type: 'business',
        entries: 'multiple',
        validityDays: 90,
        collection: { kind: 'eVisa' },
      },
    },
  });

describe('a group visa invitation through letters.issue', () => {
  it('lists every member of the visit in the annex, with the visa asked for and the VÖEN', async () => {
    const core = await cores.open();
    await core.ok('institution.update', { institution: { ...sampleInstitution(), taxId: '1700012345' } });
    const ids = await visitWithGuest(core);
    await addMember(core, ids.visitId);

    const issued = await core.ok('letters.issue', { request: groupRequest(ids) });

    const text = documentText(docx(issued.base64));
    expect(text).toContain(
      'Caspian State University (TIN: 1700012345) invites the head of the delegation named below',
    );
    expect(text).toContain(
      'Visa requested | Ordinary visa for business purposes, multiple entry, valid for 90 days |',
    );
    expect(text).toContain('Visa to be collected at | Electronic visa (ASAN Visa) at evisa.gov.az |');
    expect(text).toContain(
      '2 | Yılmaz Mehmet Ali | 02.07.1968 | Male | Türkiye | U98765432 | 04.05.2031 | Professor |',
    );
  });

  it('refuses, taking no number, while a member lacks passport data, naming the member and field', async () => {
    const core = await cores.open();
    await setUpInstitution(core);
    const ids = await visitWithGuest(core);
    const memberId = await addMember(core, ids.visitId, {
      passport: { number: '', issuingCountry: 'TR', issueDate: '', expiryDate: '' },
    });

    const refused = await core.fails('letters.issue', { request: groupRequest(ids) });
    const register = await core.ok('letters.register', {});

    expect(refused.code).toBe('letterIncomplete');
    expect(refused.fields).toEqual([
      { path: `guests.${memberId}.passport.number`, code: 'required' },
      { path: `guests.${memberId}.passport.expiryDate`, code: 'required' },
    ]);
    expect(register).toEqual([]);
  });

  it('asks for a member’s position in the letter’s language', async () => {
    const core = await cores.open();
    await setUpInstitution(core);
    const ids = await visitWithGuest(core);
    const memberId = await addMember(core, ids.visitId, { translations: {} });

    const refused = await core.fails('letters.issue', { request: groupRequest(ids, 'ru') });

    expect(refused).toEqual({
      code: 'textsMissing',
      params: { language: 'ru' },
      fields: [
        {
          path: 'texts.guest.position',
          code: 'notInLanguage',
          params: { language: 'ru', id: memberId, visitId: ids.visitId, original: 'Professor', from: 'en' },
        },
        {
          path: 'texts.guest.organisation',
          code: 'notInLanguage',
          params: {
            language: 'ru',
            id: memberId,
            visitId: ids.visitId,
            original: 'Ankara University',
            from: 'en',
          },
        },
      ],
    });
  });

  it('is refused for a guest who is not the head of the delegation', async () => {
    const core = await cores.open();
    await setUpInstitution(core);
    const ids = await visitWithGuest(core);
    const memberId = await addMember(core, ids.visitId);

    const refused = await core.fails('letters.issue', {
      request: groupRequest({ ...ids, guestId: memberId }),
    });

    expect(refused).toEqual({
      code: 'validation',
      fields: [{ path: 'request.options.groupAnnex', code: 'invalidChoice' }],
    });
  });
});

describe('a re-issued letter', () => {
  it('prints its revision mark beside the number', async () => {
    const core = await cores.open();
    await setUpInstitution(core);
    const ids = await visitWithGuest(core);
    const first = await core.ok('letters.issue', { request: letterRequest(ids, 'en') });

    const again = await core.ok('letters.issue', {
      request: letterRequest(ids, 'en'),
      reissueOf: first.entry.id,
    });

    expect(again.entry.revision).toBe(2);
    expect(documentText(docx(first.base64))).not.toContain('Revision');
    expect(documentText(docx(again.base64))).toContain(
      'Ref. No. BƏ-0001/2026  Revision 2\tBaku, 15\u00a0October\u00a02026',
    );
  });
});
