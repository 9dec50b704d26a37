import { readdir, readFile } from 'node:fs/promises';
import { registerOnDisk } from '../../support/store-files';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ARCHIVE_FORMAT } from '../../../src/core/archive';
import { SCHEMA_VERSION } from '../../../src/core/store/migrations';
import { guestInput, visitInput } from '../../support/builders';
import { letterCores, letterRequest, setUpInstitution, visitWithGuest, type Core } from '../letters-service/setup';

const cores = letterCores('qonaq-archive-');
afterEach(() => cores.cleanUp());

/** Every document of a data folder, name to bytes: what an archive must carry exactly. */
async function documents(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = { 'qonaq.json': await readFile(join(dir, 'qonaq.json'), 'utf8') };
  for (const name of (await readdir(join(dir, 'visits'))).sort()) {
    out[`visits/${name}`] = await readFile(join(dir, 'visits', name), 'utf8');
  }
  return out;
}

async function officeWithData(): Promise<Core> {
  const core = await cores.open();
  await core.ok('settings.update', { uiLanguage: 'ru' });
  for (const title of ['Делегация МГИМО', 'İstanbul Texniki Universiteti', 'Visit of "Tartu" & <Riga>']) {
    const { visit } = await core.ok('visits.create', { visit: visitInput({ title }) });
    await core.ok('guests.add', { visitId: visit.id, guest: guestInput({ surname: 'Öztürk', givenNames: 'Ayşe' }) });
  }
  return core;
}

function archiveOf(files: Record<string, string>, extra: Record<string, unknown> = {}): string {
  const archive = { format: ARCHIVE_FORMAT, formatVersion: 1, createdAt: 'x', appVersion: 'x', files, ...extra };
  return Buffer.from(JSON.stringify(archive)).toString('base64');
}

