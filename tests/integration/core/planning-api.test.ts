import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PlanningSuggestions } from '../../../src/shared/planning-contract';
import type { VisitDetail } from '../../../src/shared/visits-contract';
import type { Hotel } from '../../../src/shared/accommodation';
import type { CalendarRange, Conflict } from '../../../src/shared/planning';
import { guestData, programmeItemInput, visitData } from '../../support/builders';
import { coreOverFolder } from '../../support/core-over-folder';

const open = coreOverFolder('qonaq-plan-api-');

async function visitWithGuests(call: Awaited<ReturnType<typeof open>>['call'], title = 'Ankara') {
  const noJourney = { arrival: {}, departure: {} };
  const created = await call<VisitDetail>('visits.create', { visit: visitData({ title }) });
  const visitId = created.visit.id;
  await call('guests.add', { visitId, guest: guestData({ givenNames: 'Ayşe', ...noJourney }) });
  const added = await call<VisitDetail>('guests.add', {
    visitId,
    guest: guestData({ givenNames: 'Burak', passport: { number: 'B7654321' }, ...noJourney }),
  });
  return { visitId, guestIds: added.visit.guests.map((g) => g.id) };
}

describe('planning through the contract', () => {
  it('plans a journey and a programme, and the calendar shows them, with their conflicts, after a restart', async () => {
    const first = await open();
    const { visitId, guestIds } = await visitWithGuests(first.call);
    await first.call('travel.save', {
      visitId,
      direction: 'arrival',
      guestIds,
      leg: {
        date: '2026-05-12',
        time: '14:35',
        flight: 'TK 334',
        airport: 'GYD',
        pickup: { vehicle: '10-AB-123', leaveAt: '13:30' },
      },
    });
    await first.call('programme.save', {
      visitId,
      item: programmeItemInput({ title: 'Rector', venue: 'Senate Hall' }),
    });
    await first.call<VisitDetail>('programme.save', {
      visitId,
      item: programmeItemInput({
        title: 'Press',
        venue: 'Senate Hall',
        startTime: '10:30',
        endTime: '11:30',
      }),
    });
    const conflicts = await first.call<Conflict[]>('visits.conflicts', { id: visitId });
    expect(conflicts.map((c) => c.code)).toEqual(['guestOverlap', 'venueOverlap']);
    await first.store.close();

    const { call } = await open(first.dataDir);
    const shown = await call<CalendarRange>('calendar.range', { from: '2026-05-11', to: '2026-05-18' });

    expect(shown.visits.map((v) => v.title)).toEqual(['Ankara']);
    expect(
      shown.entries.map((e) => [e.kind, e.title, e.startDate, e.startTime, e.endTime, e.conflict]),
    ).toEqual([
      ['item', 'Rector', '2026-05-13', '10:00', '11:00', true],
      ['item', 'Press', '2026-05-13', '10:30', '11:30', true],
      ['transfer', 'TK 334', '2026-05-12', '13:30', '16:05', false],
    ]);
    expect(shown.conflicts).toHaveLength(2);
  });

  it('removes an item and puts it back with the same id', async () => {
    const { call } = await open();
    const { visitId } = await visitWithGuests(call);
    const saved = await call<VisitDetail>('programme.save', { visitId, item: programmeItemInput() });
    const item = saved.visit.programme[0];
    if (!item) throw new Error('no item');

    const removed = await call<VisitDetail>('programme.remove', { visitId, itemId: item.id });
    const back = await call<VisitDetail>('programme.save', { visitId, item });

    expect(removed.visit.programme).toEqual([]);
    expect(back.visit.programme).toEqual([item]);
  });

  it('titles the calendar in the language asked for, the UI language otherwise', async () => {
    const { call } = await open();
    const { visitId } = await visitWithGuests(call);
    await call('programme.save', {
      visitId,
      item: programmeItemInput({
        title: 'Rektorla görüş',
        titles: { az: '', en: 'Meeting with the rector', ru: 'Встреча с ректором' },
      }),
    });
    const range = { from: '2026-05-11', to: '2026-05-18' };
    const titles = async (extra: object) =>
      (await call<CalendarRange>('calendar.range', { ...range, ...extra })).entries
        .filter((e) => e.kind === 'item')
        .map((e) => e.title);

    expect(await titles({ language: 'ru' })).toEqual(['Встреча с ректором']);
    expect(await titles({ language: 'az' })).toEqual(['Rektorla görüş']);
    await call('settings.update', { uiLanguage: 'en' });
    expect(await titles({})).toEqual(['Meeting with the rector']);
  });

  it('holds rooms at a hotel and clears them', async () => {
    const { dataDir, call } = await open();
    const { visitId } = await visitWithGuests(call);
    const hotel = await call<Hotel>('hotels.save', { hotel: { name: 'Qafqaz Hotel', city: 'Baku' } });

    const held = await call<VisitDetail>('roomBlocks.save', { visitId, hotelId: hotel.id, rooms: 3 });
    const file = JSON.parse(await readFile(join(dataDir, 'visits', `${visitId}.json`), 'utf8')) as {
      visit: { roomBlocks: unknown };
    };
    const cleared = await call<VisitDetail>('roomBlocks.save', { visitId, hotelId: hotel.id, rooms: null });

    expect(held.visit.roomBlocks).toEqual([{ hotelId: hotel.id, rooms: 3 }]);
    expect(file.visit.roomBlocks).toEqual([{ hotelId: hotel.id, rooms: 3 }]);
    expect(cleared.visit.roomBlocks).toEqual([]);
  });

  it('offers what was typed before', async () => {
    const { call } = await open();
    const { visitId } = await visitWithGuests(call);
    await call('programme.save', {
      visitId,
      item: programmeItemInput({ hosts: ['Rector'], venue: 'Senate Hall' }),
    });

    const offered = await call<PlanningSuggestions>('planning.suggestions', {});

    expect([offered.hosts, offered.venues]).toEqual([['Rector'], ['Senate Hall']]);
  });
});

