import { afterEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { makeReadOnly, type ReadOnlyFolder } from '../../support/read-only-folder';
import { sampleInstitution } from '../../unit/letters/fixtures';
import { letterCores, letterRequest, setUpInstitution, visitWithGuest } from '../letters-service/setup';

/**
 * A data folder that can be read but not written (issue 18, item 7) opens read-only: no lock, no
 * repair, no snapshot, no index written; everything can be looked at and exported; every change is
 * refused with `readOnly`. The folder is made read-only with chmod, or, when the tests run as root
 * (whom chmod does not stop), by a read-only bind mount; where neither can be done the tests say so
 * and are skipped.
 */

const cores = letterCores('qonaq-read-only-');
let readOnly: ReadOnlyFolder | null = null;
afterEach(async () => {
  await cores.closeAll();
  await readOnly?.undo();
  readOnly = null;
  await cores.cleanUp();
});

/** Every file and folder under `dir`, with a hash of each file's bytes. */
async function fingerprint(dir: string, root = dir): Promise<Record<string, string>> {
  const found: Record<string, string> = {};
  for (const name of await readdir(dir)) {
    const path = join(dir, name);
    if ((await stat(path)).isDirectory()) {
      found[`${relative(root, path)}/`] = 'folder';
      Object.assign(found, await fingerprint(path, root));
    } else {
      found[relative(root, path)] = createHash('sha256')
        .update(await readFile(path))
        .digest('hex');
    }
  }
  return found;
}

/** A folder with one visit and two letters issued, a snapshot holding them; closed. */
async function folderWithLetters(): Promise<{ dir: string; visitId: string; numbers: string[] }> {
  const core = await cores.open();
  await setUpInstitution(core);
  const ids = await visitWithGuest(core);
  const numbers: string[] = [];
  for (let n = 0; n < 2; n++) {
    numbers.push((await core.ok('letters.issue', { request: letterRequest(ids, 'en') })).entry.number);
  }
  expect((await core.ok('app.status', {})).readOnly).toBe(false);
  await core.store.snapshot('manual');
  await cores.closeAll();
  return { dir: core.dataDir, visitId: ids.visitId, numbers };
}

describe('a data folder that cannot be written', () => {
  it('opens read-only: shows and exports everything, refuses every change with readOnly, writes nothing', async (test) => {
    const { dir, visitId, numbers } = await folderWithLetters();
    const before = await fingerprint(dir);
    readOnly = await makeReadOnly(dir);
    if (!readOnly)
      return test.skip('this machine can make no folder read-only (root without the right to mount)');

    const core = await cores.open({ dataDir: dir });
    const status = await core.ok('app.status', {});
    expect(status.readOnly).toBe(true);
    expect(status.notices).toEqual([]);
    expect((await core.ok('visits.list', {})).map((v) => v.id)).toEqual([visitId]);
    expect((await core.ok('visits.get', { id: visitId })).visit.guests).toHaveLength(1);
    expect((await core.ok('letters.register', {})).map((e) => e.number).sort()).toEqual([...numbers].sort());
    expect(await core.ok('backups.list', {})).toHaveLength(2);
    // Exported and printed: an archive, a programme as .docx, an issued letter's file.
    expect((await core.ok('backups.exportArchive', {})).base64.length).toBeGreaterThan(0);
    const docx = await core.ok('print.programmeDocx', { visitId, language: 'en', landscape: false });
    expect(docx.fileName).toMatch(/\.docx$/);
    const first = (await core.ok('letters.register', {}))[0];
    if (!first) throw new Error('no letter');
    expect((await core.ok('letters.file', { entryId: first.id })).base64.length).toBeGreaterThan(0);
    const all = await core.store.readAllDocuments();
    expect([...all.docs.keys()]).toEqual([`${visitId}.json`]);
    expect([...all.register.keys()]).toEqual(['2026.jsonl']);

    const ids = {
      visitId,
      guestId: (await core.ok('visits.get', { id: visitId })).visit.guests[0]?.id ?? '',
    };
    const refusals = [
      await core.fails('letters.issue', { request: letterRequest(ids, 'en') }),
      await core.fails('visits.delete', { id: visitId }),
      await core.fails('settings.update', { uiLanguage: 'ru' }),
      await core.fails('backups.create', {}),
      await core.fails('institution.update', { institution: sampleInstitution() }),
    ];
    expect(refusals.map((e) => e.code)).toEqual(['readOnly', 'readOnly', 'readOnly', 'readOnly', 'readOnly']);
    // What was refused is not shown as done either.
    expect((await core.ok('letters.register', {})).map((e) => e.number).sort()).toEqual([...numbers].sort());
    expect((await core.ok('visits.list', {})).map((v) => v.id)).toEqual([visitId]);

    await cores.closeAll();
    expect(await fingerprint(dir)).toEqual(before);
    expect(Object.keys(before)).not.toContain('.lock');
  });

  it('tells of damage and shows what the snapshots hold, without repairing anything on disk', async (test) => {
    const { dir, visitId, numbers } = await folderWithLetters();
    const visitPath = join(dir, 'visits', `${visitId}.json`);
    await writeFile(visitPath, '{ "schemaVersion": 5, "visit": ');
    const registerPath = join(dir, 'register', '2026.jsonl');
    const lines = (await readFile(registerPath, 'utf8')).split('\n');
    await writeFile(registerPath, ['{ not json', ...lines.slice(1)].join('\n'));
    const before = await fingerprint(dir);
    readOnly = await makeReadOnly(dir);
    if (!readOnly)
      return test.skip('this machine can make no folder read-only (root without the right to mount)');

    const core = await cores.open({ dataDir: dir });
    await core.store.ready();
    // The visit as the snapshot holds it, and both letters: the first one from the snapshot.
    expect((await core.ok('visits.get', { id: visitId })).visit.guests).toHaveLength(1);
    expect((await core.ok('letters.register', {})).map((e) => e.number).sort()).toEqual([...numbers].sort());

    // The register is read on first use: its damage is told from then on.
    const status = await core.ok('app.status', {});
    expect(status.readOnly).toBe(true);
    expect(status.notices).toEqual(
      expect.arrayContaining([
        { code: 'notRepairedReadOnly', params: { file: join('visits', `${visitId}.json`) } },
        expect.objectContaining({
          code: 'notRepairedReadOnly',
          params: expect.objectContaining({ file: join('register', '2026.jsonl') }),
        }),
      ]),
    );
    await cores.closeAll();
    expect(await fingerprint(dir)).toEqual(before);
  });

  it('a folder that does not exist, in one that cannot be written, is still refused as unreadable', async (test) => {
    const parent = await cores.makeDir();
    readOnly = await makeReadOnly(parent);
    if (!readOnly)
      return test.skip('this machine can make no folder read-only (root without the right to mount)');
    const refused = await cores.open({ dataDir: join(parent, 'missing') }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(refused).toMatchObject({ code: 'storeUnreadable' });
  });
});
