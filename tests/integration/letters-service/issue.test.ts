import { afterEach, describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../src/shared/languages';
import { listFiles, registerOnDisk } from '../../support/store-files';
import { documentText } from '../../unit/letters/docx-xml';
import {
  docx,
  letterCores,
  letterRequest,
  letterVisit,
  OCTOBER_15,
  setUpInstitution,
  visitWithGuest,
} from './setup';

const cores = letterCores();
afterEach(() => cores.cleanUp());

describe('issuing a letter', () => {
  it.each(LANGUAGES)(
    'in %s: numbers it, records it on disk, and the .docx carries the number and the passport name',
    async (language) => {
      const core = await cores.open();
      await setUpInstitution(core);
      const ids = await visitWithGuest(core);

      const issued = await core.ok('letters.issue', { request: letterRequest(ids, language) });

      const number = 'BƏ-0001/2026';
      expect(issued.entry).toMatchObject({
        sequence: 1,
        year: 2026,
        number,
        date: '2026-10-15',
        kind: 'visaInvitation',
        language,
        visitId: ids.visitId,
        visitTitle: 'Ankara University delegation visit',
        guestId: ids.guestId,
        guestName: 'Ayşe Gül Demirci',
        revision: 1,
        revisions: [{ revision: 1, date: '2026-10-15', issuedAt: OCTOBER_15.toISOString() }],
        issuedAt: OCTOBER_15.toISOString(),
      });
      expect(issued.fileName).toBe(issued.entry.fileName);
      expect(issued.fileName).toMatch(
        new RegExp(`^Demirci Ayşe Gül - .+ - ${language.toUpperCase()} - BƏ-0001-2026\\.docx$`),
      );
      const text = documentText(docx(issued.base64));
      expect(text).toContain(number);
      // As typed from the passport, in every language: never case-mapped by the letter's language.
      expect(text).toContain('Demirci Ayşe Gül');
      expect(text).not.toMatch(/DEM[İI]RC[İI]/);
      expect(text).toContain('U12345678');
      const register = await registerOnDisk(core.dataDir);
      expect(register.entries).toEqual([issued.entry]);
      expect(register.counters).toEqual({ '2026': 1 });
    },
  );

  it('issues an official invitation to the head of delegation, greeted by name', async () => {
    const core = await cores.open();
    await setUpInstitution(core);
    const ids = await visitWithGuest(core);

    const issued = await core.ok('letters.issue', {
      request: letterRequest(ids, 'en', 'officialInvitation'),
    });

    const text = documentText(docx(issued.base64));
    expect(text).toContain('Ref. No. BƏ-0001/2026');
    expect(text).toContain('Dear Professor Demirci,');
    expect(text).toContain('Meeting with the Rector');
    expect(issued.entry.kind).toBe('officialInvitation');
    expect(issued.fileName).toBe('Demirci Ayşe Gül - Letter of invitation - EN - BƏ-0001-2026.docx');
  });

  it('warns, without refusing, when the passport expires within three months of departure', async () => {
    const core = await cores.open();
    await setUpInstitution(core);
    const ids = await visitWithGuest(core, {
      passport: { number: 'U1', issuingCountry: 'TR', issueDate: '2017-01-01', expiryDate: '2027-01-10' },
    });

    const issued = await core.ok('letters.issue', { request: letterRequest(ids) });

    expect(issued.warnings).toEqual([
      { code: 'passportExpiresSoon', params: { expiryDate: '2027-01-10', requiredUntil: '2027-02-28' } },
    ]);
  });
});

describe('numbers', () => {
  it('follow the institution format: prefix, padding, pattern with the two-digit year', async () => {
    const core = await cores.open();
    await setUpInstitution(core, { prefix: 'IR/', padding: 3, pattern: '{prefix}{n}-{yy}' });
    const ids = await visitWithGuest(core);

    const numbers = [];
    for (let i = 0; i < 3; i++)
      numbers.push((await core.ok('letters.issue', { request: letterRequest(ids) })).entry.number);

    expect(numbers).toEqual(['IR/001-26', 'IR/002-26', 'IR/003-26']);
  });

  it('restart on 1 January in Baku time, which is still 31 December in UTC', async () => {
    const core = await cores.open({ now: new Date('2026-12-31T19:59:00Z') }); // 23:59 in Baku
    await setUpInstitution(core);
    const ids = await visitWithGuest(core);

    const late = await core.ok('letters.issue', { request: letterRequest(ids) });
    core.clock.now = new Date('2026-12-31T20:00:00Z'); // 00:00 on 1 January 2027 in Baku
    const first = await core.ok('letters.issue', { request: letterRequest(ids) });
    const second = await core.ok('letters.issue', { request: letterRequest(ids) });

    expect([late.entry.number, first.entry.number, second.entry.number]).toEqual([
      'BƏ-0001/2026',
      'BƏ-0001/2027',
      'BƏ-0002/2027',
    ]);
    expect(first.entry.date).toBe('2027-01-01');
    expect((await registerOnDisk(core.dataDir)).counters).toEqual({ '2026': 1, '2027': 2 });
  });

  it('run on across years when the format does not restart', async () => {
    const core = await cores.open({ now: new Date('2026-12-31T12:00:00Z') });
    await setUpInstitution(core, { yearlyRestart: false });
    const ids = await visitWithGuest(core);

    const before = await core.ok('letters.issue', { request: letterRequest(ids) });
    core.clock.now = new Date('2027-01-02T12:00:00Z');
    const after = await core.ok('letters.issue', { request: letterRequest(ids) });

    expect([before.entry.number, after.entry.number]).toEqual(['BƏ-0001/2026', 'BƏ-0002/2027']);
    expect((await registerOnDisk(core.dataDir)).counters).toEqual({ all: 2 });
  });

  it('are never printed twice, even when a change of format would bring one back', async () => {
    const core = await cores.open();
    await setUpInstitution(core, { pattern: '{prefix}{n}' });
    const ids = await visitWithGuest(core);
    await core.ok('letters.issue', { request: letterRequest(ids) }); // BƏ-0001 from the 2026 counter

    await setUpInstitution(core, { pattern: '{prefix}{n}', yearlyRestart: false });
    const next = await core.ok('letters.issue', { request: letterRequest(ids) });

    expect(next.entry.number).toBe('BƏ-0002');
  });
});

describe('refusals, before any number is taken', () => {
  it('refuses with institutionNotSet while the institution is not set up', async () => {
    const core = await cores.open();
    const ids = await visitWithGuest(core);

    expect(await core.fails('letters.issue', { request: letterRequest(ids) })).toEqual({
      code: 'institutionNotSet',
    });
    expect(await core.fails('letters.preview', { request: letterRequest(ids) })).toEqual({
      code: 'institutionNotSet',
    });
  });

  it('refuses a visa letter with letterIncomplete naming every missing field by its path', async () => {
    const core = await cores.open();
    await setUpInstitution(core);
    const ids = await visitWithGuest(core, {
      dateOfBirth: '',
      position: '',
      passport: { number: '', issuingCountry: 'TR', issueDate: '2020-01-15', expiryDate: '' },
    });

    const error = await core.fails('letters.issue', { request: letterRequest(ids) });

    expect(error).toEqual({
      code: 'letterIncomplete',
      fields: [
        { path: 'guest.dateOfBirth', code: 'required' },
        { path: 'guest.passport.number', code: 'required' },
        { path: 'guest.passport.expiryDate', code: 'required' },
        { path: 'guest.position', code: 'required' },
      ],
    });
    expect(await registerOnDisk(core.dataDir)).toEqual({ entries: [], counters: {} });
  });

  it('names a field of the institution or the visit where that is what is missing', async () => {
    const core = await cores.open();
    await setUpInstitution(core);
    const institution = (await core.ok('institution.get', {})).institution;
    if (!institution) throw new Error('no institution');
    await core.ok('institution.update', {
      institution: { ...institution, verificationContact: { name: '', phone: '', email: '' } },
    });
    const ids = await visitWithGuest(core);
    await core.ok('visits.update', { id: ids.visitId, visit: letterVisit({ purpose: '' }) });

    const error = await core.fails('letters.issue', { request: letterRequest(ids) });

    expect(error.fields?.map((f) => f.path)).toEqual([
      'visit.purpose',
      'institution.verificationContact.name',
      'institution.verificationContact.phone',
      'institution.verificationContact.email',
    ]);
  });

  it('refuses a signatory the institution does not have, on request.signatoryId', async () => {
    const core = await cores.open();
    await setUpInstitution(core);
    const ids = await visitWithGuest(core);

    expect(
      await core.fails('letters.issue', {
        request: letterRequest(ids, 'en', 'visaInvitation', { signatoryId: 'rector' }),
      }),
    ).toEqual({
      code: 'validation',
      fields: [{ path: 'request.signatoryId', code: 'invalidChoice' }],
    });
  });

  it('answers notFound for a visit or guest that does not exist', async () => {
    const core = await cores.open();
    await setUpInstitution(core);
    const ids = await visitWithGuest(core);

    expect(
      await core.fails('letters.issue', { request: letterRequest({ ...ids, guestId: 'nobody' }) }),
    ).toEqual({ code: 'notFound', params: { id: 'nobody' } });
    expect(
      await core.fails('letters.issue', { request: letterRequest({ ...ids, visitId: 'gone' }) }),
    ).toEqual({ code: 'notFound', params: { id: 'gone' } });
    expect(await registerOnDisk(core.dataDir)).toEqual({ entries: [], counters: {} });
  });
});

describe('letters.check', () => {
  it('lists what a visa letter still needs, as the guest form names the fields, and the warnings', async () => {
    const core = await cores.open();
    const ids = await visitWithGuest(core, {
      gender: '',
      citizenship: '',
      passport: { number: 'U1', issuingCountry: 'TR', issueDate: '2017-01-01', expiryDate: '2027-01-10' },
    });

    expect(await core.ok('letters.check', { ...ids, kind: 'visaInvitation' })).toEqual({
      missing: ['gender', 'citizenship'],
      warnings: [
        { code: 'passportExpiresSoon', params: { expiryDate: '2027-01-10', requiredUntil: '2027-02-28' } },
      ],
      missingTexts: [],
    });
    // An official letter greets the guest by gender: without it, "Dear Sir or Madam" would print.
    expect(await core.ok('letters.check', { ...ids, kind: 'officialInvitation' })).toEqual({
      missing: ['gender'],
      warnings: [],
      missingTexts: [],
    });
  });
});

describe('preview', () => {
  it('builds the letter with the running number left open and writes nothing to the register', async () => {
    const core = await cores.open();
    await setUpInstitution(core);
    const ids = await visitWithGuest(core);
    const before = await listFiles(core.dataDir);

    const preview = await core.ok('letters.preview', { request: letterRequest(ids, 'ru') });

    expect(documentText(docx(preview.base64))).toContain('BƏ-…/2026');
    expect(preview.fileName).toMatch(/ - RU - BƏ-…-2026\.docx$/);
    expect(await listFiles(core.dataDir)).toEqual(before);
    expect(await registerOnDisk(core.dataDir)).toEqual({ entries: [], counters: {} });
    expect((await core.ok('letters.issue', { request: letterRequest(ids, 'ru') })).entry.number).toBe(
      'BƏ-0001/2026',
    );
  });
});

describe('re-issue', () => {
  it('keeps the number, records revision 2 with its date, and rebuilds the letter with the corrected data', async () => {
    const core = await cores.open();
    await setUpInstitution(core);
    const ids = await visitWithGuest(core);
    const first = await core.ok('letters.issue', { request: letterRequest(ids) });
    await core.ok('letters.issue', { request: letterRequest(ids) }); // another letter in between
    const { visit } = await core.ok('visits.get', { id: ids.visitId });
    const guest = visit.guests[0];
    if (!guest) throw new Error('no guest');
    const { id: _id, ...data } = guest;
    await core.ok('guests.update', {
      ...ids,
      guest: { ...data, passport: { ...data.passport, number: 'U99999999' } },
    });
    core.clock.now = new Date('2026-10-20T08:00:00Z');

    const again = await core.ok('letters.issue', { request: letterRequest(ids), reissueOf: first.entry.id });

    expect(again.entry).toMatchObject({
      id: first.entry.id,
      number: 'BƏ-0001/2026',
      sequence: 1,
      revision: 2,
      date: '2026-10-20',
      revisions: [
        { revision: 1, date: '2026-10-15', issuedAt: OCTOBER_15.toISOString() },
        { revision: 2, date: '2026-10-20', issuedAt: '2026-10-20T08:00:00.000Z' },
      ],
    });
    const text = documentText(docx(again.base64));
    expect(text).toContain('BƏ-0001/2026');
    expect(text).toContain('U99999999');
    const register = await registerOnDisk(core.dataDir);
    expect(register.entries.map((e) => [e.number, e.revision])).toEqual([
      ['BƏ-0001/2026', 2],
      ['BƏ-0002/2026', 1],
    ]);
    expect(register.counters).toEqual({ '2026': 2 });
  });

  it('refuses to re-issue an entry as another guest, kind or language, and an entry that does not exist', async () => {
    const core = await cores.open();
    await setUpInstitution(core);
    const ids = await visitWithGuest(core);
    const first = await core.ok('letters.issue', { request: letterRequest(ids, 'en') });

    expect(
      await core.fails('letters.issue', { request: letterRequest(ids, 'ru'), reissueOf: first.entry.id }),
    ).toEqual({
      code: 'validation',
      fields: [{ path: 'reissueOf', code: 'invalid' }],
    });
    expect(
      await core.fails('letters.issue', {
        request: letterRequest(ids, 'en', 'officialInvitation'),
        reissueOf: first.entry.id,
      }),
    ).toMatchObject({
      code: 'validation',
    });
    expect(await core.fails('letters.issue', { request: letterRequest(ids), reissueOf: 'missing' })).toEqual({
      code: 'notFound',
      params: { id: 'missing' },
    });
    expect((await registerOnDisk(core.dataDir)).entries.map((e) => e.revision)).toEqual([1]);
  });
});
