import { afterEach, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { Store } from '../../../src/core/store/store';
import { VisitService } from '../../../src/core/visits';
import { guestData, visitData } from '../../support/builders';
import { tempDirs } from '../../support/temp-dir';
import { letterCores } from '../letters-service/setup';

const dirs = tempDirs();
afterEach(() => dirs.removeAll());

interface OnDisk {
  visit: {
    changedBy?: string;
    changedAt?: string;
    history?: { at: string; by: string; account?: boolean; changes: unknown[] }[];
  };
}

/** A clock that moves one minute on each reading. */
function minutes(): () => Date {
  let minute = 0;
  return () => new Date(Date.UTC(2026, 4, 2, 9, minute++));
}

async function onDisk(dir: string, folder: string, id: string): Promise<OnDisk> {
  return JSON.parse(await readFile(join(dir, folder, `${id}.json`), 'utf8')) as OnDisk;
}

describe('who changed what, on disk', () => {
  it('writes changedBy, changedAt and the history with every change, an undo and a delete and restore', async () => {
    const dir = await dirs.make();
    const clock = minutes();
    const store = await Store.open(dir, { snapshotEveryMs: 0, now: clock });
    await store.updateSettings({ officerName: '  Aynur   Məmmədova ' });
    const visits = new VisitService(store, clock);
    const { visit } = await visits.create(visitData());
    const withGuest = await visits.addGuest(visit.id, guestData({ surname: 'IVANOV', givenNames: 'Ivan' }));
    const guest = withGuest.visit.guests[0];
    if (!guest) throw new Error('no guest');

    const afterAdd = await onDisk(dir, 'visits', visit.id);
    expect(afterAdd.visit.changedBy).toBe('Aynur Məmmədova');
    expect(afterAdd.visit.history?.map((e) => [e.by, e.changes])).toEqual([
      ['Aynur Məmmədova', [{ kind: 'visit', action: 'created' }]],
      ['Aynur Məmmədova', [{ kind: 'guest', action: 'added', label: 'Ivan IVANOV' }]],
    ]);
    expect(afterAdd.visit.changedAt).toBe(afterAdd.visit.history?.[1]?.at);

    // Removing the guest, then undoing it as the visit page does: the guest is put back in its place.
    await visits.removeGuest(visit.id, guest.id);
    const { id: _id, ...data } = guest;
    await visits.addGuest(visit.id, data, 0);
    const afterUndo = await onDisk(dir, 'visits', visit.id);
    expect(afterUndo.visit.history?.slice(2).map((e) => e.changes)).toEqual([
      [{ kind: 'guest', action: 'removed', label: 'Ivan IVANOV' }],
      [{ kind: 'guest', action: 'added', label: 'Ivan IVANOV' }],
    ]);
    expect(afterUndo.visit.changedAt).toBe(afterUndo.visit.history?.[3]?.at);
    expect(afterUndo.visit.changedAt).not.toBe(afterAdd.visit.changedAt);

    await visits.delete(visit.id);
    const inTrash = await onDisk(dir, 'trash', visit.id);
    expect(inTrash.visit.history?.at(-1)?.changes).toEqual([{ kind: 'visit', action: 'deleted' }]);
    await visits.restore(visit.id);
    const restored = await onDisk(dir, 'visits', visit.id);
    expect(restored.visit.history?.slice(-2).map((e) => e.changes)).toEqual([
      [{ kind: 'visit', action: 'deleted' }],
      [{ kind: 'visit', action: 'restored' }],
    ]);
    await store.close();

    // And it is what the next start reads.
    const again = await Store.open(dir, { snapshotEveryMs: 0 });
    expect(again.getVisit(visit.id)?.history).toBeUndefined();
    expect(await again.visitHistory(visit.id)).toHaveLength(6);
    await again.close();
  });

  it('signs with the system account’s name, and says so, while Settings has no name', async () => {
    const dir = await dirs.make();
    const store = await Store.open(dir, { snapshotEveryMs: 0 });
    const { visit } = await new VisitService(store).create(visitData());
    await store.close();
    const saved = await onDisk(dir, 'visits', visit.id);
    expect(saved.visit.changedBy).toBe(userInfo().username);
    expect(saved.visit.history?.[0]).toMatchObject({ by: userInfo().username, account: true });
  });
});

describe('who changed a partner or an agreement, on disk', () => {
  const cores = letterCores('qonaq-partners-signed-');
  afterEach(() => cores.cleanUp());

  it('signs the partner and the agreement a change saved, with the officer and the moment, and leaves the others', async () => {
    const core = await cores.open();
    await core.ok('settings.update', { officerName: 'Aynur Məmmədova' });
    const ankara = await core.ok('partners.save', {
      partner: { officialName: 'Ankara Üniversitesi', country: 'TR', city: 'Ankara' },
    });
    core.clock.now = new Date('2026-10-16T08:00:00Z');
    await core.ok('settings.update', { officerName: 'Kamran Əliyev' });
    const bologna = await core.ok('partners.save', {
      partner: { officialName: 'Università di Bologna', country: 'IT', city: 'Bologna' },
    });
    await core.ok('agreements.save', {
      agreement: { partnerId: bologna.id, title: { az: '', en: 'Erasmus+ agreement', ru: '' } },
    });

    const doc = JSON.parse(await readFile(join(core.store.dataDir, 'partners.json'), 'utf8')) as {
      partners: { id: string; changedBy?: string; changedAt?: string }[];
      agreements: { changedBy?: string; changedAt?: string }[];
    };
    expect(doc.partners.find((p) => p.id === ankara.id)).toMatchObject({
      changedBy: 'Aynur Məmmədova',
      changedAt: '2026-10-15T08:00:00.000Z',
    });
    expect(doc.partners.find((p) => p.id === bologna.id)).toMatchObject({
      changedBy: 'Kamran Əliyev',
      changedAt: '2026-10-16T08:00:00.000Z',
    });
    expect(doc.agreements[0]).toMatchObject({
      changedBy: 'Kamran Əliyev',
      changedAt: '2026-10-16T08:00:00.000Z',
    });
  });
});
