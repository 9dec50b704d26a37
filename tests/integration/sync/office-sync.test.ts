import { describe, expect, it } from 'vitest';
import { guestInput, visitInput } from '../../support/builders';
import { settle, type Laptop } from '../../support/office-laptop';
import { useOffice } from '../../support/use-office';

/**
 * Laptops sharing one office database (decision 0017): each a store on a folder of its own, changed
 * through the app's own API while "offline", then exchanging with a CouchDB-compatible server started
 * from npm packages. They must end with the same visits, and no change saved on any of them lost.
 */

const { office, laptop } = useOffice('office');

/** The visits as the office sees them: what each laptop holds, compared whole (history included). */
async function wholeVisits(l: Laptop): Promise<unknown[]> {
  const ids = (await l.store.replica.ids()).sort();
  return Promise.all(ids.map((id) => l.store.replica.whole(id)));
}

describe('office sharing through a CouchDB server', () => {
  it('a visit made on one laptop arrives whole on the other, and nothing is sent back', async () => {
    // Arrange
    const url = await office();
    const [a, b] = [await laptop(url, 'Aysel Məmmədova'), await laptop(url, 'Rauf Əliyev')];
    const made = await a.call('visits.create', { visit: visitInput({ title: 'Ankara delegation' }) });
    await a.call('guests.add', { visitId: made.visit.id, guest: guestInput({ surname: 'ÖZTÜRK' }) });

    // Act
    const sent = await a.sync.exchange();
    const received = await b.sync.exchange();

    // Assert
    expect(sent).toMatchObject({ sent: 1, received: 0, conflicts: 0 });
    expect(received).toMatchObject({ sent: 0, received: 1, conflicts: 0 });
    const arrived = b.visits()[0];
    expect(arrived?.title).toBe('Ankara delegation');
    expect(arrived?.guests.map((g) => g.surname)).toEqual(['ÖZTÜRK']);
    expect(arrived?.changedBy).toBe('Aysel Məmmədova');
    expect(await wholeVisits(b)).toEqual(await wholeVisits(a));
    expect(await a.sync.exchange()).toMatchObject({ sent: 0, received: 0 });
  });

  it('edits of different fields made offline on two laptops both stand on both', async () => {
    // Arrange
    const url = await office();
    const [a, b] = [await laptop(url, 'Aysel'), await laptop(url, 'Rauf')];
    const made = await a.call('visits.create', { visit: visitInput({ title: 'Ankara delegation' }) });
    await settle([a, b]);

    // Act: offline, Aysel renames the visit while Rauf adds a guest
    await a.call('visits.update', { id: made.visit.id, visit: visitInput({ title: 'Ankara University' }) });
    await b.call('guests.add', { visitId: made.visit.id, guest: guestInput({ surname: 'KAYA' }) });
    await settle([a, b]);

    // Assert
    for (const l of [a, b]) {
      const visit = l.visits()[0];
      expect(visit?.title).toBe('Ankara University');
      expect(visit?.guests.map((g) => g.surname)).toEqual(['KAYA']);
      expect(visit?.syncConflicts ?? []).toEqual([]);
    }
    expect(await wholeVisits(b)).toEqual(await wholeVisits(a));
  });

  it('one field changed on both laptops keeps the server’s value and both values as a conflict', async () => {
    // Arrange
    const url = await office();
    const [a, b] = [await laptop(url, 'Aysel'), await laptop(url, 'Rauf')];
    const made = await a.call('visits.create', { visit: visitInput({ title: 'Ankara delegation' }) });
    await settle([a, b]);

    // Act: both rename it offline; Aysel reaches the server first
    await a.call('visits.update', { id: made.visit.id, visit: visitInput({ title: 'Title by Aysel' }) });
    await b.call('visits.update', { id: made.visit.id, visit: visitInput({ title: 'Title by Rauf' }) });
    await a.sync.exchange();
    const second = await b.sync.exchange();
    await settle([a, b]);

    // Assert
    expect(second.conflicts).toBe(1);
    for (const l of [a, b]) {
      const visit = l.visits()[0];
      expect(visit?.title).toBe('Title by Aysel');
      expect(visit?.syncConflicts).toEqual([
        expect.objectContaining({
          path: 'title',
          mine: 'Title by Rauf',
          theirs: 'Title by Aysel',
          mineBy: 'Rauf',
          theirsBy: 'Aysel',
        }),
      ]);
    }
  });

  it('a visit deleted on one laptop and untouched on the other is deleted on both', async () => {
    // Arrange
    const url = await office();
    const [a, b] = [await laptop(url, 'Aysel'), await laptop(url, 'Rauf')];
    const made = await a.call('visits.create', { visit: visitInput() });
    await a.call('visits.create', { visit: visitInput({ title: 'Kept' }) });
    await settle([a, b]);

    // Act
    await b.call('visits.delete', { id: made.visit.id });
    await settle([a, b]);

    // Assert
    expect(a.visits().map((v) => v.title)).toEqual(['Kept']);
    expect(b.visits().map((v) => v.title)).toEqual(['Kept']);
  });

  it('a laptop reopened after its exchange sends nothing again, and takes what came meanwhile', async () => {
    // Arrange
    const url = await office();
    const a = await laptop(url, 'Aysel');
    const b = await laptop(url, 'Rauf');
    await a.call('visits.create', { visit: visitInput({ title: 'Before the restart' }) });
    await settle([a, b]);
    await b.store.close();
    await a.call('visits.create', { visit: visitInput({ title: 'While it was closed' }) });
    await a.sync.exchange();

    // Act
    const again = await laptop(url, 'Rauf', b.dataDir);
    const report = await again.sync.exchange();

    // Assert
    expect(report).toMatchObject({ sent: 0, received: 1, conflicts: 0 });
    expect(
      again
        .visits()
        .map((v) => v.title)
        .sort(),
    ).toEqual(['Before the restart', 'While it was closed']);
  });
});
