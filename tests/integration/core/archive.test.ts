import { readdir, readFile } from 'node:fs/promises';
import { registerOnDisk } from '../../support/store-files';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ARCHIVE_FORMAT } from '../../../src/core/archive';
import { SCHEMA_VERSION } from '../../../src/core/store/migrations';
import { guestInput, visitInput } from '../../support/builders';
import {
  letterCores,
  letterRequest,
  setUpInstitution,
  visitWithGuest,
  type Core,
} from '../letters-service/setup';

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
    await core.ok('guests.add', {
      visitId: visit.id,
      guest: guestInput({ surname: 'Öztürk', givenNames: 'Ayşe' }),
    });
  }
  return core;
}

function archiveOf(files: Record<string, string>, extra: Record<string, unknown> = {}): string {
  const archive = {
    format: ARCHIVE_FORMAT,
    formatVersion: 1,
    createdAt: 'x',
    appVersion: 'x',
    files,
    ...extra,
  };
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

  it("is named by Baku's wall clock, whatever the time zone of the moment it is made in", async () => {
    const core = await cores.open({ now: new Date('2026-11-24T21:30:00.000Z') });

    const { fileName } = await core.ok('backups.exportArchive', {});

    // 21:30 UTC is 01:30 the next day in Baku.
    expect(fileName).toBe('Qonaq 2026-11-25-01-30.qonaq');
  });

  it('survives the trip again: exporting the imported data gives the same documents', async () => {
    const source = await officeWithData();
    const first = await source.ok('backups.exportArchive', {});
    const target = await cores.open();
    await target.ok('backups.importArchive', { base64: first.base64 });

    const second = await target.ok('backups.exportArchive', {});

    const files = (b64: string) =>
      (JSON.parse(Buffer.from(b64, 'base64').toString('utf8')) as { files: unknown }).files;
    expect(files(second.base64)).toEqual(files(first.base64));
  });

  it('keeps the state before an import as a backup, so the import can be undone', async () => {
    const target = await officeWithData();
    const before = await documents(target.dataDir);
    const empty = await cores.open();
    await target.ok('backups.importArchive', {
      base64: (await empty.ok('backups.exportArchive', {})).base64,
    });
    expect(await target.ok('visits.list', {})).toEqual([]);

    const backup = (await target.ok('backups.list', {})).find((b) => b.reason === 'beforeRestore');
    await target.ok('backups.restore', { id: backup?.id ?? 'missing' });

    expect(await documents(target.dataDir)).toEqual(before);
  });

  const visitDoc = (id: string) => JSON.stringify({ schemaVersion: SCHEMA_VERSION, visit: { id } });

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
    const files = (
      JSON.parse(Buffer.from(base64, 'base64').toString('utf8')) as { files: Record<string, string> }
    ).files;
    expect(Object.keys(files).filter((name) => name.startsWith('register/'))).toEqual([
      'register/2026.jsonl',
    ]);
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
    const files: Record<string, string> = {
      'qonaq.json': await readFile(join(fixture, 'qonaq.json'), 'utf8'),
    };
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
    const archive = JSON.parse(Buffer.from(base64, 'base64').toString('utf8')) as {
      files: Record<string, string>;
    };
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
    const archive = JSON.parse(Buffer.from(base64, 'base64').toString('utf8')) as {
      files: Record<string, string>;
    };
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

  /** An archive of an office with one letter issued, its files to change before importing them back. */
  async function archiveWithLetter(): Promise<{ core: Core; files: Record<string, string> }> {
    const core = await cores.open();
    await setUpInstitution(core);
    await core.ok('letters.issue', { request: letterRequest(await visitWithGuest(core), 'en') });
    const { base64 } = await core.ok('backups.exportArchive', {});
    return {
      core,
      files: (JSON.parse(Buffer.from(base64, 'base64').toString('utf8')) as { files: Record<string, string> })
        .files,
    };
  }

  /** The register's lines as JSON objects, to change one and write them back. */
  const registerEvents = (text: string) =>
    text
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as Record<string, unknown> & { entry?: Record<string, unknown> });
  const asLines = (events: unknown[]) => events.map((e) => `${JSON.stringify(e)}\n`).join('');

  it('refuses a register counter no office could reach, with its own reason, and letters keep being numbered', async () => {
    const { files } = await archiveWithLetter();
    const register = files['register/2026.jsonl'] ?? '';
    files['register/2026.jsonl'] =
      register + asLines([{ type: 'counters', year: 2026, counters: { '2026': 9007199254740990 } }]);
    const target = await cores.open();
    await setUpInstitution(target);
    const visit = await visitWithGuest(target);
    const before = await documents(target.dataDir);

    const error = await target.fails('backups.importArchive', { base64: archiveOf(files) });

    expect(error).toEqual({
      code: 'archiveInvalid',
      params: { reason: 'numberOutOfRange', file: 'register/2026.jsonl' },
    });
    expect(await documents(target.dataDir)).toEqual(before);
    const issued = await target.ok('letters.issue', { request: letterRequest(visit, 'en') });
    expect(issued.entry.number).toBe('BƏ-0001/2026');
  });

  it.each([
    ['a running number beyond eight digits', { sequence: 100_000_000 }],
    ['a year no date of Qonaq has', { year: 99_999 }],
    ['a revision beyond any re-issue', { revision: 9007199254740990 }],
  ])('refuses a letter with %s in the register', async (_name, change) => {
    const { files } = await archiveWithLetter();
    const events = registerEvents(files['register/2026.jsonl'] ?? '');
    const numbered = events.find((e) => e.type === 'numbered');
    Object.assign(numbered?.entry ?? {}, change);
    files['register/2026.jsonl'] = asLines(events);
    const target = await cores.open();

    const error = await target.fails('backups.importArchive', { base64: archiveOf(files) });

    expect(error).toEqual({
      code: 'archiveInvalid',
      params: { reason: 'numberOutOfRange', file: 'register/2026.jsonl' },
    });
  });

  it('refuses absurd counters in the register an archive from version 4 carries inside qonaq.json', async () => {
    const fixture = join(__dirname, '../../fixtures/version-4');
    const shared = JSON.parse(await readFile(join(fixture, 'qonaq.json'), 'utf8')) as {
      register: { counters: Record<string, number> };
    };
    shared.register.counters = { '2026': 9007199254740990 };
    const target = await cores.open();

    const error = await target.fails('backups.importArchive', {
      base64: archiveOf({ 'qonaq.json': JSON.stringify(shared) }),
    });

    expect(error).toEqual({
      code: 'archiveInvalid',
      params: { reason: 'numberOutOfRange', file: 'qonaq.json' },
    });
  });

  it('refuses a room block of more rooms than any hotel holds', async () => {
    const source = await officeWithData();
    const { base64 } = await source.ok('backups.exportArchive', {});
    const files = (
      JSON.parse(Buffer.from(base64, 'base64').toString('utf8')) as { files: Record<string, string> }
    ).files;
    const name = Object.keys(files).find((n) => n.startsWith('visits/')) ?? '';
    const doc = JSON.parse(files[name] ?? '') as { visit: { roomBlocks: unknown[] } };
    doc.visit.roomBlocks = [{ hotelId: 'h1', rooms: 1e15 }];
    files[name] = JSON.stringify(doc);
    const target = await cores.open();

    const error = await target.fails('backups.importArchive', { base64: archiveOf(files) });

    expect(error).toEqual({ code: 'archiveInvalid', params: { reason: 'numberOutOfRange', file: name } });
  });

  /** A visit document as the app writes it, with the given id and guests' ids. */
  async function visitFile(id: string, guestIds: string[] = []): Promise<string> {
    const source = await officeWithData();
    const { base64 } = await source.ok('backups.exportArchive', {});
    const files = (
      JSON.parse(Buffer.from(base64, 'base64').toString('utf8')) as { files: Record<string, string> }
    ).files;
    const doc = JSON.parse(files[Object.keys(files).find((n) => n.startsWith('visits/')) ?? ''] ?? '') as {
      visit: { id: string; guests: { id: string }[] };
    };
    const guest = doc.visit.guests[0];
    doc.visit.id = id;
    if (guest) doc.visit.guests = guestIds.map((gid) => ({ ...guest, id: gid }));
    return JSON.stringify(doc);
  }

  it.each(['CON', 'nul', 'Aux', 'COM1', 'lpt9', 'PRN'])(
    'refuses a visit named %s, which Windows reserves, and changes nothing',
    async (id) => {
      const core = await officeWithData();
      const before = await documents(core.dataDir);
      const shared = await readFile(join(core.dataDir, 'qonaq.json'), 'utf8');

      const error = await core.fails('backups.importArchive', {
        base64: archiveOf({ 'qonaq.json': shared, [`visits/${id}.json`]: await visitFile(id) }),
      });

      expect(error).toEqual({
        code: 'archiveInvalid',
        params: { reason: 'reservedName', file: `visits/${id}.json` },
      });
      expect(await documents(core.dataDir)).toEqual(before);
    },
  );

  it('refuses two visits whose names differ only in case: Windows and macOS keep one file for both', async () => {
    const core = await officeWithData();
    const before = await documents(core.dataDir);
    const shared = await readFile(join(core.dataDir, 'qonaq.json'), 'utf8');

    const error = await core.fails('backups.importArchive', {
      base64: archiveOf({
        'qonaq.json': shared,
        'visits/visit-a.json': await visitFile('visit-a'),
        'visits/Visit-A.json': await visitFile('Visit-A'),
      }),
    });

    expect(error).toEqual({
      code: 'archiveInvalid',
      params: { reason: 'namesDifferInCase', file: 'visits/Visit-A.json' },
    });
    expect(await documents(core.dataDir)).toEqual(before);
  });

  it('refuses a guest named as a device, and two guests of a visit whose ids differ only in case', async () => {
    const core = await officeWithData();
    const shared = await readFile(join(core.dataDir, 'qonaq.json'), 'utf8');
    const archive = async (guestIds: string[]) =>
      archiveOf({ 'qonaq.json': shared, 'visits/v1.json': await visitFile('v1', guestIds) });

    expect(await core.fails('backups.importArchive', { base64: await archive(['g1', 'NUL']) })).toEqual({
      code: 'archiveInvalid',
      params: { reason: 'reservedName', file: 'visits/v1.json' },
    });
    expect(
      await core.fails('backups.importArchive', { base64: await archive(['guest-b', 'GUEST-B']) }),
    ).toEqual({
      code: 'archiveInvalid',
      params: { reason: 'namesDifferInCase', file: 'visits/v1.json' },
    });
    await core.ok('backups.importArchive', { base64: await archive(['guest-a', 'guest-b']) });
  });

  it('refuses a register whose letters have ids that differ only in case: their files would be one', async () => {
    const { files } = await archiveWithLetter();
    const events = registerEvents(files['register/2026.jsonl'] ?? '');
    const numbered = events.find((e) => e.type === 'numbered');
    const entry = numbered?.entry ?? {};
    entry.id = 'letter-a';
    const twin = { ...numbered, entry: { ...entry, id: 'Letter-A', sequence: 2, number: 'BƏ-0002/2026' } };
    files['register/2026.jsonl'] = asLines([...events, twin]);
    const target = await cores.open();

    const error = await target.fails('backups.importArchive', { base64: archiveOf(files) });

    expect(error).toEqual({
      code: 'archiveInvalid',
      params: { reason: 'namesDifferInCase', file: 'register/' },
    });
  });
});
