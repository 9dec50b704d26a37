import { describe, expect, it } from 'vitest';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { migrate, MIGRATIONS } from '../../../src/core/store/migrations';
import { SHARED_FILE } from '../../../src/core/store/store';
import type { VisitDetail } from '../../../src/shared/visits-contract';
import type { Hotel } from '../../../src/shared/accommodation';
import { guestData, visitData } from '../../support/builders';
import { coreOverFolder } from '../../support/core-over-folder';

const open = coreOverFolder('qonaq-acc-');

const HOTEL = { name: 'Qafqaz Hotel', city: 'Baku' };

describe('hotels and stays through the contract', () => {
  it('books two guests into one double room, writes it to the visit file and reads it back after a restart', async () => {
    const { dataDir, store, call } = await open();
    const hotel = await call<Hotel>('hotels.save', { hotel: HOTEL });
    const created = await call<VisitDetail>('visits.create', { visit: visitData() });
    const visitId = created.visit.id;
    await call('guests.add', { visitId, guest: guestData({ givenNames: 'Ayşe' }) });
    const added = await call<VisitDetail>('guests.add', {
      visitId,
      guest: guestData({ givenNames: 'Burak' }),
    });
    const [a, b] = added.visit.guests.map((g) => g.id);

    const booked = await call<VisitDetail>('stays.save', {
      visitId,
      stay: {
        guestIds: [a, b],
        hotelId: hotel.id,
        roomNumber: '512',
        roomType: 'double',
        checkIn: '2026-05-12',
        checkOut: '2026-05-15',
      },
    });

    expect(booked.accommodation.issues).toEqual([]);
    expect(booked.accommodation.rooming.map((n) => n.date)).toEqual([
      '2026-05-12',
      '2026-05-13',
      '2026-05-14',
    ]);
    const file = JSON.parse(await readFile(join(dataDir, 'visits', `${visitId}.json`), 'utf8')) as {
      visit: VisitDetail['visit'];
    };
    expect(file.visit.stays).toMatchObject([{ guestIds: [a, b], hotelId: hotel.id, roomNumber: '512' }]);
    const shared = JSON.parse(await readFile(join(dataDir, SHARED_FILE), 'utf8')) as { hotels: Hotel[] };
    expect(shared.hotels).toMatchObject([{ name: 'Qafqaz Hotel', city: 'Baku' }]);

    await store.close();
    const again = await open(dataDir);
    const read = await again.call<VisitDetail>('visits.get', { id: visitId });
    expect(read.visit.stays).toEqual(booked.visit.stays);
    expect(await again.call<Hotel[]>('hotels.list', {})).toEqual([hotel]);
  });

  it('refuses a stay for a guest of another visit or in an unknown hotel, and a hotel delete while a stay uses it', async () => {
    const { call } = await open();
    const hotel = await call<Hotel>('hotels.save', { hotel: HOTEL });
    const visit = await call<VisitDetail>('visits.create', { visit: visitData() });
    const visitId = visit.visit.id;
    const stay = { guestIds: ['nobody'], hotelId: 'nohotel', checkIn: '2026-05-12', checkOut: '2026-05-15' };

    await expect(call('stays.save', { visitId, stay })).rejects.toMatchObject({
      code: 'validation',
      fields: [
        { path: 'stay.hotelId', code: 'invalidChoice' },
        { path: 'stay.guestIds', code: 'invalidChoice' },
      ],
    });
    await expect(
      call('stays.save', { visitId, stay: { ...stay, checkOut: '2026-05-12' } }),
    ).rejects.toMatchObject({ code: 'validation' });

    const withGuest = await call<VisitDetail>('guests.add', { visitId, guest: guestData() });
    const guestId = withGuest.visit.guests[0]?.id ?? '';
    const booked = await call<VisitDetail>('stays.save', {
      visitId,
      stay: { ...stay, guestIds: [guestId], hotelId: hotel.id },
    });
    await expect(call('hotels.delete', { id: hotel.id })).rejects.toMatchObject({
      code: 'hotelInUse',
      params: { hotel: 'Qafqaz Hotel' },
    });

    const stayId = booked.visit.stays[0]?.id ?? '';
    const removed = await call<VisitDetail>('stays.remove', { visitId, stayId });
    expect(removed.visit.stays).toEqual([]);
    expect(removed.accommodation.issues.map((i) => i.code)).toEqual(['noBed']);
    await expect(call('hotels.delete', { id: hotel.id })).resolves.toEqual({ id: hotel.id });
  });
  it('takes a removed guest out of their stays and drops a stay left with nobody', async () => {
    const { call } = await open();
    const hotel = await call<Hotel>('hotels.save', { hotel: HOTEL });
    const { visit } = await call<VisitDetail>('visits.create', { visit: visitData() });
    await call('guests.add', { visitId: visit.id, guest: guestData({ givenNames: 'Ayşe' }) });
    const added = await call<VisitDetail>('guests.add', {
      visitId: visit.id,
      guest: guestData({ givenNames: 'Burak' }),
    });
    const [a, b] = added.visit.guests.map((g) => g.id);
    const dates = { hotelId: hotel.id, checkIn: '2026-05-12', checkOut: '2026-05-15' };
    await call('stays.save', { visitId: visit.id, stay: { ...dates, guestIds: [a, b], roomNumber: '512' } });
    await call('stays.save', { visitId: visit.id, stay: { ...dates, guestIds: [b], roomNumber: '514' } });

    const after = await call<VisitDetail>('guests.remove', { visitId: visit.id, guestId: b });

    expect(after.visit.stays.map((s) => [s.roomNumber, s.guestIds])).toEqual([['512', [a]]]);
  });
});

describe('migration 3: hotels and stays', () => {
  it('adds an empty hotel directory to the shared document and empty stays to a visit', () => {
    const upTo3 = MIGRATIONS.slice(0, 3);
    const visit = { id: 'v1', title: 'Delegation', guests: [] };

    expect(
      migrate({ schemaVersion: 2, settings: { uiLanguage: 'en' }, institution: null }, upTo3).doc,
    ).toEqual({
      schemaVersion: 3,
      settings: { uiLanguage: 'en' },
      institution: null,
      hotels: [],
    });
    expect(migrate({ schemaVersion: 2, visit }, upTo3).doc).toEqual({
      schemaVersion: 3,
      visit: { ...visit, stays: [] },
    });
    const hotels = [{ id: 'h', name: 'Kept' }];
    expect(migrate({ schemaVersion: 2, settings: {}, hotels }, upTo3).doc).toMatchObject({ hotels });
  });

  it('opens a version 2 folder without losing anything', async () => {
    const first = await open();
    const { visit } = await first.call<VisitDetail>('visits.create', { visit: visitData() });
    await first.store.close();
    const { stays: _dropped, ...oldVisit } = visit;
    await writeFile(
      join(first.dataDir, 'visits', `${visit.id}.json`),
      JSON.stringify({ schemaVersion: 2, visit: oldVisit }),
    );
    await writeFile(
      join(first.dataDir, SHARED_FILE),
      JSON.stringify({
        schemaVersion: 2,
        settings: { uiLanguage: 'ru' },
        institution: null,
        register: { entries: [], counters: {} },
      }),
    );

    const { store, call } = await open(first.dataDir);

    expect(store.notices).toEqual([]);
    expect((await call<VisitDetail>('visits.get', { id: visit.id })).visit).toEqual(visit);
    expect(await call('hotels.list', {})).toEqual([]);
  });
});
