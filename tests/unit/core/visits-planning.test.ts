import { afterEach, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { saveHotel } from '../../../src/core/hotels';
import { VisitService } from '../../../src/core/visits';
import { Store } from '../../../src/core/store/store';
import { travelLegSchema, type Visit } from '../../../src/shared/domain';
import { programmeItemInputSchema, type ProgrammeItemInput } from '../../../src/shared/planning';
import { guestData, programmeItemInput, visitData } from '../../support/builders';
import { rejection } from '../../support/rejection';
import { tempDirs } from '../../support/temp-dir';

const NOW = new Date('2026-05-01T08:00:00Z');
const dirs = tempDirs('qonaq-plan-');
let store: Store | undefined;

afterEach(async () => {
  await store?.close();
  store = undefined;
  await dirs.removeAll();
});

/** A service over a fresh folder, and a visit of 12-15 May with Ayşe and Burak (no journeys yet). */
async function arrange() {
  const dir = await dirs.make();
  store = await Store.open(dir, { snapshotEveryMs: 0 });
  const visits = new VisitService(store, () => NOW);
  const noJourney = { arrival: {}, departure: {} };
  const created = await visits.create(visitData(), [
    guestData({ givenNames: 'Ayşe', passport: { number: 'A1' }, ...noJourney }),
    guestData({ givenNames: 'Burak', passport: { number: 'B2' }, ...noJourney }),
  ]);
  const [a = '', b = ''] = created.visit.guests.map((g) => g.id);
  const onDisk = async (): Promise<Visit> =>
    (JSON.parse(await readFile(join(dir, 'visits', `${created.visit.id}.json`), 'utf8')) as { visit: Visit })
      .visit;
  return { store, visits, visitId: created.visit.id, a, b, onDisk };
}

const item = (overrides: Partial<ProgrammeItemInput> = {}) =>
  programmeItemInputSchema.parse(programmeItemInput(overrides));
const TK334 = travelLegSchema.parse({
  date: '2026-05-12',
  time: '14:35',
  flight: 'TK 334',
  airport: 'GYD',
  pickup: { vehicle: '10-AB-123' },
});

describe('VisitService.saveTravel', () => {
  it('sets the journey of guests travelling together, who then share one transfer, and writes it to the file', async () => {
    const { visits, visitId, a, b, onDisk } = await arrange();

    const detail = await visits.saveTravel(visitId, 'arrival', [a, b], TK334);

    expect(detail.visit.guests.map((g) => g.arrival)).toEqual([TK334, TK334]);
    expect(detail.planning.transfers.map((t) => [t.direction, t.number, t.vehicle, t.guestIds])).toEqual([
      ['arrival', 'TK 334', '10-AB-123', [a, b]],
    ]);
    expect((await onDisk()).guests.map((g) => g.arrival.flight)).toEqual(['TK 334', 'TK 334']);
  });

  it('changes only the guests and the way named', async () => {
    const { visits, visitId, a } = await arrange();

    const detail = await visits.saveTravel(visitId, 'departure', [a], {
      ...TK334,
      date: '2026-05-15',
      flight: 'TK 335',
    });

    expect(detail.visit.guests.map((g) => [g.arrival.flight, g.departure.flight])).toEqual([
      ['', 'TK 335'],
      ['', ''],
    ]);
  });

  it('refuses a journey outside the visit, or a departure before the guest arrives, at leg.date', async () => {
    const { visits, visitId, a } = await arrange();
    await visits.saveTravel(visitId, 'arrival', [a], { ...TK334, date: '2026-05-14' });

    const outside = await rejection(() =>
      visits.saveTravel(visitId, 'arrival', [a], { ...TK334, date: '2026-05-11' }),
    );
    const backwards = await rejection(() =>
      visits.saveTravel(visitId, 'departure', [a], { ...TK334, date: '2026-05-13' }),
    );

    expect([outside.code, outside.fields]).toEqual([
      'validation',
      [{ path: 'leg.date', code: 'outsideVisit', params: { from: '2026-05-12', to: '2026-05-15' } }],
    ]);
    expect(backwards.fields).toEqual([
      { path: 'leg.date', code: 'departureBeforeArrival', params: { name: 'Ayşe Öztürk' } },
    ]);
    expect(visits.get(visitId).visit.guests[0]?.departure.date).toBe('');
  });

  it('refuses a guest the visit does not have, changing nothing', async () => {
    const { visits, visitId, a } = await arrange();

    const error = await rejection(() => visits.saveTravel(visitId, 'arrival', [a, 'nobody'], TK334));

    expect([error.code, error.params]).toEqual(['notFound', { id: 'nobody' }]);
    expect(visits.get(visitId).planning.transfers).toEqual([]);
  });
});

describe('VisitService.saveItem and removeItem', () => {
  it('adds an item with a new id, keeping the programme in order of start', async () => {
    const { visits, visitId, onDisk } = await arrange();
    await visits.saveItem(visitId, item({ title: 'Lecture', startTime: '14:00', endTime: '15:00' }));

    const detail = await visits.saveItem(
      visitId,
      item({ title: 'Rector', hosts: [' Rector ', 'Rector', 'Dean'] }),
    );

    expect(detail.visit.programme.map((p) => [p.title, p.startTime, p.hosts])).toEqual([
      ['Rector', '10:00', ['Rector', 'Dean']],
      ['Lecture', '14:00', []],
    ]);
    expect(detail.visit.programme[0]?.id).toMatch(/^[A-Za-z0-9]{20}$/);
    expect((await onDisk()).programme).toEqual(detail.visit.programme);
  });

  it('replaces the item with the id given, moved or changed', async () => {
    const { visits, visitId } = await arrange();
    const { visit } = await visits.saveItem(visitId, item());
    const id = visit.programme[0]?.id;

    const moved = await visits.saveItem(
      visitId,
      item({ id, startTime: '16:00', endTime: '17:30', venue: 'Senate Hall' }),
    );

    expect(moved.visit.programme.map((p) => [p.id, p.startTime, p.endTime, p.venue])).toEqual([
      [id, '16:00', '17:30', 'Senate Hall'],
    ]);
  });

  it('puts a removed item back with its id, the undo of the removal', async () => {
    const { visits, visitId } = await arrange();
    const { visit } = await visits.saveItem(visitId, item({ title: 'Tour', venue: 'Old City' }));
    const saved = visit.programme[0];
    if (!saved) throw new Error('no item');

    const removed = await visits.removeItem(visitId, saved.id);
    const back = await visits.saveItem(visitId, { ...saved });

    expect(removed.visit.programme).toEqual([]);
    expect(back.visit.programme).toEqual([saved]);
  });

  it('keeps only the chosen guests of an item that is not for everybody, each once; none of one that is', async () => {
    const { visits, visitId, a, b } = await arrange();

    const some = await visits.saveItem(visitId, item({ allGuests: false, guestIds: [a, a] }));
    const everybody = await visits.saveItem(
      visitId,
      item({ allGuests: true, guestIds: [b], startTime: '12:00', endTime: '13:00' }),
    );

    expect(some.visit.programme[0]?.guestIds).toEqual([a]);
    expect(everybody.visit.programme.map((p) => [p.allGuests, p.guestIds])).toEqual([
      [false, [a]],
      [true, []],
    ]);
  });

  it('refuses an item starting outside the visit, or with guests the visit does not have, naming the fields', async () => {
    const { visits, visitId, onDisk } = await arrange();

    const before = await rejection(() =>
      visits.saveItem(visitId, item({ startDate: '2026-05-11', endDate: '2026-05-12' })),
    );
    const after = await rejection(() =>
      visits.saveItem(visitId, item({ startDate: '2026-05-16', endDate: '2026-05-16' })),
    );
    const stranger = await rejection(() =>
      visits.saveItem(visitId, item({ allGuests: false, guestIds: ['nobody'] })),
    );

    expect(before.fields).toEqual([
      { path: 'item.startDate', code: 'outsideVisit', params: { from: '2026-05-12', to: '2026-05-15' } },
    ]);
    expect(after.fields?.map((f) => [f.path, f.code])).toEqual([['item.startDate', 'outsideVisit']]);
    expect(stranger.fields).toEqual([{ path: 'item.guestIds', code: 'invalidChoice' }]);
    expect((await onDisk()).programme).toEqual([]);
  });

  it('accepts an item on the departure day that runs past midnight', async () => {
    const { visits, visitId } = await arrange();

    const detail = await visits.saveItem(
      visitId,
      item({ startDate: '2026-05-15', startTime: '23:00', endDate: '2026-05-16', endTime: '00:30' }),
    );

    expect(detail.visit.programme).toHaveLength(1);
  });

  it('answers the conflicts of the visit, across visits, as they stand after a change', async () => {
    const { visits, visitId } = await arrange();
    const other = await visits.create(visitData({ title: 'Tbilisi' }));
    await visits.saveItem(other.visit.id, item({ title: 'Their talk', venue: 'Senate Hall' }));

    expect(visits.conflicts(visitId)).toEqual([]);

    await visits.saveItem(
      visitId,
      item({ title: 'Our talk', venue: 'senate hall', startTime: '10:30', endTime: '11:30' }),
    );

    const expected = [['venueOverlap', ['Our talk', 'Their talk']]];
    const pairs = (id: string) =>
      visits.conflicts(id).map((c) => [c.code, [c.entry.title, c.other?.title].sort()]);
    expect(pairs(visitId)).toEqual(expected);
    // The other visit, unchanged, now has the same clash.
    expect(pairs(other.visit.id)).toEqual(expected);
  });

  it('refuses to remove an item the visit does not have', async () => {
    const { visits, visitId } = await arrange();

    const error = await rejection(() => visits.removeItem(visitId, 'gone'));

    expect([error.code, error.params]).toEqual(['notFound', { id: 'gone' }]);
  });

  it('takes a removed guest off the items chosen for them', async () => {
    const { visits, visitId, a, b } = await arrange();
    await visits.saveItem(visitId, item({ allGuests: false, guestIds: [a, b] }));

    const detail = await visits.removeGuest(visitId, a);

    expect(detail.visit.programme.map((p) => p.guestIds)).toEqual([[b]]);
  });
});

describe('VisitService.saveRoomBlock', () => {
  it('sets, replaces and clears the rooms a hotel holds, and flags a night with more rooms in use', async () => {
    const { store, visits, visitId, a, b, onDisk } = await arrange();
    const hotel = await saveHotel(
      store,
      {
        name: 'Qafqaz Hotel',
        address: '',
        city: 'Baku',
        phone: '',
        email: '',
        notes: '',
      },
      undefined,
      undefined,
      () => new Date(),
    );
    for (const [guest, room] of [
      [a, '101'],
      [b, '102'],
    ] as const) {
      await visits.saveStay(visitId, {
        guestIds: [guest],
        hotelId: hotel.id,
        roomNumber: room,
        roomType: 'single',
        checkIn: '2026-05-12',
        checkOut: '2026-05-15',
        confirmation: '',
        payer: 'host',
      });
    }

    const one = await visits.saveRoomBlock(visitId, hotel.id, 1);
    const two = await visits.saveRoomBlock(visitId, hotel.id, 2);
    const cleared = await visits.saveRoomBlock(visitId, hotel.id, null);

    expect(one.visit.roomBlocks).toEqual([{ hotelId: hotel.id, rooms: 1 }]);
    expect(one.accommodation.issues).toEqual([
      {
        code: 'overRoomBlock',
        guestId: '',
        params: { room: 'Qafqaz Hotel', date: '2026-05-12', lastDate: '2026-05-14', count: 2, held: 1 },
      },
    ]);
    expect([two.visit.roomBlocks, two.accommodation.issues]).toEqual([[{ hotelId: hotel.id, rooms: 2 }], []]);
    expect(cleared.visit.roomBlocks).toEqual([]);
    expect((await onDisk()).roomBlocks).toEqual([]);
  });

  it('refuses a hotel that is not in the directory', async () => {
    const { visits, visitId } = await arrange();

    const error = await rejection(() => visits.saveRoomBlock(visitId, 'nowhere', 3));

    expect(error.fields).toEqual([{ path: 'hotelId', code: 'invalidChoice' }]);
  });
});
