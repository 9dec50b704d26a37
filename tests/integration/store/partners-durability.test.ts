import { afterEach, describe, expect, it } from 'vitest';
import * as nodeFs from 'node:fs/promises';
import { access, cp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Store } from '../../../src/core/store/store';
import { SCHEMA_VERSION } from '../../../src/core/store/migrations';
import { snapshotSpace } from '../../../src/core/store/snapshots';
import { emptyPartnersDoc } from '../../../src/shared/partners';
import { FaultyFs } from '../../support/faulty-fs';
import { makeReadOnly, type ReadOnlyFolder } from '../../support/read-only-folder';
import { fsError, fsWith, listFiles } from '../../support/store-files';
import { tempDirs } from '../../support/temp-dir';
import { addToDirectory, agreement, attachmentOf, partner, scan, sha256 } from './partners-fixtures';

/**
 * The partners document (`partners.json`) and the signed copies (`attachments/`) are held as the
 * visits and the shared document are (decision 0022, docs/durability.md promise 13): repaired at load
 * from the snapshots and told, in every snapshot (attachments linked, not copied again), restored and
 * imported all or nothing, and an attachment refused whole on a full disk.
 */

const dirs = tempDirs('qonaq-partners-');
const stores: Store[] = [];
let readOnly: ReadOnlyFolder | null = null;
afterEach(async () => {
  await Promise.all(stores.splice(0).map((s) => s.close()));
  await readOnly?.undo();
  readOnly = null;
  await dirs.removeAll();
});

async function open(dir: string, options: Parameters<typeof Store.open>[1] = {}): Promise<Store> {
  const store = await Store.open(dir, { snapshotEveryMs: 0, indexDelayMs: 0, ...options });
  stores.push(store);
  return store;
}

async function close(store: Store): Promise<void> {
  stores.splice(stores.indexOf(store), 1);
  await store.close();
}

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

/** A closed folder with two partners, an agreement with a signed copy, and a snapshot holding them. */
async function folderWithPartners(): Promise<{ dir: string; pdf: Buffer }> {
  const dir = await dirs.make();
  const store = await open(dir);
  const pdf = scan(300_000, 1);
  const sha = await store.putAttachment(pdf);
  expect(sha).toBe(sha256(pdf));
  await addToDirectory(store, [partner(1), partner(2)], [agreement(1, 'partner1', attachmentOf(pdf))]);
  await store.snapshot('manual');
  await close(store);
  return { dir, pdf };
}

/** Everything the folder holds but its backups, the cache and the lock, with its bytes. */
async function dataFiles(dir: string): Promise<Map<string, string>> {
  const files = (await listFiles(dir)).filter(
    (f) => !f.startsWith('snapshots/') && !f.startsWith('cache/') && !f.startsWith('.lock'),
  );
  return new Map(
    await Promise.all(files.map(async (f) => [f, await readFile(join(dir, f), 'base64')] as const)),
  );
}

const names = (store: Store) => store.partnersDoc.partners.map((p) => p.officialName);

