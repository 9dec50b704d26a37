import { afterEach, describe, expect, it } from 'vitest';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SCHEMA_VERSION } from '../../../src/core/store/migrations';
import { listSnapshots } from '../../../src/core/store/snapshots';
import { Store, SHARED_FILE } from '../../../src/core/store/store';
import { VisitService } from '../../../src/core/visits';
import type { BackupInfo } from '../../../src/shared/backups-contract';
import { rejection } from '../../support/rejection';
import { visitData } from '../../support/builders';
import { listFiles } from '../../support/store-files';
import { tempDirs } from '../../support/temp-dir';

/**
 * Damaged files met at start, table by table. tests/integration/store/store.test.ts already holds a
 * damaged visit file with a good newest snapshot, the damaged files with no snapshot, and a newer
 * version of either file on its own; this adds what it leaves out: the shared document restored
 * byte for byte (never defaults over data), a newest snapshot that is damaged too, several damaged
 * files at once, and a newer version met beside a damaged file.
 */
const dirs = tempDirs('qonaq-corrupt-');
afterEach(() => dirs.removeAll());

const open = (dir: string) => Store.open(dir, { snapshotEveryMs: 0 });

interface Generations {
  dir: string;
  id: string;
  files: { shared: string; visit: string };
  /** Newest first: [after revision 2 ("ru"), after revision 1 ("en"), the empty first start]. */
  snapshots: BackupInfo[];
}

/** A folder whose live files hold revision 2 (title "Revision 2", language ru) and two snapshots before it. */
async function generations(): Promise<Generations> {
  const dir = await dirs.make();
  const first = await open(dir);
  const { visit } = await new VisitService(first).create(visitData({ title: 'Revision 1' }));
  await first.updateSettings({ uiLanguage: 'en' });
  await first.close();
  const second = await open(dir);
  await new VisitService(second).update(visit.id, visitData({ title: 'Revision 2' }));
  await second.updateSettings({ uiLanguage: 'ru' });
  await second.close();
  await (await open(dir)).close();
  const files = { shared: SHARED_FILE, visit: join('visits', `${visit.id}.json`) };
  return { dir, id: visit.id, files, snapshots: await listSnapshots(dir) };
}

type Damage = [name: string, damage: ((bytes: Buffer) => Buffer | string) | 'missing'];
const DAMAGES: Damage[] = [
  ['truncated', (bytes) => bytes.subarray(0, Math.floor(bytes.length / 3))],
  ['a file of zeros', (bytes) => Buffer.alloc(bytes.length)],
  ['invalid JSON', () => '{"schemaVersion": 1, "settings": {"uiLanguage": "ru"'],
  [
    'valid JSON failing the schema',
    () =>
      JSON.stringify({
        schemaVersion: SCHEMA_VERSION,
        settings: { uiLanguage: 'klingon' },
        visit: { id: 7 },
      }),
  ],
  ['missing', 'missing'],
];

/** Damages a file in place of the one there, never through a hard link another snapshot shares. */
async function damage(path: string, how: Damage[1]): Promise<Buffer | undefined> {
  const before = await readFile(path);
  await rm(path);
  if (how === 'missing') return undefined;
  const bytes = Buffer.from(how(before));
  await writeFile(path, bytes);
  return bytes;
}

const rows = (['shared', 'visit'] as const).flatMap((which) =>
  DAMAGES.flatMap(([name, how]) =>
    (['good', 'damaged too'] as const)
      // A visit file nobody knows of cannot be missed; a damaged visit beside a good snapshot is in store.test.ts.
      .filter((newest) => which === 'shared' || (how !== 'missing' && newest === 'damaged too'))
      .map((newest) => ({ which, name, how, newest })),
  ),
);

