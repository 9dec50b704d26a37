import { afterEach, describe, expect, it } from 'vitest';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ATTACHMENT_MAX_BYTES } from '../../../src/shared/partners';
import { ankaraPartner as ankara, mouAgreement as mou } from '../../support/builders';
import {
  letterCores,
  letterRequest,
  setUpInstitution,
  visitWithGuest,
  type Core,
} from '../letters-service/setup';

/** Partners and agreements through the app's dispatch over a real store (the clock: 15 October 2026). */
const cores = letterCores('qonaq-partners-');
afterEach(() => cores.cleanUp());

async function withPartner(core: Core) {
  return core.ok('partners.save', { partner: ankara });
}

describe('partners', () => {
  it('saves, lists, replaces, deletes and restores a partner with its agreements', async () => {
    const core = await cores.open();
    const partner = await withPartner(core);
    const agreement = await core.ok('agreements.save', { agreement: mou(partner.id) });

    expect(partner).toMatchObject({ ...ankara, createdAt: '2026-10-15T08:00:00.000Z' });
    expect(await core.ok('partners.list', { text: 'Анкара' })).toMatchObject([
      { id: partner.id, visitCount: 0, agreementCount: 1, nextEnd: '2026-12-31' },
    ]);

    core.clock.now = new Date('2026-10-16T08:00:00Z');
    const replaced = await core.ok('partners.save', {
      id: partner.id,
      partner: { ...ankara, city: 'Çankaya' },
    });
    expect(replaced).toMatchObject({
      city: 'Çankaya',
      createdAt: '2026-10-15T08:00:00.000Z',
      updatedAt: '2026-10-16T08:00:00.000Z',
    });

    await core.ok('partners.delete', { id: partner.id });
    expect(await core.ok('partners.list', {})).toEqual([]);
    expect((await core.fails('partners.get', { id: partner.id })).code).toBe('notFound');
    expect((await core.fails('agreements.sign', { id: agreement.id, date: '2026-10-16' })).code).toBe(
      'notFound',
    );

    await core.ok('partners.restore', { id: partner.id });
    const detail = await core.ok('partners.get', { id: partner.id });
    expect(detail.agreements.map((a) => a.id)).toEqual([agreement.id]);
    // Kept on disk: a new store over the folder reads the same.
    await cores.closeAll();
    const reopened = await cores.open({ dataDir: core.dataDir });
    expect((await reopened.ok('partners.get', { id: partner.id })).partner.city).toBe('Çankaya');
  });

  it('refuses a second partner with the same name in the same country, and an unknown id', async () => {
    const core = await cores.open();
    await withPartner(core);

    expect(
      await core.fails('partners.save', { partner: { officialName: 'ANKARA  universitesi', country: 'TR' } }),
    ).toEqual({
      code: 'validation',
      fields: [{ path: 'partner.officialName', code: 'duplicate' }],
    });
    expect((await core.fails('partners.save', { id: 'nosuchpartner', partner: ankara })).code).toBe(
      'notFound',
    );
    expect((await core.fails('partners.get', { id: 'nosuchpartner' })).code).toBe('notFound');
  });

  it("shows a partner's visits with guests, head and letters (voided left out), a timeline and renewals", async () => {
    const core = await cores.open();
    await setUpInstitution(core);
    const partner = await withPartner(core);
    const ids = await visitWithGuest(core);
    await core.ok('visits.update', {
      id: ids.visitId,
      visit: { ...(await visitOf(core, ids.visitId)), partnerIds: [partner.id] },
    });
    const first = await core.ok('letters.issue', { request: letterRequest(ids, 'en') });
    const second = await core.ok('letters.issue', { request: letterRequest(ids, 'ru') });
    await core.ok('letters.void', { entryId: second.entry.id, reason: 'Sent by mistake' });
    const agreement = await core.ok('agreements.save', { agreement: mou(partner.id) });

    const detail = await core.ok('partners.get', { id: partner.id });

    expect(detail.visits).toEqual([
      {
        id: ids.visitId,
        title: 'Ankara University delegation visit',
        status: 'planned',
        arrivalDate: '2026-11-24',
        departureDate: '2026-11-28',
        guestCount: 1,
        headName: expect.any(String) as string,
        letterCount: 1,
      },
    ]);
    expect(detail.timeline.map((e) => [e.date, e.kind, e.refId])).toEqual([
      ['2026-12-31', 'agreementEnds', agreement.id],
      ['2026-11-28', 'visitLeaves', ids.visitId],
      ['2026-11-24', 'visitArrives', ids.visitId],
      ['2026-10-15', 'letterIssued', first.entry.id],
      ['2022-01-10', 'agreementStarts', agreement.id],
      ['2022-01-10', 'agreementSigned', agreement.id],
    ]);
    // 15 October to 31 December: 77 days, within the 90 shown by default.
    expect(detail.renewals).toMatchObject([
      { agreementId: agreement.id, daysLeft: 77, partnerName: 'Ankara Üniversitesi' },
    ]);
    expect((await core.ok('partners.list', {}))[0]).toMatchObject({ visitCount: 1, agreementCount: 1 });
  });
});

async function visitOf(core: Core, id: string) {
  const { visit } = await core.ok('visits.get', { id });
  const {
    id: _id,
    guests: _g,
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
    ...data
  } = visit;
  return data;
}

