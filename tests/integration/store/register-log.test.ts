import { afterEach, describe, expect, it } from 'vitest';
import * as nodeFs from 'node:fs/promises';
import { appendFile, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  parseRegisterLines,
  registerLines,
  type RegisterEvent,
} from '../../../src/core/store/register-lines';
import { Store } from '../../../src/core/store/store';
import type { RegisterEntry } from '../../../src/shared/letters';
import { fsError, fsWith, registerOnDisk } from '../../support/store-files';
import { tempDirs } from '../../support/temp-dir';

/**
 * The register's logs on a real disk: what a crash can leave at the end of a file, damage elsewhere,
 * a failing disk, snapshots and restores. Letters are appended here as the letter service appends
 * them; `tests/integration/letters-service` covers numbering through the API.
 */

const dirs = tempDirs('qonaq-register-log-');
const stores: Store[] = [];
afterEach(async () => {
  await Promise.all(stores.splice(0).map((s) => s.close()));
  await dirs.removeAll();
});

async function open(dir: string, options: Parameters<typeof Store.open>[1] = {}): Promise<Store> {
  const store = await Store.open(dir, { snapshotEveryMs: 0, ...options });
  stores.push(store);
  return store;
}

async function close(store: Store): Promise<void> {
  stores.splice(stores.indexOf(store), 1);
  await store.close();
}

function entry(n: number, date = '2026-03-01'): RegisterEntry {
  const year = Number(date.slice(0, 4));
  return {
    id: `letter-${year}-${n}`,
    sequence: n,
    year,
    number: `BƏ-${n}/${year}`,
    date,
    kind: 'visaInvitation',
    language: 'en',
    visitId: 'visit',
    visitTitle: 'Ankara University',
    guestId: 'guest',
    guestName: 'Ayşe Öztürk',
    fileName: `Öztürk Ayşe - ${n}.docx`,
    revision: 1,
    revisions: [{ revision: 1, date, issuedAt: `${date}T08:00:00.000Z` }],
    issuedAt: `${date}T08:00:00.000Z`,
  };
}

const numbered = (e: RegisterEntry): RegisterEvent => ({
  type: 'numbered',
  counter: String(e.year),
  entry: e,
});

/** Appends letters 1..n of 2026 through the store, one append each, as single letters are issued. */
async function issue(store: Store, from: number, to: number, date = '2026-03-01'): Promise<void> {
  for (let n = from; n <= to; n++) {
    await store.updateRegister(() => ({ events: [numbered(entry(n, date))], result: null }));
  }
}

const logFile = (dir: string, year = 2026) => join(dir, 'register', `${year}.jsonl`);

