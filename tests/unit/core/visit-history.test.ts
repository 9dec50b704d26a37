import { describe, expect, it } from 'vitest';
import { signed, visitChanges, historyEntry } from '../../../src/core/visit-history';
import { HISTORY_MAX_ENTRIES } from '../../../src/shared/visit-history';
import type { Visit } from '../../../src/shared/domain';
import { leg, programmeItem, storedGuest, storedVisit } from '../../support/builders';

const ivanov = storedGuest('g1', { surname: 'IVANOV', givenNames: 'Ivan' });
const sahin = storedGuest('g2', { surname: 'ŞAHİN', givenNames: 'Mehmet' });
const rector = programmeItem('p1', { title: 'Meeting with the rector' });
const aynur = { by: 'Aynur Məmmədova', account: false };
const hotelName = (id: string) => (id === 'h1' ? 'Hotel Shah Palace' : undefined);

function stay(id: string, hotelId: string): Visit['stays'][number] {
  return {
    id,
    guestIds: ['g1'],
    hotelId,
    roomNumber: '',
    roomType: 'double',
    checkIn: '2026-05-12',
    checkOut: '2026-05-15',
    confirmation: '',
    payer: 'host',
  };
}

describe('visitChanges', () => {
  it('says a visit with nothing before it was created', () => {
    expect(visitChanges(undefined, storedVisit('v1'))).toEqual([{ kind: 'visit', action: 'created' }]);
  });

  it('says nothing when nothing the officer sees changed (the store’s own stamps are not changes)', () => {
    const before = storedVisit('v1', { guests: [ivanov], programme: [rector] });
    const after: Visit = { ...before, updatedAt: '2026-06-01T00:00:00.000Z', revision: 9 };
    expect(visitChanges(before, after)).toEqual([]);
  });

  it('takes empty translations sent where there were none for no change', () => {
    const before = storedVisit('v1');
    const after: Visit = { ...before, translations: { en: { title: '' }, ru: {} } };
    expect(visitChanges(before, after)).toEqual([]);
    const written: Visit = { ...before, translations: { en: { title: 'Rectors’ forum' } } };
    expect(visitChanges(before, written)).toEqual([
      { kind: 'visit', action: 'changed', fields: ['translations'] },
    ]);
  });

  it('names the visit fields that changed, in the order of the visit', () => {
    const before = storedVisit('v1');
    const after = { ...before, title: 'Rectors’ forum', notes: 'Bring the gifts' };
    expect(visitChanges(before, after)).toEqual([
      { kind: 'visit', action: 'changed', fields: ['title', 'notes'] },
    ]);
  });

  it('names a guest added and a guest removed as their names are stored', () => {
    const before = storedVisit('v1', { guests: [sahin] });
    const after = { ...before, guests: [ivanov] };
    expect(visitChanges(before, after)).toEqual([
      { kind: 'guest', action: 'added', label: 'Ivan IVANOV' },
      { kind: 'guest', action: 'removed', label: 'Mehmet ŞAHİN' },
    ]);
  });

  it('tells a guest’s own fields apart from their journeys (transfers)', () => {
    const before = storedVisit('v1', { guests: [ivanov] });
    const changed = {
      ...ivanov,
      position: 'Dean',
      arrival: leg({ date: '2026-05-12', time: '09:15', flight: 'J2 8' }),
    };
    expect(visitChanges(before, { ...before, guests: [changed] })).toEqual([
      { kind: 'guest', action: 'changed', label: 'Ivan IVANOV', fields: ['position'] },
      { kind: 'transfer', action: 'changed', label: 'Ivan IVANOV', fields: ['arrival'] },
    ]);
  });

  it('says guests were reordered, and only that, when the same guests come in another order', () => {
    const before = storedVisit('v1', { guests: [ivanov, sahin] });
    expect(visitChanges(before, { ...before, guests: [sahin, ivanov] })).toEqual([
      { kind: 'guest', action: 'reordered' },
    ]);
  });

  it('names a programme item by its title and the fields a calendar drag moved', () => {
    const before = storedVisit('v1', { programme: [rector] });
    const moved = { ...rector, startTime: '12:00', endTime: '13:00' };
    expect(visitChanges(before, { ...before, programme: [moved] })).toEqual([
      { kind: 'item', action: 'changed', label: 'Meeting with the rector', fields: ['startTime', 'endTime'] },
    ]);
    expect(visitChanges({ ...before, programme: [] }, before)).toEqual([
      { kind: 'item', action: 'added', label: 'Meeting with the rector' },
    ]);
  });

  it('names a stay and rooms held by their hotel, or leaves the label out for a hotel gone', () => {
    const before = storedVisit('v1');
    const after = {
      ...before,
      stays: [stay('s1', 'h1'), stay('s2', 'h9')],
      roomBlocks: [{ hotelId: 'h1', rooms: 3 }],
    };
    expect(visitChanges(before, after, hotelName)).toEqual([
      { kind: 'stay', action: 'added', label: 'Hotel Shah Palace' },
      { kind: 'stay', action: 'added' },
      { kind: 'roomBlock', action: 'added', label: 'Hotel Shah Palace' },
    ]);
    const fewer = { ...after, roomBlocks: [{ hotelId: 'h1', rooms: 2 }] };
    expect(visitChanges(after, fewer, hotelName)).toEqual([
      { kind: 'roomBlock', action: 'changed', label: 'Hotel Shah Palace', fields: ['rooms'] },
    ]);
  });

  it('says the partners linked changed', () => {
    const before = storedVisit('v1');
    expect(visitChanges(before, { ...before, partnerIds: ['p7'] })).toEqual([
      { kind: 'partners', action: 'changed' },
    ]);
  });
});

