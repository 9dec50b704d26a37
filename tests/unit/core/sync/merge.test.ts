import { describe, expect, it } from 'vitest';
import { mergeVisits } from '../../../../src/core/sync/merge';
import { mergeWithOffice } from '../../../../src/core/sync/merge-local';
import { resolveConflict } from '../../../../src/core/sync/resolve';
import type { Visit } from '../../../../src/shared/domain';
import type { HistoryEntry } from '../../../../src/shared/visit-history';
import { programmeItem, storedGuest, storedVisit } from '../../../support/builders';

/**
 * The three-way merge of a visit two officers changed while apart (decision 0017). Each expectation is
 * written out by hand from the rule: a field changed on one side takes that side's value; records of a
 * list are merged by id; the same field changed differently keeps the server's value and both as a
 * conflict; nothing either side saved is lost.
 */

const NOW = '2026-05-03T12:00:00.000Z';

const kaya = storedGuest('g1', { surname: 'KAYA', givenNames: 'Ali' });
const demir = storedGuest('g2', { surname: 'DEMIR', givenNames: 'Emre' });
const rector = programmeItem('p1', { title: 'Meeting with the rector' });
const base = storedVisit('v1', {
  title: 'Ankara delegation',
  guests: [kaya, demir],
  programme: [rector],
  revision: 3,
});

/** The value, which the test has just made sure of. */
function defined<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('expected a value');
  return value;
}

/** A side's version: the base with changes, signed by `by` at `at`. */
function side(by: string, at: string, changes: Partial<Visit>): Visit {
  return { ...base, ...changes, changedBy: by, changedAt: at, updatedAt: at };
}