describe('a damaged document at start', () => {
  it.each(rows)(
    '($which file $name, newest snapshot $newest) opens on the newest good copy, the bad file kept aside',
    async ({ which, how, newest }) => {
      const g = await generations();
      const [latest, previous] = g.snapshots;
      if (!latest || !previous) throw new Error('expected two snapshots');
      const rel = g.files[which];
      const good = newest === 'good' ? latest : previous;
      if (newest === 'damaged too')
        await damage(join(g.dir, 'snapshots', latest.id, rel), () => '{"schemaVersion":');
      const expected = await readFile(join(g.dir, 'snapshots', good.id, rel));
      const other = which === 'shared' ? g.files.visit : g.files.shared;
      const otherBefore = await readFile(join(g.dir, other));
      const bad = await damage(join(g.dir, rel), how);

      const store = await open(g.dir);

      expect(store.notices).toEqual([
        { code: 'restoredFromSnapshot', params: { file: rel, snapshot: good.createdAt } },
      ]);
      expect(await readFile(join(g.dir, rel))).toEqual(expected);
      expect(await readFile(join(g.dir, other))).toEqual(otherBefore);
      const quarantined = await readdir(join(g.dir, 'quarantine'));
      expect(quarantined).toHaveLength(bad ? 1 : 0);
      if (bad) expect(await readFile(join(g.dir, 'quarantine', quarantined[0] ?? ''))).toEqual(bad);
      const restoredRevision = good === latest ? 2 : 1;
      expect(store.getVisit(g.id)?.title).toBe(`Revision ${which === 'visit' ? restoredRevision : 2}`);
      expect(store.settings.uiLanguage).toBe(which === 'shared' && restoredRevision === 1 ? 'en' : 'ru');
      await store.close();
    },
  );

  it('(both files at once) restores each from the newest snapshot and keeps each bad file aside', async () => {
    const g = await generations();
    const expected = await Promise.all(
      [g.files.shared, g.files.visit].map((rel) => readFile(join(g.dir, rel))),
    );
    await damage(join(g.dir, g.files.shared), () => 'garbage one');
    await damage(join(g.dir, g.files.visit), (bytes) => bytes.subarray(0, 10));

    const store = await open(g.dir);

    expect(store.notices.map((n) => n.params.file).sort()).toEqual([g.files.shared, g.files.visit].sort());
    expect(
      await Promise.all([g.files.shared, g.files.visit].map((rel) => readFile(join(g.dir, rel)))),
    ).toEqual(expected);
    expect(await readdir(join(g.dir, 'quarantine'))).toHaveLength(2);
    expect([store.settings.uiLanguage, store.getVisit(g.id)?.title]).toEqual(['ru', 'Revision 2']);
    await store.close();
  });
});

describe('a file from a newer version beside a damaged one', () => {
  /** Two more visits, one stamped by a newer Qonaq and one damaged; `newerFirst` says which the folder lists first. */
  async function newerBesideDamaged(newerFirst: boolean) {
    const g = await generations();
    const store = await open(g.dir);
    const visits = new VisitService(store);
    const ids = [
      (await visits.create(visitData({ title: 'A' }))).visit.id,
      (await visits.create(visitData({ title: 'B' }))).visit.id,
    ];
    await store.close();
    // The store reads visit files in the order the folder lists them: by name, as Node lists them.
    const [first, second] = ids.sort();
    const [newerId, damagedId] = newerFirst ? [first, second] : [second, first];
    const newer = join(g.dir, 'visits', `${newerId}.json`);
    const doc = JSON.parse(await readFile(newer, 'utf8')) as Record<string, unknown>;
    await writeFile(newer, JSON.stringify({ ...doc, schemaVersion: SCHEMA_VERSION + 1 }));
    await damage(join(g.dir, 'visits', `${damagedId}.json`), () => '{"visit":');
    const files = await listFiles(g.dir);
    return { dir: g.dir, files, bytes: await Promise.all(files.map((f) => readFile(join(g.dir, f)))) };
  }

  async function expectRefusedUntouched({
    dir,
    files,
    bytes,
  }: Awaited<ReturnType<typeof newerBesideDamaged>>) {
    const error = await rejection(() => open(dir));

    expect(error.code).toBe('storeNewerVersion');
    expect(await readdir(join(dir, 'quarantine'))).toEqual([]);
    expect(await listFiles(dir)).toEqual(files);
    expect(await Promise.all(files.map((f) => readFile(join(dir, f))))).toEqual(bytes);
  }

  it('refuses to open and moves or writes nothing (the newer file listed first)', async () => {
    await expectRefusedUntouched(await newerBesideDamaged(true));
  });

  it('refuses to open and moves or writes nothing (the damaged file listed first)', async () => {
    await expectRefusedUntouched(await newerBesideDamaged(false));
  });
});
