import { afterEach, describe, expect, it } from 'vitest';
import { Store } from '../../../src/core/store/store';
import { VisitService } from '../../../src/core/visits';
import { programmeItemInputSchema } from '../../../src/shared/planning';
import { guestData, visitData } from '../../support/builders';
import { tempDirs } from '../../support/temp-dir';
import { rejection } from '../../support/rejection';

const NOW = new Date('2026-05-01T08:00:00Z');

describe('a visit with a programme', () => {
  const dirs = tempDirs();
  let store: Store | undefined;
  afterEach(async () => {
    await store?.close();
    store = undefined;
    await dirs.removeAll();
  });

  it('refuses new dates that would leave programme items outside the visit, and keeps them', async () => {
    store = await Store.open(await dirs.make(), { snapshotEveryMs: 0 });
    const visits = new VisitService(store, () => NOW);
    const { visit } = await visits.create(
      visitData({ arrivalDate: '2026-05-12', departureDate: '2026-05-15' }),
    );
    await visits.saveItem(
      visit.id,
      programmeItemInputSchema.parse({
        title: 'Rector',
        startDate: '2026-05-12',
        startTime: '18:00',
        endDate: '2026-05-12',
        endTime: '19:00',
      }),
    );

    const error = await rejection(() =>
      visits.update(visit.id, visitData({ arrivalDate: '2026-05-13', departureDate: '2026-05-15' })),
    );

    expect(error).toMatchObject({
      code: 'validation',
      fields: [
        { path: 'visit.arrivalDate', code: 'datesExcludeItems', params: { count: 1, titles: 'Rector' } },
      ],
    });
    expect(visits.get(visit.id).visit.arrivalDate).toBe('2026-05-12');
    expect(visits.get(visit.id).visit.programme).toHaveLength(1);
  });

  it('takes a removed guest out of the items naming them and keeps the items', async () => {
    store = await Store.open(await dirs.make(), { snapshotEveryMs: 0 });
    const visits = new VisitService(store, () => NOW);
    const { visit } = await visits.create(visitData(), [
      guestData({ surname: 'A' }),
      guestData({ surname: 'B' }),
    ]);
    const [a, b] = visit.guests.map((g) => g.id);
    if (!a || !b) throw new Error('two guests expected');
    const item = (title: string, guestIds: string[]) =>
      programmeItemInputSchema.parse({
        title,
        startDate: '2026-05-13',
        startTime: '10:00',
        endDate: '2026-05-13',
        endTime: '11:00',
        allGuests: false,
        guestIds,
      });
    await visits.saveItem(visit.id, item('Both', [a, b]));
    await visits.saveItem(visit.id, item('Only A', [a]));

    const { visit: after } = await visits.removeGuest(visit.id, a);

    expect(after.programme.map((p) => [p.title, p.guestIds])).toEqual([
      ['Both', [b]],
      ['Only A', []],
    ]);
  });
});