describe('mergeVisits', () => {
  it('takes each side’s change where they touch different fields', () => {
    // Arrange
    const mine = side('Rauf', '2026-05-02T10:00:00.000Z', { partnerName: 'Ankara University' });
    const theirs = side('Aysel', '2026-05-02T09:00:00.000Z', { title: 'Ankara University delegation' });

    // Act
    const { merged, conflicts } = mergeVisits(base, mine, theirs, NOW);

    // Assert
    expect(conflicts).toEqual([]);
    expect(merged.title).toBe('Ankara University delegation');
    expect(merged.partnerName).toBe('Ankara University');
    expect(merged.changedBy).toBe('Rauf');
    expect(merged.changedAt).toBe('2026-05-02T10:00:00.000Z');
    expect(merged.revision).toBe(4);
  });

  it('keeps guests added on both sides and a field of one guest changed on each side', () => {
    // Arrange
    const mine = side('Rauf', '2026-05-02T10:00:00.000Z', {
      guests: [
        { ...kaya, surname: 'KAYA-ÖZ' },
        demir,
        storedGuest('g3', { surname: 'ŞAHIN', givenNames: 'Can' }),
      ],
    });
    const theirs = side('Aysel', '2026-05-02T09:00:00.000Z', {
      guests: [
        kaya,
        { ...demir, position: 'Dean' },
        storedGuest('g4', { surname: 'YILMAZ', givenNames: 'Ece' }),
      ],
    });

    // Act
    const { merged, conflicts } = mergeVisits(base, mine, theirs, NOW);

    // Assert: the server's order, then what was added here
    expect(conflicts).toEqual([]);
    expect(merged.guests.map((g) => [g.id, g.surname])).toEqual([
      ['g1', 'KAYA-ÖZ'],
      ['g2', 'DEMIR'],
      ['g4', 'YILMAZ'],
      ['g3', 'ŞAHIN'],
    ]);
    expect(merged.guests[1]?.position).toBe('Dean');
  });

  it('removes a guest removed on one side and untouched on the other', () => {
    // Arrange
    const mine = side('Rauf', '2026-05-02T10:00:00.000Z', { guests: [kaya] });
    const theirs = side('Aysel', '2026-05-02T09:00:00.000Z', { title: 'Renamed' });

    // Act
    const { merged, conflicts } = mergeVisits(base, mine, theirs, NOW);

    // Assert
    expect(conflicts).toEqual([]);
    expect(merged.guests.map((g) => g.id)).toEqual(['g1']);
    expect(merged.title).toBe('Renamed');
  });

  it('keeps a guest removed on one side and changed on the other, as a conflict', () => {
    // Arrange
    const changed = { ...demir, surname: 'DEMİR' };
    const mine = side('Rauf', '2026-05-02T10:00:00.000Z', { guests: [kaya] });
    const theirs = side('Aysel', '2026-05-02T09:00:00.000Z', { guests: [kaya, changed] });

    // Act
    const { merged, conflicts } = mergeVisits(base, mine, theirs, NOW);

    // Assert
    expect(merged.guests.map((g) => g.surname)).toEqual(['KAYA', 'DEMİR']);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({
      path: 'guests.g2',
      label: 'DEMİR Emre',
      mineBy: 'Rauf',
      theirsBy: 'Aysel',
    });
    expect(conflicts[0]?.mine).toBeUndefined();
    expect(conflicts[0]?.theirs).toMatchObject({ id: 'g2', surname: 'DEMİR' });
  });

  it('keeps the server’s value of a field both changed, with both values, who and when', () => {
    // Arrange
    const mine = side('Rauf', '2026-05-02T10:00:00.000Z', {
      programme: [{ ...rector, startTime: '11:00', endTime: '12:00' }],
    });
    const theirs = side('Aysel', '2026-05-02T09:00:00.000Z', {
      programme: [{ ...rector, startTime: '09:30' }],
    });

    // Act
    const { merged, conflicts } = mergeVisits(base, mine, theirs, NOW);

    // Assert: the end time only Rauf changed is his; the start both changed is Aysel's, and a conflict
    expect(merged.programme[0]).toMatchObject({ startTime: '09:30', endTime: '12:00' });
    expect(conflicts).toEqual([
      {
        path: 'programme.p1.startTime',
        label: 'Meeting with the rector',
        mine: '11:00',
        theirs: '09:30',
        mineBy: 'Rauf',
        mineAt: '2026-05-02T10:00:00.000Z',
        theirsBy: 'Aysel',
        theirsAt: '2026-05-02T09:00:00.000Z',
        at: NOW,
      },
    ]);
    expect(merged.syncConflicts).toEqual(conflicts);
  });

  it('keeps every value of a field three officers changed apart in one conflict', () => {
    // Arrange: here, Rauf's title already met Leyla's and kept it as a conflict; Aysel renamed it too
    const earlier = {
      path: 'title',
      mine: 'Title by Rauf',
      theirs: 'Title by Leyla',
      mineBy: 'Rauf',
      theirsBy: 'Leyla',
      at: '2026-05-02T11:00:00.000Z',
    };
    const mine = {
      ...side('Leyla', '2026-05-02T10:30:00.000Z', { title: 'Title by Leyla' }),
      syncConflicts: [earlier],
    };
    const theirs = side('Aysel', '2026-05-02T09:00:00.000Z', { title: 'Title by Aysel' });

    // Act
    const { merged } = mergeVisits(base, mine, theirs, NOW);

    // Assert: Aysel's title stands; Leyla's and Rauf's are both kept
    expect(merged.title).toBe('Title by Aysel');
    expect(merged.syncConflicts).toEqual([
      {
        path: 'title',
        mine: 'Title by Leyla',
        theirs: 'Title by Aysel',
        mineBy: 'Leyla',
        mineAt: '2026-05-02T10:30:00.000Z',
        theirsBy: 'Aysel',
        theirsAt: '2026-05-02T09:00:00.000Z',
        at: NOW,
        others: [{ value: 'Title by Rauf', by: 'Rauf' }],
      },
    ]);
  });

  it('keeps the history of both sides, each entry once, in time order', () => {
    // Arrange
    const shared: HistoryEntry = {
      at: '2026-05-01T08:00:00.000Z',
      by: 'Aysel',
      changes: [{ kind: 'visit', action: 'created' }],
    };
    const hers: HistoryEntry = {
      at: '2026-05-02T09:00:00.000Z',
      by: 'Aysel',
      changes: [{ kind: 'visit', action: 'changed', fields: ['title'] }],
    };
    const his: HistoryEntry = {
      at: '2026-05-02T10:00:00.000Z',
      by: 'Rauf',
      changes: [{ kind: 'visit', action: 'changed', fields: ['partnerName'] }],
    };
    const withBase = { ...base, history: [shared] };
    const mine = { ...side('Rauf', his.at, { partnerName: 'Ankara University' }), history: [shared, his] };
    const theirs = { ...side('Aysel', hers.at, { title: 'Renamed' }), history: [shared, hers] };

    // Act
    const { merged } = mergeVisits(withBase, mine, theirs, NOW);

    // Assert
    expect(merged.history).toEqual([shared, hers, his]);
  });

  it('answers the server’s version itself when this laptop’s adds nothing to it', () => {
    // Arrange: both made the same change
    const mine = side('Rauf', '2026-05-02T10:00:00.000Z', { title: 'Renamed' });
    const theirs = side('Aysel', '2026-05-02T09:00:00.000Z', { title: 'Renamed' });

    // Act
    const { merged, conflicts } = mergeVisits(
      base,
      { ...mine, changedBy: 'Aysel', changedAt: theirs.changedAt, updatedAt: theirs.updatedAt },
      theirs,
      NOW,
    );

    // Assert
    expect(conflicts).toEqual([]);
    expect(merged).toBe(theirs);
  });

  it('keeps this laptop’s whole version beside the server’s when the fields merged make no valid visit', () => {
    // Arrange: Rauf has the delegation arrive on the 14th, Aysel has it leave on the 13th
    const mine = side('Rauf', '2026-05-02T10:00:00.000Z', {
      arrivalDate: '2026-05-14',
      title: 'Shorter visit',
    });
    const theirs = side('Aysel', '2026-05-02T09:00:00.000Z', { departureDate: '2026-05-13' });

    // Act
    const { merged, conflicts } = mergeVisits(base, mine, theirs, NOW);

    // Assert: the server's version stands whole; Rauf's is kept beside it
    expect([merged.arrivalDate, merged.departureDate, merged.title]).toEqual([
      '2026-05-12',
      '2026-05-13',
      'Ankara delegation',
    ]);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ path: 'visit', mineBy: 'Rauf', theirsBy: 'Aysel' });
    expect(conflicts[0]?.mine).toMatchObject({
      arrivalDate: '2026-05-14',
      departureDate: '2026-05-15',
      title: 'Shorter visit',
    });
    expect(merged.syncConflicts).toEqual(conflicts);

    // Act: the officer chooses Rauf's version
    const settled = resolveConflict(merged, 'visit', 'mine');

    // Assert
    expect([settled?.arrivalDate, settled?.departureDate, settled?.title]).toEqual([
      '2026-05-14',
      '2026-05-15',
      'Shorter visit',
    ]);
    expect(settled?.syncConflicts).toBeUndefined();
    expect(settled?.id).toBe('v1');
  });
});

