import { afterEach, describe, expect, it } from 'vitest';
import { Store } from '../../../src/core/store/store';
import { VisitService } from '../../../src/core/visits';
import { programmeItemInputSchema } from '../../../src/shared/planning';
import { guestData, visitData } from '../../support/builders';
import { tempDirs } from '../../support/temp-dir';

const NOW = new Date('2026-05-01T08:00:00Z');

describe('removing a guest from a visit with a programme', () => {
  const dirs = tempDirs();
  let store: Store | undefined;
  afterEach(async () => {
    await store?.close();
    store = undefined;
    await dirs.removeAll();
  });

  it('takes the guest out of the items naming them and keeps the items', async () => {
    store = await Store.open(await dirs.make(), { snapshotEveryMs: 0 });
    const visits = new VisitService(store, () => NOW);
    const { visit } = await visits.create(visitData(), [guestData({ surname: 'A' }), guestData({ surname: 'B' })]);
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