describe('partners.json at load', () => {
  it('is written with its schemaVersion', async () => {
    const { dir } = await folderWithPartners();
    const written = JSON.parse(await readFile(join(dir, 'partners.json'), 'utf8')) as {
      schemaVersion: unknown;
    };
    expect(written.schemaVersion).toBe(SCHEMA_VERSION);
  });

  for (const [damage, bytes] of [
    ['invalid JSON', '{"partners": [ {"officialName": "Ankara'],
    ['zeros', '\0'.repeat(512)],
    ['a document that fails the schema', JSON.stringify({ schemaVersion: SCHEMA_VERSION, partners: 'many' })],
  ] as const) {
    it(`holding ${damage} is set aside and put back from the newest snapshot, and the user told`, async () => {
      const { dir } = await folderWithPartners();
      await writeFile(join(dir, 'partners.json'), bytes);
      const store = await open(dir);
      expect(names(store)).toEqual(['Ankara Üniversitesi 1', 'Ankara Üniversitesi 2']);
      expect(store.notices).toEqual([
        { code: 'restoredFromSnapshot', params: { file: 'partners.json', snapshot: expect.any(String) } },
      ]);
      const quarantined = await readdir(join(dir, 'quarantine'));
      expect(quarantined).toHaveLength(1);
      expect(await readFile(join(dir, 'quarantine', quarantined[0] ?? ''), 'utf8')).toBe(bytes);
      // Repaired on disk: the next start is quiet.
      await close(store);
      expect((await open(dir)).notices).toEqual([]);
    });
  }

  it('damaged with no snapshot holding a good copy is set aside, told, and the directory starts empty', async () => {
    const dir = await dirs.make();
    await close(await open(dir));
    await writeFile(join(dir, 'partners.json'), '{"partners": [');
    const store = await open(dir);
    expect(store.partnersDoc.partners).toEqual([]);
    expect(store.notices).toEqual([{ code: 'quarantinedNoSnapshot', params: { file: 'partners.json' } }]);
    expect(await readdir(join(dir, 'quarantine'))).toHaveLength(1);
  });

  it('deleted with the app closed is damage: put back from the newest snapshot and told', async () => {
    const { dir } = await folderWithPartners();
    await rm(join(dir, 'partners.json'));
    const store = await open(dir);
    expect(names(store)).toEqual(['Ankara Üniversitesi 1', 'Ankara Üniversitesi 2']);
    expect(store.notices).toEqual([
      { code: 'restoredFromSnapshot', params: { file: 'partners.json', snapshot: expect.any(String) } },
    ]);
    expect(await exists(join(dir, 'partners.json'))).toBe(true);
  });

  it('missing in a folder that never had partners gives an empty directory, quietly, and writes nothing', async () => {
    const dir = await dirs.make();
    const first = await open(dir);
    await first.snapshot('manual');
    await close(first);
    const store = await open(dir);
    expect(store.partnersDoc).toEqual(emptyPartnersDoc());
    expect(store.notices).toEqual([]);
    expect(await exists(join(dir, 'partners.json'))).toBe(false);
  });

  it('written without a schemaVersion (as the first partners build wrote it) is migrated, not set aside', async () => {
    const dir = await dirs.make();
    await close(await open(dir));
    const unversioned = { partners: [partner(1)], agreements: [agreement(1, 'partner1')] };
    await writeFile(join(dir, 'partners.json'), JSON.stringify(unversioned));
    const store = await open(dir);
    expect(store.notices).toEqual([]);
    expect(names(store)).toEqual(['Ankara Üniversitesi 1']);
    await addToDirectory(store, [partner(2)], []);
    const written = JSON.parse(await readFile(join(dir, 'partners.json'), 'utf8')) as {
      schemaVersion: unknown;
    };
    expect(written.schemaVersion).toBe(SCHEMA_VERSION);
  });

  it('from a newer Qonaq stops the start with nothing moved or written', async () => {
    const { dir } = await folderWithPartners();
    const newer = `${JSON.stringify({ ...emptyPartnersDoc(), schemaVersion: SCHEMA_VERSION + 1, contracts: [] })}\n`;
    await writeFile(join(dir, 'partners.json'), newer);
    const before = await dataFiles(dir);
    await expect(open(dir)).rejects.toMatchObject({ code: 'storeNewerVersion' });
    expect(await dataFiles(dir)).toEqual(before);
    expect(await readdir(join(dir, 'quarantine'))).toEqual([]);
  });

  it('in a read-only folder is read, and damage is shown from the snapshot, with nothing written', async (test) => {
    const { dir, pdf } = await folderWithPartners();
    await writeFile(join(dir, 'partners.json'), '{"partners": [');
    const before = await dataFiles(dir);
    readOnly = await makeReadOnly(dir);
    if (!readOnly)
      return test.skip('this machine can make no folder read-only (root without the right to mount)');
    const store = await open(dir);
    expect(store.readOnly).toBe(true);
    expect(names(store)).toEqual(['Ankara Üniversitesi 1', 'Ankara Üniversitesi 2']);
    expect(store.notices).toEqual([{ code: 'notRepairedReadOnly', params: { file: 'partners.json' } }]);
    expect(await store.records.readFile(sha256(pdf))).toEqual(pdf);
    await expect(store.putAttachment(scan(10, 9))).rejects.toMatchObject({ code: 'readOnly' });
    await expect(addToDirectory(store, [partner(3)], [])).rejects.toMatchObject({ code: 'readOnly' });
    await close(store);
    await readOnly.undo();
    readOnly = null;
    expect(await dataFiles(dir)).toEqual(before);
  });
});

