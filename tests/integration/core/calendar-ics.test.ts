import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../src/core/api';
import { dispatch } from '../../../src/core/dispatch';
import { Store } from '../../../src/core/store/store';
import type { VisitDetail } from '../../../src/shared/visits-contract';
import type { ExportedFile } from '../../../src/shared/print';
import { guestData, programmeItemInput, visitData } from '../../support/builders';
import { importInto, readIcs, type ReadEvent } from '../../support/ics-reader';
import { tempDirs } from '../../support/temp-dir';

/**
 * Calendar files through the contract, as the UI asks for them, over a real folder and a clock the
 * test moves: the officer exports, changes an item a few minutes later, exports again.
 */
const dirs = tempDirs('qonaq-ics-');
const stores: Store[] = [];
afterEach(async () => {
  await Promise.all(stores.splice(0).map((s) => s.close()));
  await dirs.removeAll();
});

async function core() {
  let clock = Date.parse('2026-05-01T08:00:00.000Z');
  const store = await Store.open(await dirs.make(), { snapshotEveryMs: 0 });
  stores.push(store);
  const handlers = createHandlers(store, {
    version: '0.0.0-test',
    host: { kind: 'browser' },
    now: () => new Date(clock),
  });
  const call = async <T>(name: string, input: unknown): Promise<T> => {
    const result = await dispatch(handlers, name, input);
    if (!result.ok) throw Object.assign(new Error(result.error.code), result.error);
    return result.value as T;
  };
  const ics = async (input: unknown) =>
    Buffer.from((await call<ExportedFile>('calendar.ics', input)).base64, 'base64').toString('utf8');
  return {
    call,
    ics,
    dispatch: (name: string, input: unknown) => dispatch(handlers, name, input),
    later: (minutes: number) => (clock += minutes * 60_000),
  };
}

const ru = (title: string) => ({ lang: 'en' as const, translations: { ru: { title } } });

describe('calendar files through the contract', () => {
  it('imports the visit’s file twice, and a guest’s, without a duplicate; a moved item keeps its UID with a higher SEQUENCE', async () => {
    const { call, ics, later } = await core();
    const { visit } = await call<VisitDetail>('visits.create', {
      visit: visitData({ title: 'Ankara', ...ru('Анкара') }),
    });
    const visitId = visit.id;
    const noJourney = { arrival: {}, departure: {} };
    await call('guests.add', {
      visitId,
      guest: guestData({ givenNames: 'Ayşe', surname: 'ÖZTÜRK', ...noJourney }),
    });
    const two = await call<VisitDetail>('guests.add', {
      visitId,
      guest: guestData({
        givenNames: 'Burak',
        surname: 'KAYA',
        passport: { number: 'B7654321' },
        ...noJourney,
      }),
    });
    const [ayse, burak] = two.visit.guests.map((g) => g.id);
    if (!ayse || !burak) throw new Error('the guests were not added');
    await call('programme.save', { visitId, item: programmeItemInput({ title: 'Rector', ...ru('Ректор') }) });
    const withLecture = await call<VisitDetail>('programme.save', {
      visitId,
      item: programmeItemInput({
        title: 'Lecture',
        startTime: '14:00',
        endTime: '15:00',
        allGuests: false,
        guestIds: [burak],
        ...ru('Лекция'),
      }),
    });
    const lecture = withLecture.visit.programme.find((p) => p.title === 'Lecture');
    if (!lecture) throw new Error('the lecture was not saved');

    later(5);
    const firstVisitFile = await ics({ scope: 'visit', visitId, language: 'ru' });
    const ayseFile = await ics({ scope: 'guest', visitId, guestId: ayse, language: 'ru' });
    expect(readIcs(ayseFile).events.map((e) => e.summary)).toEqual(['Ректор']);

    later(3);
    await call('programme.save', { visitId, item: { ...lecture, startTime: '16:00', endTime: '17:00' } });
    later(1);
    const secondVisitFile = await ics({ scope: 'visit', visitId, language: 'ru' });
    const burakFile = await ics({ scope: 'guest', visitId, guestId: burak, language: 'ru' });

    const uid = `${lecture.id}.${visitId}@qonaq`;
    const before = readIcs(firstVisitFile).events.find((e) => e.uid === uid);
    const after = readIcs(secondVisitFile).events.find((e) => e.uid === uid);
    expect(before?.start).toBe('2026-05-13T14:00:00');
    expect(after?.start).toBe('2026-05-13T16:00:00');
    expect(after?.sequence).toBeGreaterThan(before?.sequence ?? Infinity);

    const calendar = new Map<string, ReadEvent>();
    for (const file of [firstVisitFile, ayseFile, secondVisitFile, burakFile, secondVisitFile])
      importInto(calendar, file);
    expect(calendar.size).toBe(2);
    expect(calendar.get(uid)?.start).toBe('2026-05-13T16:00:00');
  });

  it('says how many events a file holds and which texts it lacks, and refuses it until they are written', async () => {
    const { call, dispatch: ask } = await core();
    const { visit } = await call<VisitDetail>('visits.create', {
      visit: visitData({ title: 'Ankara', ...ru('Анкара') }),
    });
    const saved = await call<VisitDetail>('programme.save', {
      visitId: visit.id,
      item: programmeItemInput({ title: 'Rector', venue: 'Senate Hall', lang: 'en' }),
    });
    const item = saved.visit.programme[0];
    if (!item) throw new Error('the item was not saved');
    const request = { scope: 'visit', visitId: visit.id, language: 'ru' };
    const check = await call<{ events: number; missingTexts: { field: string }[] }>(
      'calendar.icsCheck',
      request,
    );
    expect(check.events).toBe(1);
    expect(check.missingTexts.map((m) => m.field).sort()).toEqual(['title', 'venue']);
    const refused = await ask('calendar.ics', request);
    expect(refused).toMatchObject({ ok: false, error: { code: 'textsMissing', params: { language: 'ru' } } });

    await call('texts.translate', {
      texts: [
        {
          owner: 'item',
          visitId: visit.id,
          id: item.id,
          field: 'title',
          language: 'ru',
          value: 'Встреча с ректором',
        },
        {
          owner: 'item',
          visitId: visit.id,
          id: item.id,
          field: 'venue',
          language: 'ru',
          value: 'Зал Сената',
        },
      ],
    });
    const file = await call<ExportedFile>('calendar.ics', request);
    expect(file.fileName).toBe('Анкара - календарь (RU).ics');
    const [event] = readIcs(Buffer.from(file.base64, 'base64').toString('utf8')).events;
    expect(event).toMatchObject({ summary: 'Встреча с ректором', location: 'Зал Сената' });
  });

  it('refuses a request that names no scope it knows', async () => {
    const { dispatch: ask } = await core();
    expect(await ask('calendar.ics', { scope: 'week', language: 'en' })).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    });
    expect(await ask('calendar.ics', { scope: 'host', host: '   ', language: 'en' })).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    });
  });
});
