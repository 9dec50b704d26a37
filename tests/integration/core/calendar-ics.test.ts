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

/** A calendar application's import of one event: a known UID is replaced by a SEQUENCE not lower. */
function importCalendarEvent(calendar: Map<string, ReadEvent>, event: ReadEvent): void {
  const known = calendar.get(event.uid);
  if (!known || event.sequence >= known.sequence) calendar.set(event.uid, event);
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

  it('keeps a journey’s UID when its flight changes, raises SEQUENCE within the same second, and cancels what was removed', async () => {
    const { call, ics } = await core();
    const { visit } = await call<VisitDetail>('visits.create', {
      visit: visitData({ title: 'Ankara', lang: 'en' }),
    });
    const visitId = visit.id;
    const arrival = { date: '2026-05-12', time: '14:35', flight: 'TK 334', airport: 'GYD' };
    const ayse = guestData({ givenNames: 'Ayşe', surname: 'ÖZTÜRK', arrival, departure: {} });
    const added = await call<VisitDetail>('guests.add', { visitId, guest: ayse });
    await call('guests.add', {
      visitId,
      guest: guestData({
        givenNames: 'Burak',
        surname: 'KAYA',
        passport: { number: 'B7654321' },
        arrival,
        departure: {},
      }),
    });
    const guestId = added.visit.guests[0]?.id ?? '';
    const saved = await call<VisitDetail>('programme.save', {
      visitId,
      item: programmeItemInput({ title: 'Rector', lang: 'en' }),
    });
    const itemId = saved.visit.programme[0]?.id ?? '';
    const request = { scope: 'visit', visitId, language: 'en' };
    const first = readIcs(await ics(request)).events;
    const uid = `arrival.${guestId}.${visitId}@qonaq`;
    // One event per guest: Ayşe and Burak share a car, each has an arrival of their own.
    expect(first.map((e) => e.summary).sort()).toEqual([
      'Arrival: Ayşe ÖZTÜRK · TK 334',
      'Arrival: Burak KAYA · TK 334',
      'Rector',
    ]);

    // The clock does not move: the flight changes, the item goes, within the second of the first file.
    await call('guests.update', {
      visitId,
      guestId,
      guest: { ...ayse, arrival: { ...arrival, time: '18:10', flight: 'J2 8012' } },
    });
    await call('programme.remove', { visitId, itemId });
    const second = readIcs(await ics(request)).events;
    const was = first.find((e) => e.uid === uid);
    const is = second.find((e) => e.uid === uid);
    expect(is).toMatchObject({
      summary: 'Arrival: Ayşe ÖZTÜRK · J2 8012',
      location: 'GYD',
      status: 'TENTATIVE',
    });
    // From an hour before landing to an hour and a half after, as the transfer.
    expect([is?.start, is?.end]).toEqual(['2026-05-12T17:10:00', '2026-05-12T19:40:00']);
    expect(is?.sequence).toBeGreaterThan(was?.sequence ?? Infinity);
    const rector = second.find((e) => e.uid === `${itemId}.${visitId}@qonaq`);
    expect(rector).toMatchObject({ summary: 'Rector', status: 'CANCELLED', start: '2026-05-13T10:00:00' });
    expect(rector?.sequence).toBeGreaterThan(first.find((e) => e.summary === 'Rector')?.sequence ?? Infinity);

    // Imported over the first file: two arrivals, the moved one moved, the rector's meeting cancelled.
    const calendar = new Map<string, ReadEvent>();
    for (const file of [first, second]) for (const e of file) importCalendarEvent(calendar, e);
    expect(calendar.size).toBe(3);
    expect(calendar.get(uid)?.start).toBe('2026-05-12T17:10:00');
    expect(calendar.get(`${itemId}.${visitId}@qonaq`)?.status).toBe('CANCELLED');

    // Ayşe leaves the visit: her arrival is cancelled in the next file, and in her own file's UID.
    await call('guests.remove', { visitId, guestId });
    const third = readIcs(await ics(request)).events;
    expect(third.find((e) => e.uid === uid)).toMatchObject({
      status: 'CANCELLED',
      summary: 'Arrival: Ayşe ÖZTÜRK · J2 8012',
    });
    expect(third.filter((e) => e.status !== 'CANCELLED').map((e) => e.summary)).toEqual([
      'Arrival: Burak KAYA · TK 334',
    ]);
  });

  it('puts the item back under its UID when the removal is undone: nothing cancelled is left', async () => {
    const { call, ics } = await core();
    const { visit } = await call<VisitDetail>('visits.create', {
      visit: visitData({ title: 'Ankara', lang: 'en' }),
    });
    const saved = await call<VisitDetail>('programme.save', {
      visitId: visit.id,
      item: programmeItemInput({ title: 'Rector', lang: 'en' }),
    });
    const item = saved.visit.programme[0];
    if (!item) throw new Error('the item was not saved');
    await call('programme.remove', { visitId: visit.id, itemId: item.id });
    await call('programme.save', { visitId: visit.id, item });
    const events = readIcs(await ics({ scope: 'visit', visitId: visit.id, language: 'en' })).events;
    expect(events.map((e) => [e.uid, e.status])).toEqual([[`${item.id}.${visit.id}@qonaq`, 'TENTATIVE']]);
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