describe('historyEntry', () => {
  it('keeps 20 changes and counts the rest', () => {
    const changes = Array.from({ length: 23 }, (_, i) => ({
      kind: 'guest' as const,
      action: 'added' as const,
      label: `Guest ${i}`,
    }));
    const entry = historyEntry(changes, { by: 'kamran', account: true }, '2026-05-02T10:00:00.000Z');
    expect(entry.changes).toHaveLength(20);
    expect(entry.more).toBe(3);
    expect(entry.account).toBe(true);
    expect(entry.by).toBe('kamran');
  });
});

describe('signed', () => {
  it('signs the visit, appends one entry, and ignores any history the caller’s copy carries', () => {
    const before = storedVisit('v1');
    const after = { ...before, title: 'New title', history: [] };
    const visit = signed(before, after, aynur, '2026-05-02T10:00:00.000Z');
    expect(visit.changedBy).toBe('Aynur Məmmədova');
    expect(visit.changedAt).toBe('2026-05-02T10:00:00.000Z');
    expect(visit.history).toEqual([
      {
        at: '2026-05-02T10:00:00.000Z',
        by: 'Aynur Məmmədova',
        changes: [{ kind: 'visit', action: 'changed', fields: ['title'] }],
      },
    ]);
  });

  it('leaves a change of nothing unsigned, and a visit from before without history', () => {
    const before = storedVisit('v1');
    const visit = signed(
      before,
      { ...before, updatedAt: '2026-05-03T00:00:00.000Z' },
      aynur,
      '2026-05-03T00:00:00.000Z',
    );
    expect(visit).not.toHaveProperty('history');
    expect(visit).not.toHaveProperty('changedBy');
  });

  it(`keeps the newest ${HISTORY_MAX_ENTRIES} entries`, () => {
    let visit = storedVisit('v1');
    for (let i = 0; i < HISTORY_MAX_ENTRIES + 5; i += 1) {
      visit = signed(
        visit,
        { ...visit, title: `Title ${i}` },
        aynur,
        `2026-05-02T10:${String(i).padStart(2, '0')}:00.000Z`,
      );
    }
    expect(visit.history).toHaveLength(HISTORY_MAX_ENTRIES);
    expect(visit.history?.[0]?.at).toBe('2026-05-02T10:05:00.000Z');
    expect(visit.history?.at(-1)?.at).toBe('2026-05-02T10:54:00.000Z');
  });
});
