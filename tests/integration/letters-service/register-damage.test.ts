import { afterEach, describe, expect, it } from 'vitest';
import { readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { letterCores, letterRequest, setUpInstitution, visitWithGuest, type Core } from './setup';

/**
 * The register damaged with the app closed (issue 18, defects 1 and 2): a year file deleted, emptied or
 * cut short, the whole `register/` folder gone, the high-water mark gone too. On the next start the
 * user is told, every letter a snapshot holds is back, and the next letter takes the next number: a
 * number once given is never given again, even when no snapshot holds its letter.
 */

const cores = letterCores('qonaq-register-damage-');
afterEach(() => cores.cleanUp());

const yearFile = (dir: string) => join(dir, 'register', '2026.jsonl');

/** Three letters issued, a snapshot taken after the `snapshotAfter`-th; answers the folder, closed. */
async function threeLetters(snapshotAfter: number): Promise<{ dir: string; numbers: string[] }> {
  const core = await cores.open();
  await setUpInstitution(core);
  const ids = await visitWithGuest(core);
  const numbers: string[] = [];
  for (let n = 1; n <= 3; n++) {
    numbers.push((await core.ok('letters.issue', { request: letterRequest(ids, 'en') })).entry.number);
    if (n === snapshotAfter) await core.store.snapshot('manual');
  }
  await cores.closeAll();
  return { dir: core.dataDir, numbers };
}

/** The register's numbers, oldest first. */
async function numbersIn(core: Core): Promise<string[]> {
  const entries = await core.ok('letters.register', {});
  return [...entries].sort((a, b) => a.sequence - b.sequence).map((e) => e.number);
}

async function nextLetter(core: Core): Promise<{ sequence: number; number: string }> {
  const visit = (await core.ok('visits.list', {}))[0];
  if (!visit) throw new Error('no visit');
  const detail = await core.ok('visits.get', { id: visit.id });
  const guest = detail.visit.guests[0];
  if (!guest) throw new Error('no guest');
  const { entry } = await core.ok('letters.issue', {
    request: letterRequest({ visitId: visit.id, guestId: guest.id }, 'en'),
  });
  return { sequence: entry.sequence, number: entry.number };
}

const damages: [string, (dir: string) => Promise<void>][] = [
  ['the year file deleted', (dir) => rm(yearFile(dir))],
  ['the whole register folder deleted', (dir) => rm(join(dir, 'register'), { recursive: true })],
  ['the year file emptied', (dir) => truncate(yearFile(dir), 0)],
  [
    'the last line cut in half',
    async (dir) => {
      const bytes = await readFile(yearFile(dir));
      const lastStart = bytes.subarray(0, bytes.length - 1).lastIndexOf(0x0a) + 1;
      await writeFile(
        yearFile(dir),
        bytes.subarray(0, lastStart + Math.floor((bytes.length - lastStart) / 2)),
      );
    },
  ],
  [
    'the last line cut away whole',
    async (dir) => {
      const bytes = await readFile(yearFile(dir));
      await writeFile(
        yearFile(dir),
        bytes.subarray(0, bytes.subarray(0, bytes.length - 1).lastIndexOf(0x0a) + 1),
      );
    },
  ],
];

describe('a register damaged with the app closed', () => {
  it.each(damages)(
    '(%s) is put back from the snapshots, told, and the next letter takes number 4',
    async (_, damage) => {
      // The snapshot holds letters 1 and 2; only the mark knows of letter 3.
      const { dir, numbers } = await threeLetters(2);
      await damage(dir);

      const core = await cores.open({ dataDir: dir });
      const register = await numbersIn(core);
      const next = await nextLetter(core);

      expect(register.slice(0, 2)).toEqual(numbers.slice(0, 2));
      expect(next.sequence).toBe(4);
      expect(numbers).not.toContain(next.number);
      expect(core.store.notices.map((n) => n.code)).toEqual(expect.arrayContaining(['registerNumbersKept']));
      expect(
        core.store.notices.some((n) => n.code === 'registerRestored' || n.code === 'registerRepaired'),
      ).toBe(true);
    },
  );

  it('(the register folder and its mark both deleted) is put back whole from the newest snapshot and its mark', async () => {
    const { dir, numbers } = await threeLetters(3);
    await rm(join(dir, 'register'), { recursive: true });
    await rm(join(dir, 'register-mark.json'));

    const core = await cores.open({ dataDir: dir });
    const register = await numbersIn(core);
    const next = await nextLetter(core);

    expect(register).toEqual(numbers);
    expect(next.sequence).toBe(4);
    expect(core.store.notices).toContainEqual({
      code: 'registerRestored',
      params: { file: join('register', '2026.jsonl'), restored: 3 },
    });
  });

  it('keeps an unfinished append past the mark out, silently (a crash while a letter was being numbered)', async () => {
    const { dir, numbers } = await threeLetters(3);
    await writeFile(yearFile(dir), `${await readFile(yearFile(dir), 'utf8')}{"type":"numbered","ent`);

    const core = await cores.open({ dataDir: dir });
    const next = await nextLetter(core);

    expect(await numbersIn(core)).toEqual([...numbers, next.number]);
    expect(next.sequence).toBe(4);
    expect(core.store.notices).toEqual([]);
  });
});