describe('snapshots of partners and attachments', () => {
  it('hold partners.json and every attachment; an attachment is linked, not copied, by later snapshots', async () => {
    const { dir, pdf } = await folderWithPartners();
    const store = await open(dir);
    const second = scan(200_000, 2);
    await store.putAttachment(second);
    await store.snapshot('manual');
    await store.snapshot('manual');
    const snapshots = await store.listSnapshots();
    // The first store's start and manual ones, this store's start, and the two just taken.
    expect(snapshots).toHaveLength(5);
    const inodes = new Set<bigint>();
    // The oldest was taken before there were partners.
    for (const snap of snapshots.slice(0, -1)) {
      const root = join(dir, 'snapshots', snap.id);
      expect(JSON.parse(await readFile(join(root, 'partners.json'), 'utf8'))).toMatchObject({
        partners: [{ id: 'partner1' }, { id: 'partner2' }],
      });
      const held = await readdir(join(root, 'attachments'));
      expect(held).toContain(sha256(pdf));
      expect(await readFile(join(root, 'attachments', sha256(pdf)))).toEqual(pdf);
      inodes.add((await stat(join(root, 'attachments', sha256(pdf)), { bigint: true })).ino);
    }
    // One copy for all four snapshots, and never the live file itself.
    expect(inodes.size).toBe(1);
    const live = (await stat(join(dir, 'attachments', sha256(pdf)), { bigint: true })).ino;
    expect(inodes.has(live)).toBe(false);
    // The space the snapshots take counts each attachment once.
    const { usedBytes } = await snapshotSpace(dir);
    expect(usedBytes).toBeGreaterThan(pdf.byteLength + second.byteLength);
    expect(usedBytes).toBeLessThan(pdf.byteLength + second.byteLength + 100_000);
  });

  it('leave out an attachment damaged on disk rather than keep the damage as a copy', async () => {
    const dir = await dirs.make();
    const store = await open(dir);
    const pdf = scan(50_000, 3);
    await store.putAttachment(pdf);
    const damaged = Buffer.from(pdf);
    damaged[100] = (damaged[100] ?? 0) ^ 0xff;
    await writeFile(join(dir, 'attachments', sha256(pdf)), damaged);
    const info = await store.snapshot('manual');
    expect(await exists(join(dir, 'snapshots', info.id, 'attachments', sha256(pdf)))).toBe(false);
    // Putting the same bytes again repairs the live file.
    await store.putAttachment(pdf);
    expect(await readFile(join(dir, 'attachments', sha256(pdf)))).toEqual(pdf);
  });
});