describe('mergeWithOffice', () => {
  it('keeps a visit deleted on the server and changed here, with the deletion as a conflict', () => {
    // Arrange
    const mine = side('Rauf', '2026-05-02T10:00:00.000Z', { title: 'Renamed' });

    // Act
    const { visit, conflicts } = mergeWithOffice(base, mine, undefined, NOW);

    // Assert
    expect(conflicts).toBe(1);
    expect(visit?.title).toBe('Renamed');
    expect(visit?.syncConflicts).toEqual([
      {
        path: 'deleted',
        label: 'Renamed',
        mine: true,
        mineBy: 'Rauf',
        mineAt: '2026-05-02T10:00:00.000Z',
        at: NOW,
      },
    ]);
  });
});

describe('resolveConflict', () => {
  const mine = side('Rauf', '2026-05-02T10:00:00.000Z', {
    programme: [{ ...rector, startTime: '10:30' }],
    guests: [kaya],
  });
  const theirs = side('Aysel', '2026-05-02T09:00:00.000Z', {
    programme: [{ ...rector, startTime: '09:30' }],
    guests: [kaya, { ...demir, position: 'Dean' }],
  });
  const { merged } = mergeVisits(base, mine, theirs, NOW);

  it('sets the field to this laptop’s value and settles that conflict only', () => {
    // Act
    const settled = resolveConflict(merged, 'programme.p1.startTime', 'mine');

    // Assert
    expect(settled?.programme[0]?.startTime).toBe('10:30');
    expect(settled?.syncConflicts?.map((c) => c.path)).toEqual(['guests.g2']);
  });

  it('removes a guest when the side that removed it is chosen, and keeps it when the other is', () => {
    // Act
    const removed = resolveConflict(merged, 'guests.g2', 'mine');
    const kept = resolveConflict(merged, 'guests.g2', 'theirs');

    // Assert
    expect(removed?.guests.map((g) => g.id)).toEqual(['g1']);
    expect(kept?.guests.map((g) => [g.id, g.position])).toEqual([
      ['g1', kaya.position],
      ['g2', 'Dean'],
    ]);
    expect(kept?.syncConflicts?.map((c) => c.path)).toEqual(['programme.p1.startTime']);
  });

  it('answers no visit when the deletion is chosen', () => {
    // Arrange
    const { visit } = mergeWithOffice(base, mine, undefined, NOW);

    // Act / Assert
    expect(resolveConflict(defined(visit), 'deleted', 'theirs')).toBeUndefined();
    expect(resolveConflict(defined(visit), 'deleted', 'mine')?.syncConflicts).toBeUndefined();
  });
});
