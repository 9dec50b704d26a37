import { readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SyncFolder } from '../../../src/core/sync/sync-folder';
import { sampleInstitution } from '../../unit/letters/fixtures';
import { ankaraPartner as ankara, guestInput, mouAgreement as mou, visitInput } from '../../support/builders';
import { settle } from '../../support/office-laptop';
import { useOffice } from '../../support/use-office';

/**
 * The office's partners, agreements (with their signed copies), hotels and institution shared between
 * laptops as its visits are (decision 0017): changed through the app's own API on one laptop, they
 * arrive on the other; changes of different fields both stand; one field changed on both keeps the
 * office's value and lists both for the officer, who settles it.
 */

const { office, laptop } = useOffice('records');

const pdf = () => readFile(join(__dirname, '../../fixtures/signed-mou.pdf'));

describe('the office’s records besides its visits', () => {
  it('a partner, its agreement with the signed copy, a hotel and the institution arrive on the other laptop', async () => {
    // Arrange
    const url = await office();
    const [a, b] = [await laptop(url, 'Aysel Məmmədova'), await laptop(url, 'Rauf Əliyev')];
    const partner = await a.call('partners.save', { partner: ankara });
    const agreement = await a.call('agreements.save', { agreement: mou(partner.id) });
    const bytes = await pdf();
    await a.call('agreements.attach', {
      id: agreement.id,
      fileName: 'MoU.pdf',
      base64: bytes.toString('base64'),
    });
    const hotel = await a.call('hotels.save', { hotel: { name: 'Hotel Qafqaz', city: 'Bakı' } });
    const institution = sampleInstitution();
    await a.call('institution.update', { institution });

    // Act
    const sent = await a.sync.exchange();
    const taken = await b.sync.exchange();

    // Assert
    expect(sent).toMatchObject({ sent: 4, received: 0, conflicts: 0, refused: [] });
    expect(taken).toMatchObject({ received: 4, sent: 0, conflicts: 0, unreadable: [] });
    const there = await b.call('partners.get', { id: partner.id });
    expect(there.partner).toMatchObject({ ...ankara, changedBy: 'Aysel Məmmədova' });
    expect(there.agreements.map((x) => x.id)).toEqual([agreement.id]);
    const file = await b.call('agreements.file', { id: agreement.id });
    expect(Buffer.from(file.base64, 'base64')).toEqual(bytes);
    expect(await readdir(join(b.dataDir, 'attachments'))).toHaveLength(1);
    expect(await b.call('hotels.list', {})).toEqual([hotel]);
    expect((await b.call('institution.get', {})).institution?.name).toEqual(institution.name);
    // Nothing comes back to the laptop that sent it, and nothing is sent again.
    expect(await a.sync.exchange()).toMatchObject({ sent: 0, received: 0 });
    expect(await b.sync.exchange()).toMatchObject({ sent: 0, received: 0 });
  });

  it('changes of different fields of a partner made offline on two laptops both stand on both', async () => {
    // Arrange
    const url = await office();
    const [a, b] = [await laptop(url, 'Aysel'), await laptop(url, 'Rauf')];
    const partner = await a.call('partners.save', { partner: ankara });
    await settle([a, b]);

    // Act: offline, Aysel gives the city in full while Rauf adds a contact
    await a.call('partners.save', { id: partner.id, partner: { ...ankara, city: 'Ankara, Çankaya' } });
    await b.call('partners.save', {
      id: partner.id,
      partner: { ...ankara, contacts: [{ name: 'Prof. Ayşe Kaya', email: 'kaya@ankara.edu.tr' }] },
    });
    await settle([a, b]);

    // Assert
    for (const l of [a, b]) {
      const { partner: held } = await l.call('partners.get', { id: partner.id });
      expect(held.city).toBe('Ankara, Çankaya');
      expect(held.contacts.map((c) => c.name)).toEqual(['Prof. Ayşe Kaya']);
    }
    expect((await a.call('sharing.status', {})).conflicts).toBe(0);
  });

  it('one field changed on both keeps the office’s value, lists both, and the officer settles it', async () => {
    // Arrange
    const url = await office();
    const [a, b] = [await laptop(url, 'Aysel'), await laptop(url, 'Rauf')];
    const hotel = await a.call('hotels.save', {
      hotel: { name: 'Hotel Qafqaz', phone: '+994 12 000 00 00' },
    });
    await settle([a, b]);
    await a.call('hotels.save', {
      id: hotel.id,
      hotel: { name: 'Hotel Qafqaz', phone: '+994 12 111 11 11' },
    });
    await b.call('hotels.save', {
      id: hotel.id,
      hotel: { name: 'Hotel Qafqaz', phone: '+994 12 222 22 22' },
    });

    // Act: Aysel's reaches the office first; Rauf's laptop meets it
    await a.sync.exchange();
    const met = await b.sync.exchange();

    // Assert: Rauf's laptop holds the office's number and lists both
    expect(met.conflicts).toBe(1);
    expect((await b.call('hotels.list', {}))[0]?.phone).toBe('+994 12 111 11 11');
    const status = await b.call('sharing.status', {});
    expect(status.conflicts).toBe(1);
    expect(status.recordConflicts).toMatchObject([
      {
        docId: `hotel:${hotel.id}`,
        kind: 'hotel',
        label: 'Hotel Qafqaz',
        conflicts: [{ path: 'phone', mine: '+994 12 222 22 22', theirs: '+994 12 111 11 11' }],
      },
    ]);

    // Act: Rauf keeps his own number
    const after = await b.call('sharing.resolveRecordConflict', {
      docId: `hotel:${hotel.id}`,
      path: 'phone',
      choice: 'mine',
    });
    await settle([a, b]);

    // Assert: settled, sent, and on both laptops
    expect(after.recordConflicts).toEqual([]);
    expect(after.conflicts).toBe(0);
    for (const l of [a, b]) expect((await l.call('hotels.list', {}))[0]?.phone).toBe('+994 12 222 22 22');
    expect(await new SyncFolder(b.dataDir).recordConflicts()).toEqual({});
  });

  it('a partner deleted on one laptop goes to the other’s trash, whence it can be restored and sent back', async () => {
    // Arrange
    const url = await office();
    const [a, b] = [await laptop(url, 'Aysel'), await laptop(url, 'Rauf')];
    const partner = await a.call('partners.save', { partner: ankara });
    await settle([a, b]);

    // Act
    await a.call('partners.delete', { id: partner.id });
    await settle([a, b]);

    // Assert
    expect(await b.call('partners.list', {})).toEqual([]);
    expect(b.store.partnersDoc.trash.partners.map((p) => p.id)).toEqual([partner.id]);

    // Act: Rauf brings it back
    await b.call('partners.restore', { id: partner.id });
    await settle([a, b]);

    // Assert
    expect((await a.call('partners.list', {})).map((p) => p.id)).toEqual([partner.id]);
  });

  it('a partner changed on one laptop and deleted on the other is kept, with the deletion to settle', async () => {
    // Arrange
    const url = await office();
    const [a, b] = [await laptop(url, 'Aysel'), await laptop(url, 'Rauf')];
    const partner = await a.call('partners.save', { partner: ankara });
    await settle([a, b]);
    await a.call('partners.save', { id: partner.id, partner: { ...ankara, notes: 'Rector visits in May' } });
    await b.call('partners.delete', { id: partner.id });

    // Act
    await a.sync.exchange();
    await b.sync.exchange();

    // Assert: the change stands on Rauf's laptop too, and the deletion is his to settle
    const { partner: kept } = await b.call('partners.get', { id: partner.id });
    expect(kept.notes).toBe('Rector visits in May');
    const [entry] = (await b.call('sharing.status', {})).recordConflicts;
    expect(entry?.conflicts).toMatchObject([{ path: 'deleted', theirs: true }]);
    expect(entry?.conflicts[0]?.mine).toBeUndefined();

    // Act: Rauf deletes it after all
    await b.call('sharing.resolveRecordConflict', {
      docId: `partner:${partner.id}`,
      path: 'deleted',
      choice: 'mine',
    });
    await settle([a, b]);

    // Assert
    expect(await a.call('partners.list', {})).toEqual([]);
    expect(await b.call('partners.list', {})).toEqual([]);
  });

  it('an agreement whose signed copy is missing here still goes; the others take it, and the file once it comes', async () => {
    // Arrange: Aysel's agreement names a signed copy whose bytes are gone from her folder (a backup
    // restored without them)
    const url = await office();
    const [a, b] = [await laptop(url, 'Aysel'), await laptop(url, 'Rauf')];
    const partner = await a.call('partners.save', { partner: ankara });
    const agreement = await a.call('agreements.save', { agreement: mou(partner.id) });
    const bytes = await pdf();
    const base64 = bytes.toString('base64');
    const attached = await a.call('agreements.attach', { id: agreement.id, fileName: 'MoU.pdf', base64 });
    await rm(join(a.dataDir, 'attachments', attached.attachment?.sha256 ?? ''));

    // Act
    const sent = await a.sync.exchange();
    const taken = await b.sync.exchange();

    // Assert: the agreement reached Rauf; the file is listed as missing, not the agreement
    expect(sent.sent).toBe(2);
    expect((await b.call('partners.get', { id: partner.id })).agreements.map((x) => x.id)).toEqual([
      agreement.id,
    ]);
    expect(taken.unreadable).toEqual([`file:${attached.attachment?.sha256 ?? ''}`]);
    expect((await b.call('sharing.status', {})).conflicts).toBe(0);

    // Act: Aysel attaches the same scan again
    await a.call('agreements.attach', { id: agreement.id, fileName: 'MoU.pdf', base64 });
    await settle([a, b]);

    // Assert: Rauf has the file, and nothing is listed as missing
    expect(Buffer.from((await b.call('agreements.file', { id: agreement.id })).base64, 'base64')).toEqual(
      bytes,
    );
    expect((await b.sync.exchange()).unreadable).toEqual([]);
  });

  it('a partner deleted on both laptops stays in each one’s trash', async () => {
    // Arrange
    const url = await office();
    const [a, b] = [await laptop(url, 'Aysel'), await laptop(url, 'Rauf')];
    const partner = await a.call('partners.save', { partner: ankara });
    await settle([a, b]);

    // Act: both delete it while apart
    await a.call('partners.delete', { id: partner.id });
    await b.call('partners.delete', { id: partner.id });
    await settle([a, b]);

    // Assert
    for (const l of [a, b]) expect(l.store.partnersDoc.trash.partners.map((p) => p.id)).toEqual([partner.id]);
  });

  it('a hotel deleted on one laptop while a stay on the other is in it is kept, and comes back', async () => {
    // Arrange: Rauf books a stay in the office's hotel
    const url = await office();
    const [a, b] = [await laptop(url, 'Aysel'), await laptop(url, 'Rauf')];
    const hotel = await a.call('hotels.save', { hotel: { name: 'Hotel Qafqaz' } });
    await settle([a, b]);
    const made = await b.call('visits.create', { visit: visitInput() });
    const guests = await b.call('guests.add', { visitId: made.visit.id, guest: guestInput() });
    const guestId = guests.visit.guests[0]?.id ?? '';
    await b.call('stays.save', {
      visitId: made.visit.id,
      stay: { guestIds: [guestId], hotelId: hotel.id, checkIn: '2026-05-12', checkOut: '2026-05-15' },
    });

    // Act: Aysel, who has no stay there, deletes the hotel before Rauf's stay reaches her
    await a.call('hotels.delete', { id: hotel.id });
    await a.sync.exchange();
    await b.sync.exchange();

    // Assert: Rauf keeps it, with the deletion to settle, which he cannot settle by deleting it
    expect((await b.call('hotels.list', {})).map((h) => h.name)).toEqual(['Hotel Qafqaz']);
    const [entry] = (await b.call('sharing.status', {})).recordConflicts;
    expect(entry).toMatchObject({ docId: `hotel:${hotel.id}`, conflicts: [{ path: 'deleted', mine: true }] });
    const refused = await b.attempt('sharing.resolveRecordConflict', {
      docId: `hotel:${hotel.id}`,
      path: 'deleted',
      choice: 'theirs',
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'hotelInUse' } });

    // Act: the office hears of it again
    await settle([a, b]);

    // Assert: the hotel is back on Aysel's laptop
    expect((await a.call('hotels.list', {})).map((h) => h.name)).toEqual(['Hotel Qafqaz']);
  });

  it('the same partner entered on two laptops before they shared is listed twice, and each can still be edited', async () => {
    // Arrange: both officers had Ankara University in their directories
    const url = await office();
    const [a, b] = [await laptop(url, 'Aysel'), await laptop(url, 'Rauf')];
    const ayselsEntry = await a.call('partners.save', { partner: ankara });
    await b.call('partners.save', { partner: ankara });

    // Act
    await settle([a, b]);
    const edited = await a.attempt('partners.save', {
      id: ayselsEntry.id,
      partner: { ...ankara, city: 'Ankara, Çankaya' },
    });
    const renamedOnto = await a.attempt('partners.save', { partner: ankara });

    // Assert: two entries; the edit is taken, a third entry of the same name is still refused
    expect(a.store.partnersDoc.partners).toHaveLength(2);
    expect(edited).toMatchObject({ ok: true, value: { city: 'Ankara, Çankaya' } });
    expect(renamedOnto).toMatchObject({
      ok: false,
      error: { code: 'validation', fields: [{ path: 'partner.officialName', code: 'duplicate' }] },
    });
  });
});
