import { afterEach, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../../src/core/store/migrations';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { VisitService } from '../../../src/core/visits';
import { findVisits } from '../../../src/core/visit-search';
import { Store } from '../../../src/core/store/store';
import { saveHotel } from '../../../src/core/hotels';
import { sampleDelegation } from '../../../src/core/sample';
import { AppError } from '../../../src/shared/errors';
import type { Visit } from '../../../src/shared/domain';
import { guestData, visitData } from '../../support/builders';
import { tempDirs } from '../../support/temp-dir';
import { rejection } from '../../support/rejection';

const NOW = new Date('2026-05-01T08:00:00Z');

function visit(
  id: string,
  title: string,
  arrivalDate: string,
  departureDate: string,
  extra: Partial<Visit> = {},
): Visit {
  return {
    ...visitData({ title, arrivalDate, departureDate }),
    id,
    guests: [],
    stays: [],
    programme: [],
    roomBlocks: [],
    createdAt: NOW.toISOString(),
    updatedAt: NOW.toISOString(),
    ...extra,
  };
}

describe('findVisits', () => {
  const today = '2026-05-10';
  const visits = [
    visit('past-old', 'Old', '2026-01-05', '2026-01-07'),
    visit('future-far', 'Far', '2026-09-01', '2026-09-03'),
    visit('current', 'Current', '2026-05-08', '2026-05-12'),
    visit('past-recent', 'Recent', '2026-04-20', '2026-04-22'),
    visit('future-near', 'Near', '2026-05-20', '2026-05-22'),
    visit('ends-today', 'Ends today', '2026-05-01', '2026-05-10'),
  ];

  it('lists current and upcoming visits soonest first, then past ones most recent first', () => {
    const ids = findVisits(visits, {}, today).map((v) => v.id);

    expect(ids).toEqual(['ends-today', 'current', 'future-near', 'future-far', 'past-recent', 'past-old']);
  });

  it('filters by status', () => {
    const mixed = [
      visit('a', 'A', '2026-06-01', '2026-06-02', { status: 'cancelled' }),
      visit('b', 'B', '2026-06-01', '2026-06-02'),
    ];

    expect(findVisits(mixed, { statuses: ['cancelled'] }, today).map((v) => v.id)).toEqual(['a']);
  });

  it('keeps visits that overlap the date range, including those that touch its ends', () => {
    const ids = findVisits(visits, { from: '2026-05-12', to: '2026-05-20' }, today).map((v) => v.id);

    expect(ids).toEqual(['current', 'future-near']);
  });

  it('filters by the partner country or any guest citizenship, case-insensitive', () => {
    const german = visit('de', 'Berlin', '2026-06-01', '2026-06-02', { partnerCountry: 'DE' });
    const withFrenchGuest = visit('fr', 'Paris', '2026-06-01', '2026-06-02', {
      partnerCountry: 'DE',
      guests: [{ ...guestData({ citizenship: 'FR' }), id: 'g1' }],
    });

    expect(findVisits([german, withFrenchGuest], { country: 'fr' }, today).map((v) => v.id)).toEqual(['fr']);
    expect(findVisits([german, withFrenchGuest], { country: 'DE' }, today)).toHaveLength(2);
  });

  describe('text search', () => {
    const guest = (surname: string, givenNames: string, nameCyrillic = '') => ({
      ...guestData({ surname, givenNames, nameCyrillic }),
      id: surname,
    });
    const withGuests = [
      visit('v1', 'Baku State University', '2026-06-01', '2026-06-02', {
        partnerName: 'Bakı Dövlət Universiteti',
        partnerCountry: 'AZ',
        guests: [{ ...guest('İsmayılov', 'Rəşad'), citizenship: 'AZ' }],
      }),
      visit('v2', 'Ankara delegation', '2026-06-03', '2026-06-04', {
        guests: [guest('Şahin', 'Emre', 'Эмре Шахин')],
      }),
    ];

    it.each([
      ['ismayilov', 'v1'],
      ['İSMAYILOV', 'v1'],
      ['sahin', 'v2'],
      ['шахин', 'v2'],
      ['ANKARA', 'v2'],
      ['Türkiyə', 'v2'],
      ['Türkiye', 'v2'],
      ['Азербайджан', 'v1'],
      ['Турция', 'v2'],
    ])('%j finds %s', (text, id) => {
      expect(findVisits(withGuests, { text }, today).map((v) => v.id)).toEqual([id]);
    });

    it('finds nothing for a word no visit has', () => {
      expect(findVisits(withGuests, { text: 'sahin berlin' }, today)).toEqual([]);
    });
  });

  it('summarises a visit with its guest count and head of delegation', () => {
    const v = visit('v', 'V', '2026-06-01', '2026-06-02', {
      guests: [
        { ...guestData({ surname: 'Kaya', givenNames: 'Zeynep' }), id: 'g1' },
        { ...guestData({ role: 'head', surname: 'Yılmaz', givenNames: 'Mehmet Ali' }), id: 'g2' },
      ],
    });

    expect(findVisits([v], {}, today)[0]).toMatchObject({
      id: 'v',
      guestCount: 2,
      headName: 'Mehmet Ali Yılmaz',
    });
  });
});

describe('VisitService with a store on disk', () => {
  const dirs = tempDirs();
  let store: Store | undefined;

  async function service(): Promise<{ visits: VisitService; store: Store; dir: string }> {
    const dir = await dirs.make();
    store = await Store.open(dir, { snapshotEveryMs: 0 });
    return { visits: new VisitService(store, () => NOW), store, dir };
  }

  afterEach(async () => {
    await store?.close();
    store = undefined;
    await dirs.removeAll();
  });

  it('creates a visit that the file on disk holds', async () => {
    const { visits, dir } = await service();

    const { visit: created } = await visits.create(visitData());

    const onDisk: unknown = JSON.parse(await readFile(join(dir, 'visits', `${created.id}.json`), 'utf8'));
    expect(onDisk).toMatchObject({
      schemaVersion: SCHEMA_VERSION,
      visit: { id: created.id, title: created.title, guests: [] },
    });
    expect(created.createdAt).toBe(NOW.toISOString());
  });

  it('refuses a guest arriving before the visit, naming guest.arrival.date', async () => {
    const { visits } = await service();
    const { visit: v } = await visits.create(
      visitData({ arrivalDate: '2026-05-12', departureDate: '2026-05-15' }),
    );

    const error = await rejection(() =>
      visits.addGuest(v.id, guestData({ arrival: { date: '2026-05-11' } })),
    );

    expect(error.code).toBe('validation');
    expect(error.fields).toEqual([
      { path: 'guest.arrival.date', code: 'outsideVisit', params: { from: '2026-05-12', to: '2026-05-15' } },
    ]);
    expect(visits.get(v.id).visit.guests).toEqual([]);
  });

  it('refuses a guest leaving after the visit, naming guest.departure.date', async () => {
    const { visits } = await service();
    const { visit: v } = await visits.create(visitData());

    const error = await rejection(() =>
      visits.addGuest(v.id, guestData({ departure: { date: '2026-05-16' } })),
    );

    expect(error.fields?.map((f) => [f.path, f.code])).toEqual([['guest.departure.date', 'outsideVisit']]);
  });

  it('refuses to move the visit dates so that a guest falls outside them', async () => {
    const { visits, dir } = await service();
    const { visit: v } = await visits.create(visitData());
    await visits.addGuest(v.id, guestData());
    const before = await readFile(join(dir, 'visits', `${v.id}.json`));

    const error = await rejection(() => visits.update(v.id, visitData({ arrivalDate: '2026-05-13' })));

    expect(error.code).toBe('validation');
    expect(error.fields).toEqual([
      { path: 'visit.arrivalDate', code: 'datesExcludeGuests', params: { names: 'Ayşe Öztürk' } },
    ]);
    expect(await readFile(join(dir, 'visits', `${v.id}.json`))).toEqual(before);
  });

  it('updates a visit and stamps updatedAt', async () => {
    const dir = await dirs.make();
    store = await Store.open(dir, { snapshotEveryMs: 0 });
    let now = NOW;
    const visits = new VisitService(store, () => now);
    const { visit: v } = await visits.create(visitData());
    now = new Date('2026-05-02T09:00:00Z');

    const { visit: updated } = await visits.update(
      v.id,
      visitData({ title: 'Renamed', status: 'confirmed' }),
    );

    expect(updated).toMatchObject({
      title: 'Renamed',
      status: 'confirmed',
      updatedAt: now.toISOString(),
      createdAt: NOW.toISOString(),
    });
  });

  it('warns when a passport expires less than three months after departure, and not at exactly three', async () => {
    const { visits } = await service();
    const { visit: v } = await visits.create(visitData({ departureDate: '2026-05-15' }));
    const passport = (expiryDate: string) => ({
      number: 'P1',
      issuingCountry: 'TR',
      issueDate: '2020-01-01',
      expiryDate,
    });

    await visits.addGuest(v.id, guestData({ surname: 'Exact', passport: passport('2026-08-15') }));
    const { warnings, visit: withTwo } = await visits.addGuest(
      v.id,
      guestData({ surname: 'Short', passport: passport('2026-08-14') }),
    );

    const shortGuest = withTwo.guests.find((g) => g.surname === 'Short');
    expect(warnings).toEqual([
      {
        code: 'passportExpiresSoon',
        guestId: shortGuest?.id,
        params: { name: 'Ayşe Short', expiry: '2026-08-14', needed: '2026-08-15', departure: '2026-05-15' },
      },
    ]);
  });

  it("counts three months from the guest's own departure when it is earlier than the visit's", async () => {
    const { visits } = await service();
    const { visit: v } = await visits.create(visitData({ departureDate: '2026-05-15' }));

    const { warnings } = await visits.addGuest(
      v.id,
      guestData({
        departure: { date: '2026-05-13' },
        passport: { number: 'P', issuingCountry: 'TR', issueDate: '2020-01-01', expiryDate: '2026-08-13' },
      }),
    );

    expect(warnings).toEqual([]);
  });

  it('adds a guest at a given place, updates and removes guests', async () => {
    const { visits } = await service();
    const { visit: v } = await visits.create(visitData());
    const a = (await visits.addGuest(v.id, guestData({ surname: 'A' }))).visit.guests[0];
    await visits.addGuest(v.id, guestData({ surname: 'C' }));
    await visits.addGuest(v.id, guestData({ surname: 'B' }), 1);
    if (!a) throw new Error('guest A missing');

    await visits.updateGuest(v.id, a.id, guestData({ surname: 'Aa' }));
    const { visit: after } = await visits.removeGuest(v.id, a.id);

    expect(after.guests.map((g) => g.surname)).toEqual(['B', 'C']);
    expect(after.guests.some((g) => g.id === a.id)).toBe(false);
  });

  it('answers notFound for an unknown visit or guest', async () => {
    const { visits } = await service();
    const { visit: v } = await visits.create(visitData());

    expect((await rejection(() => visits.addGuest('nope', guestData()))).code).toBe('notFound');
    expect((await rejection(() => visits.updateGuest(v.id, 'nope', guestData()))).code).toBe('notFound');
    expect((await rejection(() => visits.removeGuest(v.id, 'nope'))).code).toBe('notFound');
    expect(() => visits.get('nope')).toThrow(AppError);
  });

  it('reorders guests only when the new order names every guest exactly once', async () => {
    const { visits } = await service();
    const { visit: v } = await visits.create(visitData(), [
      guestData({ surname: 'A' }),
      guestData({ surname: 'B' }),
      guestData({ surname: 'C' }),
    ]);
    const [a, b, c] = v.guests.map((g) => g.id);
    if (!a || !b || !c) throw new Error('three guests expected');

    for (const wrong of [[a, b], [a, b, b], [a, b, 'x'], [a, b, c, 'x'], []]) {
      const error = await rejection(() => visits.reorderGuests(v.id, wrong));
      expect(error.fields).toEqual([{ path: 'guestIds', code: 'invalid' }]);
    }
    const { visit: reordered } = await visits.reorderGuests(v.id, [c, a, b]);

    expect(reordered.guests.map((g) => g.surname)).toEqual(['C', 'A', 'B']);
  });

  it('does not drop a guest added while a reorder waits in line', async () => {
    const { visits } = await service();
    const { visit: v } = await visits.create(visitData(), [
      guestData({ surname: 'A' }),
      guestData({ surname: 'B' }),
    ]);
    const [a, b] = v.guests.map((g) => g.id);
    if (!a || !b) throw new Error('two guests expected');

    const [added, reordered] = await Promise.allSettled([
      visits.addGuest(v.id, guestData({ surname: 'C' })),
      visits.reorderGuests(v.id, [b, a]),
    ]);

    expect(added.status).toBe('fulfilled');
    expect(reordered.status).toBe('rejected');
    expect(visits.get(v.id).visit.guests.map((g) => g.surname)).toEqual(['A', 'B', 'C']);
  });

  it('does not let a date change and a guest outside the new dates both pass when sent together', async () => {
    const { visits } = await service();
    const { visit: v } = await visits.create(
      visitData({ arrivalDate: '2026-05-12', departureDate: '2026-05-15' }),
    );

    const results = await Promise.allSettled([
      visits.update(v.id, visitData({ arrivalDate: '2026-05-13', departureDate: '2026-05-15' })),
      visits.addGuest(v.id, guestData({ arrival: { date: '2026-05-12' } })),
    ]);

    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected']);
    const stored = visits.get(v.id).visit;
    expect(stored.guests.every((g) => g.arrival.date >= stored.arrivalDate)).toBe(true);
  });

  it('deletes a visit to the trash and brings it back with undo', async () => {
    const { visits, dir } = await service();
    const { visit: v } = await visits.create(visitData(), [guestData()]);
    const bytes = await readFile(join(dir, 'visits', `${v.id}.json`));

    await visits.delete(v.id);
    const listedAfterDelete = visits.list({});
    const trashed = await readFile(join(dir, 'trash', `${v.id}.json`));
    const restored = await visits.restore(v.id);

    // The visit comes back as it was, but for its history, which says it was deleted and restored.
    const unsigned = (bytes: Buffer) => {
      const { visit } = JSON.parse(bytes.toString('utf8')) as { visit: Record<string, unknown> };
      const { history, changedAt: _at, ...rest } = visit;
      return { rest, changes: (history as { changes: unknown[] }[]).map((e) => e.changes) };
    };
    const created = [{ kind: 'visit', action: 'created' }];
    expect(listedAfterDelete).toEqual([]);
    expect(unsigned(trashed)).toEqual({
      rest: unsigned(bytes).rest,
      changes: [created, [{ kind: 'visit', action: 'deleted' }]],
    });
    expect({ ...restored.visit, changedAt: v.changedAt }).toEqual(v);
    expect(unsigned(await readFile(join(dir, 'visits', `${v.id}.json`)))).toEqual({
      rest: unsigned(bytes).rest,
      changes: [created, [{ kind: 'visit', action: 'deleted' }], [{ kind: 'visit', action: 'restored' }]],
    });
    expect(visits.list({}).map((s) => s.id)).toEqual([v.id]);
  });

  it('keeps a restored visit after the store is opened again', async () => {
    const { visits, dir } = await service();
    const { visit: v } = await visits.create(visitData());
    await visits.delete(v.id);
    await visits.restore(v.id);
    await store?.close();

    store = await Store.open(dir, { snapshotEveryMs: 0 });

    expect({ ...store.getVisit(v.id), changedAt: v.changedAt }).toEqual(v);
  });

  it('answers notFound when restoring a visit that is not in the trash', async () => {
    const { visits } = await service();
    const { visit: v } = await visits.create(visitData());

    expect((await rejection(() => visits.restore(v.id))).code).toBe('notFound');
    expect((await rejection(() => visits.restore('never-existed'))).code).toBe('notFound');
    expect((await rejection(() => visits.delete('never-existed'))).code).toBe('notFound');
  });

  it('puts a removed stay back under its own id (the undo of a removal) and replaces an existing one', async () => {
    const { visits, store: opened } = await service();
    const hotel = await saveHotel(
      opened,
      {
        name: 'Qafqaz',
        address: '',
        city: '',
        phone: '',
        email: '',
        notes: '',
      },
      undefined,
      undefined,
      () => new Date(),
    );
    const { visit: v } = await visits.create(visitData(), [guestData()]);
    const guestId = v.guests[0]?.id ?? '';
    const data = {
      guestIds: [guestId],
      hotelId: hotel.id,
      roomNumber: '12',
      roomType: 'single' as const,
      checkIn: '2026-05-12',
      checkOut: '2026-05-14',
      confirmation: '',
      payer: 'host' as const,
    };
    const booked = (await visits.saveStay(v.id, data)).visit.stays[0];
    if (!booked) throw new Error('no stay booked');

    await visits.removeStay(v.id, booked.id);
    const restored = await visits.saveStay(v.id, booked);
    const replaced = await visits.saveStay(v.id, { ...booked, roomNumber: '14' });

    expect(restored.visit.stays).toEqual([booked]);
    expect(replaced.visit.stays).toEqual([{ ...booked, roomNumber: '14' }]);
  });

  it('loads the sample delegation with its five guests and one passport warning', async () => {
    const { visits } = await service();
    const sample = sampleDelegation('az', '2026-05-01');

    const { visit: v, warnings } = await visits.create(sample.visit, sample.guests);

    expect(v.guests).toHaveLength(5);
    expect(new Set(v.guests.map((g) => g.id)).size).toBe(5);
    expect(v.guests.filter((g) => g.role === 'head').map((g) => g.surname)).toEqual(['Yılmaz']);
    expect(warnings.map((w) => w.params.name)).toEqual(['Can Demir']);
    expect(v).toMatchObject({
      arrivalDate: '2026-05-15',
      departureDate: '2026-05-18',
      title: 'Ankara Universiteti nümayəndə heyətinin səfəri',
    });
  });
});
