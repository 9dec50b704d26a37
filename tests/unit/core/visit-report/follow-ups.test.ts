import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Store } from '../../../../src/core/store/store';
import { addPartnerAndAgreement, reportCore } from '../../../support/visit-report';
import { tempDirs } from '../../../support/temp-dir';

const dirs = tempDirs('qonaq-visit-report-');
afterEach(() => dirs.removeAll());

async function setUp() {
  const root = await dirs.make();
  const core = await reportCore(root);
  const visit = async (title: string, arrivalDate: string, departureDate: string) =>
    (await core.call('visits.create', { visit: { title, lang: 'en', arrivalDate, departureDate } })).visit.id;
  return { root, ...core, visit };
}

describe('visitReport.save', () => {
  it('writes the report to the visit file, giving new follow-ups ids that they keep when sent back', async () => {
    const { root, store, call, visit, now } = await setUp();
    const id = await visit('Ankara delegation', '2026-05-10', '2026-05-12');
    const first = await call('visitReport.save', {
      visitId: id,
      report: {
        outcomes: { en: 'Two joint courses agreed.', az: 'İki birgə kurs razılaşdırıldı.' },
        followUps: [
          { text: { en: 'Send the draft MoU' }, owner: 'Nigar Əliyeva', due: '2026-06-01' },
          { text: { ru: 'Согласовать даты' }, owner: 'Rashad' },
        ],
      },
    });
    const saved = first.visit.report;
    expect(saved?.outcomes).toEqual({
      en: 'Two joint courses agreed.',
      az: 'İki birgə kurs razılaşdırıldı.',
      ru: '',
    });
    const [a, b] = saved?.followUps ?? [];
    expect(a?.id).toMatch(/^[0-9a-f]{20}$/);
    expect(b?.id).toMatch(/^[0-9a-f]{20}$/);
    expect(a?.id).not.toBe(b?.id);
    expect(a).toMatchObject({ owner: 'Nigar Əliyeva', due: '2026-06-01', done: false, doneAt: '' });

    // Sent back with the first marked done, the second removed and a third added.
    now.value = new Date('2026-05-21T09:30:00Z');
    const second = await call('visitReport.save', {
      visitId: id,
      report: {
        outcomes: { en: 'Two joint courses agreed.' },
        followUps: [
          {
            id: a?.id ?? '',
            text: { en: 'Send the draft MoU' },
            owner: 'Nigar Əliyeva',
            due: '2026-06-01',
            done: true,
          },
          { text: { en: 'Book the return visit' } },
        ],
      },
    });
    const [kept, added] = second.visit.report?.followUps ?? [];
    expect(kept?.id).toBe(a?.id);
    expect(kept?.doneAt).toBe('2026-05-21T09:30:00.000Z');
    expect(added?.id).not.toBe(b?.id);
    expect(second.visit.report?.followUps).toHaveLength(2);

    // Saved again later, still done: the moment it was done stays.
    now.value = new Date('2026-05-25T09:30:00Z');
    const third = await call('visitReport.save', {
      visitId: id,
      report: {
        followUps: [{ id: a?.id ?? '', text: { en: 'Send the draft MoU' }, done: true }],
      },
    });
    expect(third.visit.report?.followUps[0]?.doneAt).toBe('2026-05-21T09:30:00.000Z');

    // Reopened: doneAt is cleared.
    const fourth = await call('visitReport.save', {
      visitId: id,
      report: { followUps: [{ id: a?.id ?? '', text: { en: 'Send the draft MoU' }, done: false }] },
    });
    expect(fourth.visit.report?.followUps[0]).toMatchObject({ done: false, doneAt: '' });

    // On disk: the store opened afresh over the folder reads it back.
    await store.close();
    const reopened = await Store.open(join(root, 'data'), { snapshotEveryMs: 0 });
    await reopened.ready();
    expect(reopened.getVisit(id)?.report?.followUps).toEqual([
      expect.objectContaining({ id: a?.id, done: false, doneAt: '' }),
    ]);
    await reopened.close();
  });

  it('refuses an agreement that is not in the partners document, naming the field', async () => {
    const { store, call, refusal, visit } = await setUp();
    const id = await visit('Visit', '2026-05-10', '2026-05-12');
    await addPartnerAndAgreement(
      store,
      {
        id: 'p1',
        officialName: 'Ankara Üniversitesi',
        names: { az: 'Ankara Universiteti', en: 'Ankara University', ru: '' },
      },
      { id: 'a1', title: { az: '', en: 'Memorandum', ru: '' }, signedDate: '2026-05-11' },
    );
    const error = await refusal('visitReport.save', {
      visitId: id,
      report: { agreementIds: ['a1', 'nosuchagreement'] },
    });
    expect(error).toMatchObject({
      code: 'validation',
      fields: [{ path: 'report.agreementIds.1', code: 'invalidChoice' }],
    });
    const ok = await call('visitReport.save', { visitId: id, report: { agreementIds: ['a1', 'a1'] } });
    expect(ok.visit.report?.agreementIds).toEqual(['a1']);
  });

  it('refuses a follow-up without any text and an unknown visit', async () => {
    const { refusal, visit } = await setUp();
    const id = await visit('Visit', '2026-05-10', '2026-05-12');
    const error = await refusal('visitReport.save', { visitId: id, report: { followUps: [{ owner: 'X' }] } });
    expect(error).toMatchObject({
      code: 'validation',
      fields: [{ path: 'report.followUps.0.text.en', code: 'required' }],
    });
    expect(await refusal('visitReport.save', { visitId: 'nosuchvisit', report: {} })).toMatchObject({
      code: 'notFound',
    });
  });

  it('keeps the report when the visit itself is edited', async () => {
    const { call, visit } = await setUp();
    const id = await visit('Visit', '2026-05-10', '2026-05-12');
    await call('visitReport.save', { visitId: id, report: { outcomes: { en: 'Agreed.' } } });
    const edited = await call('visits.update', {
      id,
      visit: { title: 'Visit renamed', lang: 'en', arrivalDate: '2026-05-10', departureDate: '2026-05-12' },
    });
    expect(edited.visit.report?.outcomes.en).toBe('Agreed.');
  });
});