describe('agreements', () => {
  it('needs its partner in the directory, and goes to the trash and back', async () => {
    const core = await cores.open();
    expect(await core.fails('agreements.save', { agreement: mou('nosuchpartner') })).toEqual({
      code: 'validation',
      fields: [{ path: 'agreement.partnerId', code: 'invalid' }],
    });
    const partner = await withPartner(core);
    const agreement = await core.ok('agreements.save', { agreement: mou(partner.id) });

    await core.ok('agreements.delete', { id: agreement.id });
    expect((await core.ok('partners.get', { id: partner.id })).agreements).toEqual([]);
    expect(await core.ok('agreements.restore', { id: agreement.id })).toEqual(agreement);
  });

  it('signs at a ceremony with an undo that puts status and date back', async () => {
    const core = await cores.open();
    const partner = await withPartner(core);
    const draft = await core.ok('agreements.save', {
      agreement: mou(partner.id, { status: 'negotiation', signedDate: '' }),
    });

    const { agreement, undo } = await core.ok('agreements.sign', { id: draft.id, date: '2026-10-20' });
    expect(agreement).toMatchObject({ status: 'signed', signedDate: '2026-10-20' });
    expect(undo).toEqual({ agreementId: draft.id, status: 'negotiation', signedDate: '' });

    expect(await core.ok('agreements.unsign', { undo })).toMatchObject({
      status: 'negotiation',
      signedDate: '',
    });
  });

  it('lists renewals within the setting, or the window asked for, from the day asked for', async () => {
    const core = await cores.open();
    const partner = await withPartner(core);
    const soon = await core.ok('agreements.save', { agreement: mou(partner.id, { validTo: '2026-11-14' }) });
    const later = await core.ok('agreements.save', { agreement: mou(partner.id, { validTo: '2027-03-01' }) });
    await core.ok('agreements.save', {
      agreement: mou(partner.id, { validTo: '2026-11-01', status: 'draft' }),
    });

    expect((await core.ok('agreements.renewals', {})).map((r) => [r.agreementId, r.daysLeft])).toEqual([
      [soon.id, 30],
    ]);
    await core.ok('settings.update', { renewalDays: 200 });
    expect((await core.ok('agreements.renewals', {})).map((r) => [r.agreementId, r.daysLeft])).toEqual([
      [soon.id, 30],
      [later.id, 137],
    ]);
    expect(
      (await core.ok('agreements.renewals', { days: 10, today: '2026-11-10' })).map((r) => r.daysLeft),
    ).toEqual([4]);
    // The interface language still changes on its own, and keeps the window.
    expect(await core.ok('settings.update', { uiLanguage: 'ru' })).toEqual({
      uiLanguage: 'ru',
      renewalDays: 200,
    });
  });
});

describe('signed copies', () => {
  const pdf = () => readFile(join(__dirname, '../../fixtures/signed-mou.pdf'));

  it('keeps a PDF with the data by its SHA-256 and answers it back byte for byte', async () => {
    const core = await cores.open();
    const partner = await withPartner(core);
    const agreement = await core.ok('agreements.save', { agreement: mou(partner.id) });
    const bytes = await pdf();

    const attached = await core.ok('agreements.attach', {
      id: agreement.id,
      fileName: 'C:\\Scans\\MoU Ankara.pdf',
      base64: bytes.toString('base64'),
    });

    expect(attached.attachment).toMatchObject({
      fileName: 'MoU Ankara.pdf',
      size: bytes.length,
      mediaType: 'application/pdf',
    });
    const sha256 = attached.attachment?.sha256 ?? '';
    expect(await readdir(join(core.dataDir, 'attachments'))).toEqual([sha256]);
    expect(await readFile(join(core.dataDir, 'attachments', sha256))).toEqual(bytes);
    const file = await core.ok('agreements.file', { id: agreement.id });
    expect(file.fileName).toBe('MoU Ankara.pdf');
    expect(Buffer.from(file.base64, 'base64')).toEqual(bytes);
    // Saving the agreement again keeps the copy; detaching drops it.
    expect(
      (await core.ok('agreements.save', { id: agreement.id, agreement: mou(partner.id) })).attachment,
    ).toEqual(attached.attachment);
    expect((await core.ok('agreements.detach', { id: agreement.id })).attachment).toBeUndefined();
    expect((await core.fails('agreements.file', { id: agreement.id })).code).toBe('notFound');
  });

  it('refuses a program renamed .pdf, whatever its name says', async () => {
    const core = await cores.open();
    const partner = await withPartner(core);
    const agreement = await core.ok('agreements.save', { agreement: mou(partner.id) });
    // The start of a Windows program: "MZ", the DOS header, then the PE signature further on.
    const exe = Buffer.alloc(512);
    exe.write('MZ', 0, 'latin1');
    exe.writeUInt32LE(0x80, 0x3c);
    exe.write('PE\0\0', 0x80, 'latin1');

    expect(
      await core.fails('agreements.attach', {
        id: agreement.id,
        fileName: 'MoU.pdf',
        base64: exe.toString('base64'),
      }),
    ).toEqual({
      code: 'attachmentType',
    });
    expect((await core.ok('partners.get', { id: partner.id })).agreements[0]?.attachment).toBeUndefined();
  });

  it('takes a file of exactly the limit and refuses one byte more with the limit in MB', async () => {
    const core = await cores.open();
    const partner = await withPartner(core);
    const agreement = await core.ok('agreements.save', { agreement: mou(partner.id) });
    const big = Buffer.alloc(ATTACHMENT_MAX_BYTES + 1);
    (await pdf()).copy(big);

    expect(
      await core.fails('agreements.attach', {
        id: agreement.id,
        fileName: 'big.pdf',
        base64: big.toString('base64'),
      }),
    ).toEqual({
      code: 'attachmentTooLarge',
      params: { limitMb: 20 },
    });
    const exact = await core.ok('agreements.attach', {
      id: agreement.id,
      fileName: 'exact.pdf',
      base64: big.subarray(0, ATTACHMENT_MAX_BYTES).toString('base64'),
    });
    expect(exact.attachment?.size).toBe(20 * 1024 * 1024);
  });
});