describe('the register log', () => {
  it('appends one line per letter, in a file per year, and reads them back in order', async () => {
    const dir = await dirs.make();
    const store = await open(dir);
    await issue(store, 1, 3);
    await issue(store, 1, 1, '2027-01-02');
    await close(store);

    expect(await readdir(join(dir, 'register'))).toEqual(['2026.jsonl', '2027.jsonl']);
    expect((await readFile(logFile(dir), 'utf8')).split('\n')).toHaveLength(4);
    const reopened = await open(dir);
    const register = await reopened.register();
    expect(register.entries.map((e) => e.number)).toEqual([
      'BƏ-1/2026',
      'BƏ-2/2026',
      'BƏ-3/2026',
      'BƏ-1/2027',
    ]);
    expect(register.counters()).toEqual({ '2026': 3, '2027': 1 });
    expect(reopened.notices).toEqual([]);
  });

  it('keeps a re-issue as the entry with its next revision, under the same number', async () => {
    const dir = await dirs.make();
    const store = await open(dir);
    await issue(store, 1, 2);
    const first = entry(1);
    const revised: RegisterEntry = {
      ...first,
      date: '2027-01-10',
      revision: 2,
      revisions: [
        ...first.revisions,
        { revision: 2, date: '2027-01-10', issuedAt: '2027-01-10T08:00:00.000Z' },
      ],
    };
    await store.updateRegister(() => ({ events: [{ type: 'revised', entry: revised }], result: null }));
    await close(store);

    const register = await (await open(dir)).register();
    expect(register.entries).toEqual([revised, entry(2)]);
    expect(register.counters()).toEqual({ '2026': 2 });
  });

  it.each([
    ['half a line', (line: string) => line.slice(0, Math.floor(line.length / 2))],
    ['zeros', (line: string) => '\0'.repeat(Buffer.byteLength(line))],
    ['a whole line without its line break', (line: string) => line.slice(0, -1)],
  ])(
    'drops an unfinished last append (%s) without a word, cuts it away, and appends the next letter on a clean line',
    async (_, tail) => {
      const dir = await dirs.make();
      const store = await open(dir);
      await issue(store, 1, 2);
      await close(store);
      const good = await readFile(logFile(dir), 'utf8');
      await appendFile(logFile(dir), tail(registerLines([numbered(entry(3))])));

      const reopened = await open(dir);
      const register = await reopened.register();
      expect(register.entries.map((e) => e.number)).toEqual(['BƏ-1/2026', 'BƏ-2/2026']);
      expect(register.counter('2026')).toBe(2);
      expect(reopened.notices).toEqual([]);
      expect(await readFile(logFile(dir), 'utf8')).toBe(good);
      await issue(reopened, 3, 3);
      await close(reopened);

      const bytes = await readFile(logFile(dir));
      expect(parseRegisterLines(bytes)).toMatchObject({ damaged: false, tornTail: false });
      expect((await registerOnDisk(dir)).entries.map((e) => e.number)).toEqual([
        'BƏ-1/2026',
        'BƏ-2/2026',
        'BƏ-3/2026',
      ]);
      expect(await readdir(join(dir, 'quarantine'))).toEqual([]);
    },
  );

  it('keeps every good line around a damaged one, sets the file aside as it was, puts the lost letter back from a snapshot, and says so', async () => {
    const dir = await dirs.make();
    const store = await open(dir);
    await issue(store, 1, 3);
    await store.snapshot('manual');
    await issue(store, 4, 5);
    await close(store);
    const lines = (await readFile(logFile(dir), 'utf8')).split('\n');
    lines[1] = '{"type":"numbered","entry":{"id":"letter-2026-2","seq';
    const damaged = lines.join('\n');
    await writeFile(logFile(dir), damaged);

    const reopened = await open(dir);
    const register = await reopened.register();

    expect(register.entries.map((e) => e.number).sort()).toEqual(
      ['BƏ-1/2026', 'BƏ-2/2026', 'BƏ-3/2026', 'BƏ-4/2026', 'BƏ-5/2026'].sort(),
    );
    expect(register.counter('2026')).toBe(5);
    expect(reopened.notices).toEqual([
      { code: 'registerRepaired', params: { file: join('register', '2026.jsonl'), restored: 1 } },
    ]);
    const [quarantined, ...others] = await readdir(join(dir, 'quarantine'));
    expect(others).toEqual([]);
    expect(await readFile(join(dir, 'quarantine', quarantined ?? ''), 'utf8')).toBe(damaged);
    expect(parseRegisterLines(await readFile(logFile(dir)))).toMatchObject({
      damaged: false,
      tornTail: false,
    });
    await close(reopened);
    const again = await open(dir);
    await again.register();
    expect(again.notices).toEqual([]);
  });

  it('refuses a letter on a full disk with nothing recorded, cuts back what it wrote, and takes the next one', async () => {
    const dir = await dirs.make();
    const failing = { on: false };
    const store = await open(dir, {
      fs: fsWith({
        open: async (...args: Parameters<typeof nodeFs.open>) => {
          const handle = await nodeFs.open(...args);
          if (!String(args[0]).endsWith('.jsonl')) return handle;
          const write = handle.write.bind(handle) as (
            b: Buffer,
            o: number,
            l: number,
            p: number,
          ) => Promise<{ bytesWritten: number }>;
          handle.write = (async (buffer: Buffer, offset: number, length: number, position: number) => {
            if (!failing.on) return write(buffer, offset, length, position);
            // Half the bytes reach the file before the disk fills up.
            await write(buffer, offset, Math.floor(length / 2), position);
            throw fsError('ENOSPC');
          }) as typeof handle.write;
          return handle;
        },
      }),
    });
    await issue(store, 1, 1);
    failing.on = true;

    await expect(issue(store, 2, 2)).rejects.toMatchObject({ code: 'diskFull' });
    expect((await store.register()).entries.map((e) => e.number)).toEqual(['BƏ-1/2026']);
    // The half line the failed append wrote is cut away at once: the file is as acknowledged.
    expect((await stat(logFile(dir))).size).toBe(Buffer.byteLength(registerLines([numbered(entry(1))])));

    failing.on = false;
    await issue(store, 2, 2);
    await close(store);
    expect(parseRegisterLines(await readFile(logFile(dir)))).toMatchObject({
      damaged: false,
      tornTail: false,
    });
    expect((await registerOnDisk(dir)).entries.map((e) => e.number)).toEqual(['BƏ-1/2026', 'BƏ-2/2026']);
  });

  it('syncs a batch in one write: one line per letter, one datasync', async () => {
    const dir = await dirs.make();
    let syncs = 0;
    const store = await open(dir, {
      fs: fsWith({
        open: async (...args: Parameters<typeof nodeFs.open>) => {
          const handle = await nodeFs.open(...args);
          if (!String(args[0]).endsWith('.jsonl')) return handle;
          const datasync = handle.datasync.bind(handle);
          handle.datasync = async () => {
            syncs += 1;
            return datasync();
          };
          return handle;
        },
      }),
    });

    await store.updateRegister(() => ({
      events: [1, 2, 3, 4, 5].map((n) => numbered(entry(n))),
      result: null,
    }));

    expect(syncs).toBe(1);
    expect((await readFile(logFile(dir), 'utf8')).trim().split('\n')).toHaveLength(5);
  });
});