describe('a restore of a snapshot', () => {
  it('brings partners.json and the attachments back with the rest; later ones go to the trash', async () => {
    const { dir, pdf } = await folderWithPartners();
    const store = await open(dir);
    const target = (await store.listSnapshots()).find((s) => s.reason === 'manual');
    const later = scan(40_000, 4);
    await store.putAttachment(later);
    await store.updatePartners((doc) => ({
      doc: { ...doc, partners: [partner(9)], agreements: [] },
      result: null,
    }));
    await store.restoreSnapshot(target?.id ?? '');
    expect(names(store)).toEqual(['Ankara Üniversitesi 1', 'Ankara Üniversitesi 2']);
    expect(await store.records.readFile(sha256(pdf))).toEqual(pdf);
    expect(await readdir(join(dir, 'attachments'))).toEqual([sha256(pdf)]);
    expect(await readFile(join(dir, 'trash', 'attachments', sha256(later)))).toEqual(later);
    // The restore itself can be undone: the snapshot taken before it holds what it replaced.
    const before = (await store.listSnapshots()).find((s) => s.reason === 'beforeRestore');
    await store.restoreSnapshot(before?.id ?? '');
    expect(names(store)).toEqual(['Ankara Üniversitesi 9']);
    expect(await store.records.readFile(sha256(later))).toEqual(later);
  });

  it('leaves partners and attachments exactly as they were when it fails at any call, or finishes whole', async () => {
    const { dir: template } = await folderWithPartners();
    const outcomes = { unchanged: 0, committed: 0 };
    for (let failAt = 0; ; failAt++) {
      const dir = await dirs.make();
      await cp(template, dir, { recursive: true });
      const armed = { on: false, calls: 0 };
      const fault = () => armed.on && armed.calls++ === failAt;
      const fs = fsWith({
        open: (...args: Parameters<typeof nodeFs.open>) =>
          fault() ? Promise.reject(fsError('ENOSPC')) : nodeFs.open(...args),
        rename: (...args: Parameters<typeof nodeFs.rename>) =>
          fault() ? Promise.reject(fsError('ENOSPC')) : nodeFs.rename(...args),
      });
      const store = await open(dir, { fs });
      const target = (await store.listSnapshots()).find((s) => s.reason === 'manual');
      const later = scan(30_000, 5);
      await store.putAttachment(later);
      await addToDirectory(store, [partner(7)], []);
      const before = await dataFiles(dir);
      armed.on = true;
      const result = await store.restoreSnapshot(target?.id ?? '').then(
        () => null,
        (error: unknown) => error,
      );
      armed.on = false;
      if (armed.calls <= failAt) {
        await close(store);
        break;
      }
      if (result === null) {
        outcomes.committed++;
        expect(names(store)).toEqual(['Ankara Üniversitesi 1', 'Ankara Üniversitesi 2']);
      } else {
        outcomes.unchanged++;
        expect(result).toMatchObject({ code: 'diskFull' });
        expect(await dataFiles(dir), `failure at call ${failAt}`).toEqual(before);
        expect(names(store)).toHaveLength(3);
      }
      await close(store);
      const reopened = await open(dir);
      expect(names(reopened).length, `after a restart, failure at call ${failAt}`).toBe(
        result === null ? 2 : 3,
      );
      const kept = await readdir(join(dir, 'attachments'));
      expect(kept).toContain(result === null ? sha256(scan(300_000, 1)) : sha256(later));
      expect(kept.filter((n) => n.endsWith('.replacing') || n.endsWith('.tmp'))).toEqual([]);
      await close(reopened);
    }
    expect(outcomes.unchanged).toBeGreaterThan(3);
    expect(outcomes.committed).toBeGreaterThan(0);
  });
});

describe('a signed copy on a full disk', () => {
  for (const point of ['openTemp', 'writeTemp', 'syncTemp', 'rename'] as const) {
    it(`is refused with diskFull at ${point}, leaving nothing behind, and kept once there is room`, async () => {
      const faulty = new FaultyFs();
      const dir = await dirs.make();
      const store = await open(dir, { fs: faulty.fs });
      const pdf = scan(1_000_000, 6);
      faulty.failNext(point, 'ENOSPC');
      await expect(store.putAttachment(pdf)).rejects.toMatchObject({ code: 'diskFull' });
      expect(faulty.injected).toBe(1);
      expect(await readdir(join(dir, 'attachments')).catch(() => [])).toEqual([]);
      await expect(store.records.readFile(sha256(pdf))).rejects.toMatchObject({ code: 'notFound' });
      faulty.heal();
      expect(await store.putAttachment(pdf)).toBe(sha256(pdf));
      expect(await readdir(join(dir, 'attachments'))).toEqual([sha256(pdf)]);
      expect(await store.records.readFile(sha256(pdf))).toEqual(pdf);
    });
  }
});
