import { afterEach, describe, expect, it } from 'vitest';
import * as nodeFs from 'node:fs/promises';
import { cp, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { exportArchive, importArchive, readArchive } from '../../../src/core/archive';
import { SCHEMA_VERSION } from '../../../src/core/store/migrations';
import { Store } from '../../../src/core/store/store';
import { emptyPartnersDoc } from '../../../src/shared/partners';
import { fsError, fsWith, listFiles } from '../../support/store-files';
import { tempDirs } from '../../support/temp-dir';
import { addToDirectory, agreement, attachmentOf, partner, scan, sha256 } from './partners-fixtures';

/**
 * An archive carries partners.json and every signed copy (as base64, named by its SHA-256), and its
 * import puts them in place all or nothing with the rest. An archive from before partners gives an
 * empty directory; one whose copy does not hash to its name is refused; the export never makes an
 * archive larger than its import accepts.
 */

const dirs = tempDirs('qonaq-partners-archive-');
const stores: Store[] = [];
afterEach(async () => {
  await Promise.all(stores.splice(0).map((s) => s.close()));
  await dirs.removeAll();
});

async function open(dir?: string, options: Parameters<typeof Store.open>[1] = {}): Promise<Store> {
  const store = await Store.open(dir ?? (await dirs.make()), {
    snapshotEveryMs: 0,
    indexDelayMs: 0,
    ...options,
  });
  stores.push(store);
  return store;
}

async function close(store: Store): Promise<void> {
  stores.splice(stores.indexOf(store), 1);
  await store.close();
}

const now = new Date('2026-11-29T10:00:00.000Z');
const names = (store: Store) => store.partnersDoc.partners.map((p) => p.officialName);

interface ArchiveJson {
  files: Record<string, string>;
}
const decode = (base64: string) => JSON.parse(Buffer.from(base64, 'base64').toString('utf8')) as ArchiveJson;
const encode = (archive: ArchiveJson) => Buffer.from(JSON.stringify(archive), 'utf8').toString('base64');

/** A store with two partners and an agreement whose signed copy is kept. */
async function sourceOffice(): Promise<{ store: Store; pdf: Buffer }> {
  const store = await open();
  const pdf = scan(120_000, 11);
  await store.putAttachment(pdf);
  await addToDirectory(store, [partner(1), partner(2)], [agreement(1, 'partner1', attachmentOf(pdf))]);
  return { store, pdf };
}

/** A store with a partner and a signed copy of its own, which an import must replace. */
async function targetOffice(): Promise<{ store: Store; own: Buffer }> {
  const store = await open();
  const own = scan(80_000, 12);
  await store.putAttachment(own);
  await addToDirectory(store, [partner(5)], [agreement(5, 'partner5', attachmentOf(own))]);
  return { store, own };
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

describe('an archive with partners', () => {
  it('carries partners.json and each signed copy as base64, and brings them back in place of the old ones', async () => {
    const { store: source, pdf } = await sourceOffice();
    const { base64 } = await exportArchive(source, now, 'test');
    const files = decode(base64).files;
    expect(JSON.parse(files['partners.json'] ?? '')).toMatchObject({ schemaVersion: SCHEMA_VERSION });
    expect(Buffer.from(files[`attachments/${sha256(pdf)}`] ?? '', 'base64')).toEqual(pdf);

    const { store: target, own } = await targetOffice();
    await importArchive(target, base64);
    expect(names(target)).toEqual(['Ankara Üniversitesi 1', 'Ankara Üniversitesi 2']);
    expect(target.partnersDoc.agreements.map((a) => a.attachment?.sha256)).toEqual([sha256(pdf)]);
    expect(await target.records.readFile(sha256(pdf))).toEqual(pdf);
    expect(await readdir(join(target.dataDir, 'attachments'))).toEqual([sha256(pdf)]);
    // Nothing stale stays: the target's own copy went to the trash, and the snapshot before the import holds it.
    expect(await readFile(join(target.dataDir, 'trash', 'attachments', sha256(own)))).toEqual(own);
    // And it survives a restart.
    const dir = target.dataDir;
    await close(target);
    const reopened = await open(dir);
    expect(names(reopened)).toEqual(['Ankara Üniversitesi 1', 'Ankara Üniversitesi 2']);
    expect(reopened.notices).toEqual([]);
  });

  it('from before partners existed imports as an empty directory, keeping nothing stale', async () => {
    const { store: source } = await sourceOffice();
    const archive = decode((await exportArchive(source, now, 'test')).base64);
    for (const name of Object.keys(archive.files)) {
      if (name === 'partners.json' || name.startsWith('attachments/')) delete archive.files[name];
    }
    const { store: target, own } = await targetOffice();
    await importArchive(target, encode(archive));
    expect(target.partnersDoc).toEqual({ ...emptyPartnersDoc(), schemaVersion: SCHEMA_VERSION });
    expect(await readdir(join(target.dataDir, 'attachments'))).toEqual([]);
    await expect(target.records.readFile(sha256(own))).rejects.toMatchObject({ code: 'notFound' });
  });

  it('whose signed copy does not hash to its name is refused, saying which, and nothing changes', async () => {
    const { store: source, pdf } = await sourceOffice();
    const archive = decode((await exportArchive(source, now, 'test')).base64);
    const changed = Buffer.from(pdf);
    changed[5000] = (changed[5000] ?? 0) ^ 1;
    archive.files[`attachments/${sha256(pdf)}`] = changed.toString('base64');
    const { store: target } = await targetOffice();
    const before = await dataFiles(target.dataDir);
    await expect(importArchive(target, encode(archive))).rejects.toMatchObject({
      code: 'archiveInvalid',
      params: { reason: 'attachmentMismatch', file: `attachments/${sha256(pdf)}` },
    });
    expect(await dataFiles(target.dataDir)).toEqual(before);
    expect(names(target)).toEqual(['Ankara Üniversitesi 5']);
  });

  it('refuses a copy not named by a SHA-256, and one that is not base64', async () => {
    const { store: source, pdf } = await sourceOffice();
    const archive = decode((await exportArchive(source, now, 'test')).base64);
    const named = { ...archive, files: { ...archive.files, 'attachments/../qonaq.json': 'e30=' } };
    expect(() => readArchive(encode(named))).toThrow(
      expect.objectContaining({ params: { reason: 'unexpectedFile', file: 'attachments/../qonaq.json' } }),
    );
    const mangled = {
      ...archive,
      files: { ...archive.files, [`attachments/${sha256(pdf)}`]: '%%%not base64%%%' },
    };
    expect(() => readArchive(encode(mangled))).toThrow(
      expect.objectContaining({ params: { reason: 'damagedDocument', file: `attachments/${sha256(pdf)}` } }),
    );
  });

  it('holding a partners.json from a newer Qonaq is refused as such', async () => {
    const { store: source } = await sourceOffice();
    const archive = decode((await exportArchive(source, now, 'test')).base64);
    archive.files['partners.json'] = JSON.stringify({
      ...emptyPartnersDoc(),
      schemaVersion: SCHEMA_VERSION + 1,
    });
    expect(() => readArchive(encode(archive))).toThrow(
      expect.objectContaining({ code: 'storeNewerVersion' }),
    );
  });

  it('is never made larger than an import accepts: at the limit it is made and imported, past it refused', async () => {
    const { store: source } = await sourceOffice();
    const size = Buffer.from((await exportArchive(source, now, 'test')).base64, 'base64').byteLength;
    const atLimit = await exportArchive(source, now, 'test', size);
    expect(readArchive(atLimit.base64, size).visitCount).toBe(0);
    await expect(exportArchive(source, now, 'test', size - 1)).rejects.toMatchObject({
      code: 'archiveInvalid',
      params: { reason: 'exportTooLarge' },
    });
    // Refused before the copies are read when they alone cannot fit.
    await expect(exportArchive(source, now, 'test', 100_000)).rejects.toMatchObject({
      params: { reason: 'exportTooLarge' },
    });
  });
});

describe('an import of partners that fails part-way', () => {
  it('leaves the folder exactly as it was at every call that can fail, or is finished whole', async () => {
    const { store: source } = await sourceOffice();
    const archive = readArchive((await exportArchive(source, now, 'test')).base64);
    const { store: templateStore } = await targetOffice();
    const template = templateStore.dataDir;
    await close(templateStore);
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
      const before = await dataFiles(dir);
      armed.on = true;
      const result = await store
        .replaceAllDocuments(archive.sharedBytes, archive.docs, archive.register, archive)
        .then(
          () => null,
          (error: unknown) => error,
        );
      armed.on = false;
      if (armed.calls <= failAt) {
        await close(store);
        break;
      }
      const expected =
        result === null ? ['Ankara Üniversitesi 1', 'Ankara Üniversitesi 2'] : ['Ankara Üniversitesi 5'];
      if (result === null) outcomes.committed++;
      else {
        outcomes.unchanged++;
        expect(result).toMatchObject({ code: 'diskFull' });
        expect(await dataFiles(dir), `failure at call ${failAt}`).toEqual(before);
      }
      expect(names(store)).toEqual(expected);
      await close(store);
      expect(names(await open(dir)), `after a restart, failure at call ${failAt}`).toEqual(expected);
    }
    expect(outcomes.unchanged).toBeGreaterThan(3);
    expect(outcomes.committed).toBeGreaterThan(0);
  });
});