describe('snapshots and restores of the register', () => {
  it('takes the register files into every snapshot, hard-linking a year file while it is unchanged', async () => {
    const dir = await dirs.make();
    const store = await open(dir);
    await issue(store, 1, 2, '2025-06-01');
    await issue(store, 1, 1);
    const a = await store.snapshot('manual');
    await issue(store, 2, 2);
    const b = await store.snapshot('manual');

    const inSnapshot = (id: string, year: number) => join(dir, 'snapshots', id, 'register', `${year}.jsonl`);
    expect(await readFile(inSnapshot(b.id, 2026), 'utf8')).toBe(await readFile(logFile(dir), 'utf8'));
    expect(await readFile(inSnapshot(a.id, 2026), 'utf8')).not.toBe(await readFile(logFile(dir), 'utf8'));
    expect((await stat(inSnapshot(a.id, 2025))).ino).toBe((await stat(inSnapshot(b.id, 2025))).ino);
    expect((await stat(inSnapshot(b.id, 2025))).ino).not.toBe((await stat(logFile(dir, 2025))).ino);
  });

  it('never takes the register back on a restore: letters issued since the backup keep their numbers', async () => {
    const dir = await dirs.make();
    const store = await open(dir);
    await issue(store, 1, 2);
    const backup = await store.snapshot('manual');
    await issue(store, 3, 4);
    const before = await readFile(logFile(dir), 'utf8');

    await store.restoreSnapshot(backup.id);

    expect((await store.register()).entries.map((e) => e.number)).toEqual([
      'BƏ-1/2026',
      'BƏ-2/2026',
      'BƏ-3/2026',
      'BƏ-4/2026',
    ]);
    expect((await store.register()).counter('2026')).toBe(4);
    expect(await readFile(logFile(dir), 'utf8')).toBe(before);
  });

  it('puts back, at start, letters only the backup has (a register that lost lines since), and a restore adds nothing twice', async () => {
    const dir = await dirs.make();
    const store = await open(dir);
    await issue(store, 1, 3);
    const backup = await store.snapshot('manual');
    await close(store);
    // The live log lost its last two lines (a file put back by hand, a sync tool).
    const [first = ''] = (await readFile(logFile(dir), 'utf8')).split('\n');
    await writeFile(logFile(dir), `${first}\n`);

    const reopened = await open(dir);
    expect((await reopened.register()).entries).toHaveLength(3);
    expect(reopened.notices).toContainEqual({
      code: 'registerRestored',
      params: { file: join('register', '2026.jsonl'), restored: 2 },
    });
    await reopened.restoreSnapshot(backup.id);

    expect((await reopened.register()).entries.map((e) => e.number)).toEqual([
      'BƏ-1/2026',
      'BƏ-2/2026',
      'BƏ-3/2026',
    ]);
    expect((await registerOnDisk(dir)).counters).toEqual({ '2026': 3 });
  });
});