describe('followUps.open and followUps.setDone', () => {
  it('lists every visit’s open follow-ups, soonest due first, undated last, overdue flagged against today', async () => {
    const { call, visit } = await setUp();
    const one = await visit('First visit', '2026-04-01', '2026-04-03');
    const two = await visit('Second visit', '2026-05-01', '2026-05-02');
    await call('visitReport.save', {
      visitId: one,
      report: {
        followUps: [
          { text: { en: 'Undated' } },
          { text: { en: 'Late' }, due: '2026-05-19' },
          { text: { en: 'Finished' }, due: '2026-05-01', done: true },
        ],
      },
    });
    await call('visitReport.save', {
      visitId: two,
      report: {
        followUps: [
          { text: { en: 'Today' }, due: '2026-05-20' },
          { text: { en: 'Later' }, due: '2026-07-01' },
        ],
      },
    });

    const open = await call('followUps.open', {});
    expect(open.map((o) => [o.followUp.text.en, o.visitTitle, o.overdue])).toEqual([
      ['Late', 'First visit', true],
      ['Today', 'Second visit', false],
      ['Later', 'Second visit', false],
      ['Undated', 'First visit', false],
    ]);
    // Asked for another day: what is overdue follows it.
    const later = await call('followUps.open', { today: '2026-06-02' });
    expect(later.filter((o) => o.overdue).map((o) => o.followUp.text.en)).toEqual(['Late', 'Today']);
  });

  it('marks one done with the moment, and opens it again', async () => {
    const { call, refusal, visit, now } = await setUp();
    const id = await visit('Visit', '2026-05-01', '2026-05-02');
    const saved = await call('visitReport.save', {
      visitId: id,
      report: { followUps: [{ text: { en: 'Call' } }] },
    });
    const followUpId = saved.visit.report?.followUps[0]?.id ?? '';
    now.value = new Date('2026-05-22T07:00:00Z');
    const done = await call('followUps.setDone', { visitId: id, followUpId, done: true });
    expect(done.visit.report?.followUps[0]).toMatchObject({ done: true, doneAt: '2026-05-22T07:00:00.000Z' });
    expect(await call('followUps.open', {})).toEqual([]);
    const reopened = await call('followUps.setDone', { visitId: id, followUpId, done: false });
    expect(reopened.visit.report?.followUps[0]).toMatchObject({ done: false, doneAt: '' });
    expect((await call('followUps.open', {})).map((o) => o.followUp.id)).toEqual([followUpId]);
    expect(
      await refusal('followUps.setDone', { visitId: id, followUpId: 'nosuchfollowup', done: true }),
    ).toMatchObject({ code: 'notFound' });
  });
});