describe('export and import of all data as one archive', () => {
  it('moves every document to another laptop byte for byte', async () => {
    const source = await officeWithData();
    const before = await documents(source.dataDir);

    const { fileName, base64 } = await source.ok('backups.exportArchive', {});
    const target = await cores.open();
    const { visitCount } = await target.ok('backups.importArchive', { base64 });

    expect(fileName).toMatch(/^Qonaq .+\.qonaq$/);
    expect(visitCount).toBe(3);
    expect(await documents(target.dataDir)).toEqual(before);
    expect((await target.ok('visits.list', {})).map((v) => v.title).sort()).toEqual(
      ['Делегация МГИМО', 'İstanbul Texniki Universiteti', 'Visit of "Tartu" & <Riga>'].sort(),
    );
  });

  it('survives the trip again: exporting the imported data gives the same documents', async () => {
    const source = await officeWithData();
    const first = await source.ok('backups.exportArchive', {});
    const target = await cores.open();
    await target.ok('backups.importArchive', { base64: first.base64 });

    const second = await target.ok('backups.exportArchive', {});

    const files = (b64: string) => (JSON.parse(Buffer.from(b64, 'base64').toString('utf8')) as { files: unknown }).files;
    expect(files(second.base64)).toEqual(files(first.base64));
  });

  it('keeps the state before an import as a backup, so the import can be undone', async () => {
    const target = await officeWithData();
    const before = await documents(target.dataDir);
    const empty = await cores.open();
    await target.ok('backups.importArchive', { base64: (await empty.ok('backups.exportArchive', {})).base64 });
    expect(await target.ok('visits.list', {})).toEqual([]);

    const backup = (await target.ok('backups.list', {})).find((b) => b.reason === 'beforeRestore');
    await target.ok('backups.restore', { id: backup?.id ?? 'missing' });

    expect(await documents(target.dataDir)).toEqual(before);
  });

  const visitDoc = (id: string) =>
    JSON.stringify({ schemaVersion: SCHEMA_VERSION, visit: { id } });

  it.each([
    ['not JSON at all', Buffer.from('PK\u0003\u0004 a zip?').toString('base64')],
    ['JSON of another kind', Buffer.from('{"hello":1}').toString('base64')],
    ['a path that climbs out of the folder', archiveOf({ 'qonaq.json': '{}', '../../etc/x.json': '{}' })],
    ['a visit path that climbs out', archiveOf({ 'qonaq.json': '{}', 'visits/../../x.json': '{}' })],
    ['a file that is not a document', archiveOf({ 'qonaq.json': '{}', 'notes.txt': 'hi' })],
    ['no shared document', archiveOf({})],
    ['a damaged visit', archiveOf({ 'qonaq.json': '{}', 'visits/abc.json': visitDoc('abc') })],
    ['a prototype key', archiveOf({ 'qonaq.json': '{}' }, { ['__proto__']: { polluted: true } })],
  ])('refuses %s and changes nothing', async (_name, base64) => {
    const core = await officeWithData();
    const before = await documents(core.dataDir);

    const error = await core.fails('backups.importArchive', { base64 });

    expect(error.code).toBe('archiveInvalid');
    expect(await documents(core.dataDir)).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('carries the register: numbers issued on the other laptop stay taken, and so do the ones issued here', async () => {
    const source = await cores.open();
    await setUpInstitution(source);
    const there = await visitWithGuest(source);
    for (const language of ['en', 'az', 'ru'] as const) {
      await source.ok('letters.issue', { request: letterRequest(there, language) });
    }
    const { base64 } = await source.ok('backups.exportArchive', {});
    const files = (JSON.parse(Buffer.from(base64, 'base64').toString('utf8')) as { files: Record<string, string> }).files;
    expect(Object.keys(files).filter((name) => name.startsWith('register/'))).toEqual(['register/2026.jsonl']);
    expect(files['qonaq.json']).not.toContain('"register"');

    const target = await cores.open();
    await setUpInstitution(target);
    const here = await visitWithGuest(target);
    const local = await target.ok('letters.issue', { request: letterRequest(here, 'en') });
    await target.ok('backups.importArchive', { base64 });

    const numbers = (await target.ok('letters.register', {})).map((e) => e.number);
    expect(numbers.sort()).toEqual(['BƏ-0001/2026', 'BƏ-0001/2026', 'BƏ-0002/2026', 'BƏ-0003/2026'].sort());
    expect(numbers.filter((n) => n === local.entry.number)).toHaveLength(2);
    // Both laptops gave 0001: the next number passes every number either gave.
    const next = await target.ok('letters.issue', { request: letterRequest(there, 'en') });
    expect(next.entry.number).toBe('BƏ-0004/2026');
    expect((await registerOnDisk(target.dataDir)).counters).toEqual({ '2026': 4 });
  });

  it('imports an archive from before the register had files of its own (version 4, the register inside qonaq.json)', async () => {
    const fixture = join(__dirname, '../../fixtures/version-4');
    const files: Record<string, string> = { 'qonaq.json': await readFile(join(fixture, 'qonaq.json'), 'utf8') };
    for (const name of await readdir(join(fixture, 'visits'))) {
      files[`visits/${name}`] = await readFile(join(fixture, 'visits', name), 'utf8');
    }
    const old = JSON.parse(files['qonaq.json'] ?? '{}') as { register: { entries: { number: string }[] } };
    const target = await cores.open();

    const { visitCount } = await target.ok('backups.importArchive', { base64: archiveOf(files) });

    expect(visitCount).toBe(1);
    expect((await target.ok('letters.register', {})).map((e) => e.number)).toEqual(
      old.register.entries.map((e) => e.number).reverse(),
    );
    expect(await readFile(join(target.dataDir, 'qonaq.json'), 'utf8')).not.toContain('"register"');
    expect(await registerOnDisk(target.dataDir)).toEqual(old.register);
  });

  it('refuses an archive whose register has a damaged line, changing nothing', async () => {
    const core = await officeWithData();
    const before = await documents(core.dataDir);
    const { base64 } = await core.ok('backups.exportArchive', {});
    const archive = JSON.parse(Buffer.from(base64, 'base64').toString('utf8')) as { files: Record<string, string> };
    archive.files['register/2026.jsonl'] = '{"type":"numbered"\n';

    const error = await core.fails('backups.importArchive', {
      base64: Buffer.from(JSON.stringify(archive)).toString('base64'),
    });

    expect(error).toMatchObject({ code: 'archiveInvalid', params: { reason: 'damagedDocument' } });
    expect(await documents(core.dataDir)).toEqual(before);
  });

  it('refuses an archive from a newer version with its own code, changing nothing', async () => {
    const source = await officeWithData();
    const { base64 } = await source.ok('backups.exportArchive', {});
    const archive = JSON.parse(Buffer.from(base64, 'base64').toString('utf8')) as { files: Record<string, string> };
    const shared = JSON.parse(archive.files['qonaq.json'] ?? '{}') as Record<string, unknown>;
    archive.files['qonaq.json'] = JSON.stringify({ ...shared, schemaVersion: SCHEMA_VERSION + 1 });
    const target = await cores.open();
    const before = await documents(target.dataDir);

    const error = await target.fails('backups.importArchive', {
      base64: Buffer.from(JSON.stringify(archive)).toString('base64'),
    });

    expect(error.code).toBe('storeNewerVersion');
    expect(await documents(target.dataDir)).toEqual(before);
  });
});
