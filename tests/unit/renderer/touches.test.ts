import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { invalidateTouched, touchedBy } from '../../../src/renderer/src/touches';

/** A client holding one answer for each of these methods, none of them out of date. */
function clientWith(methods: readonly string[]): QueryClient {
  const client = new QueryClient();
  for (const method of methods) client.setQueryData([method, { id: 'v1' }], { answer: method });
  return client;
}

const outOfDate = (client: QueryClient) =>
  client
    .getQueryCache()
    .getAll()
    .filter((query) => query.state.isInvalidated)
    .map((query) => String(query.queryKey[0]))
    .sort();

const KEPT = [
  'visits.list',
  'visits.get',
  'visits.conflicts',
  'backups.list',
  'calendar.range',
  'planning.day',
  'planning.suggestions',
  'hotels.list',
  'institution.get',
  'partners.list',
  'letters.register',
];

describe('what a change makes out of date', () => {
  it('reordering guests touches the lists and backups, not the clashes or the calendar', async () => {
    // Arrange
    const client = clientWith(KEPT);

    // Act
    await invalidateTouched(client, 'guests.reorder');

    // Assert
    expect(outOfDate(client)).toEqual(['backups.list', 'visits.list']);
  });

  it('moving a programme item touches the clashes, the calendar, the day and the suggestions', async () => {
    const client = clientWith(KEPT);

    await invalidateTouched(client, 'programme.save');

    expect(outOfDate(client)).toEqual([
      'backups.list',
      'calendar.range',
      'planning.day',
      'planning.suggestions',
      'visits.conflicts',
      'visits.list',
    ]);
  });

  it('a stay marks other visits’ pages out of date too (they count the same hotel’s rooms)', async () => {
    const client = clientWith(KEPT);

    await invalidateTouched(client, 'stays.save');

    expect(outOfDate(client)).toContain('visits.get');
    expect(outOfDate(client)).not.toContain('hotels.list');
  });

  it('no change to a visit touches the institution, the partners or the letter register', () => {
    for (const method of [
      'visits.update',
      'guests.add',
      'guests.update',
      'guests.remove',
      'visits.delete',
    ] as const) {
      expect(touchedBy(method)).not.toContain('institution.get');
      expect(touchedBy(method)).not.toContain('partners.list');
      expect(touchedBy(method)).not.toContain('letters.register');
    }
  });

  it('a change not in the table is taken to touch every visit’s data', () => {
    expect([...touchedBy('hotels.save')].sort()).toEqual([
      'backups.list',
      'calendar.range',
      'planning.day',
      'visits.conflicts',
      'visits.get',
      'visits.list',
    ]);
  });
});
