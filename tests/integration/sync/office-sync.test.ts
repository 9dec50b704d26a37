import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../../src/core/store/migrations';
import { CouchClient } from '../../../src/core/sync/couch';
import { OfficeSync, type OfficeServer } from '../../../src/core/sync/office-sync';
import { SyncFolder } from '../../../src/core/sync/sync-folder';
import { toServer } from '../../../src/core/sync/visit-docs';
import { couchAuth } from '../../support/couch-env';
import { guestInput, programmeItemInput, storedVisit, visitInput } from '../../support/builders';
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

  it('leaves a visit a newer Qonaq wrote as it is, and reports it at every exchange until it can be read', async () => {
    // Arrange: a visit on the server from a version of Qonaq newer than this one
    const url = await office();
    const newer = {
      _id: 'visit:fromthefuture',
      type: 'visit',
      schemaVersion: SCHEMA_VERSION + 1,
      visit: { id: 'fromthefuture' },
    };
    await new CouchClient({ url, ...couchAuth() }).bulkDocs([newer]);
    const a = await laptop(url, 'Aysel');

    // Act
    const first = await a.sync.exchange();
    const again = await a.sync.exchange();

    // Assert
    expect(first.unreadable).toEqual(['visit:fromthefuture']);
    expect(again.unreadable).toEqual(['visit:fromthefuture']);
    expect(a.visits()).toEqual([]);
    expect(JSON.parse(await readFile(join(a.dataDir, 'sync', 'unreadable.json'), 'utf8'))).toEqual([
      'visit:fromthefuture',
    ]);
  });

  it('takes a visit it could not read before once it can, though the feed has passed it', async () => {
    // Arrange: this laptop listed the visit as unreadable; now (updated) it can read it
    const url = await office();
    const a = await laptop(url, 'Aysel');
    const visit = storedVisit('later', { title: 'Read after the update' });
    const server: OfficeServer = {
      get: async (id) => (id === 'visit:later' ? { _id: id, _rev: '3-abc', ...toServer(visit) } : undefined),
      changes: async () => ({ results: [], lastSeq: '10' }),
      bulkDocs: async () => [],
      file: async () => undefined,
    };
    const folder = new SyncFolder(a.dataDir);
    await folder.writeState({ url, seq: '10' });
    await folder.writeUnreadable(['visit:later']);

    // Act
    const report = await new OfficeSync(a.store, folder, server, {
      url,
      now: () => new Date(),
    }).exchange();

    // Assert
    expect(report).toMatchObject({ received: 1, unreadable: [] });
    expect(a.visits().map((v) => v.title)).toEqual(['Read after the update']);
    expect(await folder.unreadable()).toEqual([]);
  });

  it('a form saved after a colleague’s change came in keeps that change where the officer left the field alone', async () => {
    // Arrange: one visit with one guest on both laptops; Rauf opens the visit's form and the guest's
    const url = await office();
    const [a, b] = [await laptop(url, 'Aysel'), await laptop(url, 'Rauf')];
    const made = await a.call('visits.create', { visit: visitInput({ title: 'Ankara delegation' }) });
    const id = made.visit.id;
    const withGuest = await a.call('guests.add', { visitId: id, guest: guestInput({ surname: 'KAYA' }) });
    const guestId = withGuest.visit.guests[0]?.id ?? '';
    await settle([a, b]);
    const visitOpened = visitInput({ title: 'Ankara delegation' });
    const guestOpened = guestInput({ surname: 'KAYA' });

    // Act: meanwhile Aysel gives the purpose and the guest's position, and it reaches Rauf's laptop
    await a.call('visits.update', {
      id,
      visit: visitInput({ title: 'Ankara delegation', purpose: 'MoU signing' }),
    });
    await a.call('guests.update', {
      visitId: id,
      guestId,
      guest: guestInput({ surname: 'KAYA', position: 'Dean' }),
    });
    await settle([a, b]);
    // Rauf saves his forms: a new title, the guest's given names
    await b.call('visits.update', {
      id,
      visit: { ...visitOpened, title: 'Ankara University delegation' },
      opened: visitOpened,
    });
    await b.call('guests.update', {
      visitId: id,
      guestId,
      guest: { ...guestOpened, givenNames: 'Ayşe Nur' },
      opened: guestOpened,
    });
    await settle([a, b]);

    // Assert: on both laptops, Rauf's changes and Aysel's stand together, with no conflict
    for (const l of [a, b]) {
      const visit = l.visits()[0];
      expect(visit).toMatchObject({ title: 'Ankara University delegation', purpose: 'MoU signing' });
      expect(visit?.guests[0]).toMatchObject({ givenNames: 'Ayşe Nur', position: 'Dean' });
      expect(visit?.syncConflicts).toBeUndefined();
    }
  });

  it('a programme item moved in the calendar keeps the venue a colleague gave it meanwhile', async () => {
    // Arrange: one visit with a meeting on both laptops
    const url = await office();
    const [a, b] = [await laptop(url, 'Aysel'), await laptop(url, 'Rauf')];
    const made = await a.call('visits.create', { visit: visitInput() });
    const id = made.visit.id;
    const planned = await a.call('programme.save', { visitId: id, item: programmeItemInput() });
    const itemId = planned.visit.programme[0]?.id ?? '';
    await settle([a, b]);
    const before = { ...programmeItemInput(), id: itemId };

    // Act: Aysel gives the venue; it reaches Rauf's laptop; Rauf moves the meeting an hour later
    await a.call('programme.save', { visitId: id, item: { ...before, venue: 'Rector’s office' } });
    await settle([a, b]);
    await b.call('programme.save', {
      visitId: id,
      item: { ...before, startTime: '11:00', endTime: '12:00' },
      opened: before,
    });
    await settle([a, b]);

    // Assert
    for (const l of [a, b]) {
      expect(l.visits()[0]?.programme[0]).toMatchObject({ startTime: '11:00', venue: 'Rector’s office' });
    }
  });

  it('a laptop whose bases were lost (a power cut) reads the server’s versions, and its change still goes', async () => {
    // Arrange: a visit and a hotel shared; then every base of Aysel's laptop is gone
    const url = await office();
    const [a, b] = [await laptop(url, 'Aysel'), await laptop(url, 'Rauf')];
    const made = await a.call('visits.create', { visit: visitInput({ title: 'Ankara delegation' }) });
    const hotel = await a.call('hotels.save', { hotel: { name: 'Hotel Qafqaz' } });
    await settle([a, b]);
    await rm(join(a.dataDir, 'sync', 'base'), { recursive: true });

    // Act: Aysel renames both, and exchanges
    await a.call('visits.update', { id: made.visit.id, visit: visitInput({ title: 'Ankara University' }) });
    await a.call('hotels.save', { id: hotel.id, hotel: { name: 'Qafqaz Hotel' } });
    await settle([a, b]);

    // Assert: both changes reached Rauf's laptop, with no conflict on either side
    for (const l of [a, b]) {
      expect(l.visits().map((v) => [v.title, v.syncConflicts])).toEqual([['Ankara University', undefined]]);
      expect((await l.call('hotels.list', {})).map((h) => h.name)).toEqual(['Qafqaz Hotel']);
      expect((await l.call('sharing.status', {})).recordConflicts).toEqual([]);
    }
  });

  it('a laptop whose base went back to an older revision of a visit deleted since still settles', async () => {
    // Arrange: a visit on both laptops; Rauf's base of it as it is now is kept aside
    const url = await office();
    const [a, b] = [await laptop(url, 'Aysel'), await laptop(url, 'Rauf')];
    const made = await a.call('visits.create', { visit: visitInput({ title: 'Ankara delegation' }) });
    await settle([a, b]);
    const baseFile = join(b.dataDir, 'sync', 'base', `visit~${made.visit.id}.json`);
    const old = await readFile(baseFile, 'utf8');

    // Act: Aysel deletes the visit, Rauf's laptop takes the deletion; then its base goes back (a power cut)
    await a.call('visits.delete', { id: made.visit.id });
    await settle([a, b]);
    await b.store.close();
    await writeFile(baseFile, old);
    // Started again, the laptop compares every visit with its base: this one is taken for a deletion made here.
    const again = await laptop(url, 'Rauf', b.dataDir);
    await again.sync.exchange();
    await again.sync.exchange();

    // Assert: nothing is left waiting, and the visit stays deleted on both laptops
    expect(await again.sync.collectPending()).toBe(0);
    expect(a.visits()).toEqual([]);
    expect(again.visits()).toEqual([]);
  });

  it('a visit changed again while its batch is out is still to be sent, not taken as sent', async () => {
    // Arrange: a visit on both laptops; Aysel's exchange goes through a server that, while her batch
    // is out, sees her change the visit again and the frame ask for the sharing's state
    const url = await office();
    const [a, b] = [await laptop(url, 'Aysel'), await laptop(url, 'Rauf')];
    const made = await a.call('visits.create', { visit: visitInput({ title: 'One' }) });
    const id = made.visit.id;
    await settle([a, b]);
    const client = new CouchClient({ url, ...couchAuth() });
    const during: { sync?: OfficeSync; done: boolean } = { done: false };
    const server: OfficeServer = {
      get: (docId) => client.get(docId),
      changes: (options) => client.changes(options),
      file: (docId, name) => client.file(docId, name),
      bulkDocs: async (docs) => {
        if (!during.done && docs.some((d) => d._id === `visit:${id}`)) {
          during.done = true;
          await a.call('visits.update', { id, visit: visitInput({ title: 'Three' }) });
          await during.sync?.collectPending();
        }
        return client.bulkDocs(docs);
      },
    };
    during.sync = new OfficeSync(a.store, new SyncFolder(a.dataDir), server, { url, now: () => new Date() });

    // Act
    await a.call('visits.update', { id, visit: visitInput({ title: 'Two' }) });
    await during.sync.exchange();

    // Assert: the later change is still waiting, and goes at the next exchange
    expect(await during.sync.collectPending()).toBe(1);
    await during.sync.exchange();
    await b.sync.exchange();
    expect(b.visits().map((v) => v.title)).toEqual(['Three']);
  });
});