describe('bad input to the planning methods', () => {
  it('refuses an item ending before it starts with endBeforeStart at item.endTime, and writes nothing', async () => {
    const { call, fails } = await open();
    const { visitId } = await visitWithGuests(call);

    const error = await fails('programme.save', {
      visitId,
      item: programmeItemInput({ startTime: '11:00', endTime: '10:00' }),
    });
    const same = await fails('programme.save', {
      visitId,
      item: programmeItemInput({ startTime: '11:00', endTime: '11:00' }),
    });

    expect(error).toEqual({ code: 'validation', fields: [{ path: 'item.endTime', code: 'endBeforeStart' }] });
    expect(same.fields?.map((f) => f.path)).toEqual(['item.endTime']);
    expect((await call<VisitDetail>('visits.get', { id: visitId })).visit.programme).toEqual([]);
  });

  it('names every field that is wrong, with its code', async () => {
    const { call, fails } = await open();
    const { visitId } = await visitWithGuests(call);

    const item = await fails('programme.save', {
      visitId,
      item: programmeItemInput({
        title: ' ',
        startDate: '2026-02-30',
        startTime: '25:00',
        allGuests: false,
        guestIds: [],
      }),
    });
    const outside = await fails('programme.save', {
      visitId,
      item: programmeItemInput({ startDate: '2026-05-20', endDate: '2026-05-20' }),
    });
    const travel = await fails('travel.save', {
      visitId,
      direction: 'sideways',
      guestIds: [],
      leg: { time: '9:5', mode: 'bus' },
    });
    const rooms = await fails('roomBlocks.save', { visitId, hotelId: 'h', rooms: 0 });

    expect(item.fields?.map((f) => [f.path, f.code]).sort()).toEqual(
      [
        ['item.title', 'required'],
        ['item.guestIds', 'required'],
        ['item.startDate', 'invalidDate'],
        ['item.startTime', 'invalidTime'],
      ].sort(),
    );
    expect(outside.fields?.map((f) => [f.path, f.code])).toEqual([['item.startDate', 'outsideVisit']]);
    expect(travel.fields?.map((f) => [f.path, f.code]).sort()).toEqual(
      [
        ['direction', 'invalidChoice'],
        ['guestIds', 'required'],
        ['leg.mode', 'invalidChoice'],
        ['leg.time', 'invalidTime'],
      ].sort(),
    );
    expect(rooms.fields?.map((f) => [f.path, f.code])).toEqual([['rooms', 'invalid']]);
  });

  it('refuses a calendar range that ends before it starts or is longer than 62 days', async () => {
    const { fails } = await open();

    const backwards = await fails('calendar.range', { from: '2026-05-12', to: '2026-05-12' });
    const tooLong = await fails('calendar.range', { from: '2026-01-01', to: '2026-03-05' });

    expect(backwards.fields).toEqual([{ path: 'to', code: 'departureBeforeArrival' }]);
    expect(tooLong.fields).toEqual([{ path: 'to', code: 'invalid' }]);
  });

  it('refuses a day that is not a date, or a language it does not know', async () => {
    const { fails } = await open();

    expect(
      (await fails('planning.day', { date: '2026-02-30' })).fields?.map((f) => [f.path, f.code]),
    ).toEqual([['date', 'invalidDate']]);
    expect(
      (await fails('planning.day', { date: '2026-05-13', language: 'de' })).fields?.map((f) => [
        f.path,
        f.code,
      ]),
    ).toEqual([['language', 'invalidChoice']]);
    expect(
      (await fails('calendar.range', { from: '', to: '2026-12-31' })).fields?.map((f) => [f.path, f.code]),
    ).toEqual([['from', 'invalidDate']]);
  });

  it('refuses planning for a visit or an item that does not exist', async () => {
    const { call, fails } = await open();
    const { visitId } = await visitWithGuests(call);

    expect(await fails('programme.save', { visitId: 'nope', item: programmeItemInput() })).toEqual({
      code: 'notFound',
      params: { id: 'nope' },
    });
    expect(await fails('programme.remove', { visitId, itemId: 'gone' })).toEqual({
      code: 'notFound',
      params: { id: 'gone' },
    });
    expect(await fails('visits.conflicts', { id: 'nope' })).toEqual({
      code: 'notFound',
      params: { id: 'nope' },
    });
  });
});

describe('the conflicts of a visit', () => {
  it('are asked for apart from the visit, and a cancelled visit has none', async () => {
    const { call } = await open();
    const { visitId } = await visitWithGuests(call);
    const clash = { venue: 'Senate Hall', startTime: '10:00', endTime: '11:00' };
    await call('programme.save', { visitId, item: programmeItemInput({ title: 'Rector', ...clash }) });
    await call('programme.save', { visitId, item: programmeItemInput({ title: 'Press', ...clash }) });

    const detail = await call<VisitDetail>('visits.get', { id: visitId });
    expect(Object.keys(detail.planning)).toEqual(['transfers']);
    const conflicts = await call<Conflict[]>('visits.conflicts', { id: visitId });
    expect(conflicts.map((c) => [c.code, [c.entry.title, c.other?.title].sort()])).toEqual([
      ['guestOverlap', ['Press', 'Rector']],
      ['venueOverlap', ['Press', 'Rector']],
    ]);

    await call('visits.update', { id: visitId, visit: visitData({ status: 'cancelled' }) });
    expect(await call<Conflict[]>('visits.conflicts', { id: visitId })).toEqual([]);
  });
});
