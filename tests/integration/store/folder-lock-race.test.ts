import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { readFile, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { startRacer, type Racer } from '../../support/lock-racers';
import { tempDirs } from '../../support/temp-dir';

/**
 * Several real processes race for one data folder whose lock needs taking over; in every round
 * exactly one may win. `QONAQ_LOCK_RACE_ROUNDS` sets the rounds (`npm run test:durability` runs more);
 * `QONAQ_LOCK_MODULE` runs the racers against another copy of the lock module, e.g. the one before a fix.
 */
const ROUNDS = Number(process.env.QONAQ_LOCK_RACE_ROUNDS ?? 30);
const RACERS = 3;
const MODULE = process.env.QONAQ_LOCK_MODULE;

const dirs = tempDirs('qonaq-lock-race-');
afterEach(() => dirs.removeAll());

/** The pid of a process that has run and exited (and been reaped). */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((done) => child.once('exit', done));
  if (child.pid === undefined) throw new Error('the child did not start');
  return child.pid;
}

let racers: Racer[] = [];
beforeAll(async () => {
  racers = await Promise.all(Array.from({ length: RACERS }, () => startRacer(MODULE)));
}, 60_000);
afterAll(() => {
  for (const racer of racers) racer.child.kill();
});

interface Round {
  round: number;
  winners: number[];
  answers: string[];
  lockPid: number;
}

/** Puts `lock` in a fresh folder, lets every racer go for it at the same millisecond, and reports. */
async function race(round: number, lock: object, ageMs: number, mode: '' | 'takeOver'): Promise<Round> {
  const folder = await dirs.make();
  const path = join(folder, '.lock');
  await writeFile(path, JSON.stringify(lock));
  const then = new Date(Date.now() - ageMs);
  await utimes(path, then, then);
  if (mode === 'takeOver') {
    // Every racer is told of the live holder before any of them goes, as each user is shown it first.
    const asked = racers.map((racer) => racer.next(folder));
    for (const racer of racers) racer.ask(folder);
    expect(await Promise.all(asked)).toEqual(racers.map(() => ['asked', folder]));
  }
  const at = Date.now() + 40;
  const answers = racers.map((racer) => racer.next(folder));
  for (const racer of racers) racer.race(folder, at, mode === 'takeOver');
  const said = await Promise.all(answers);
  const winners = said.flatMap((words, i) => (words[0] === 'won' ? [racers[i]?.child.pid ?? -1] : []));
  const onDisk = JSON.parse(await readFile(path, 'utf8')) as { pid: number };
  const released = racers.map((racer) => racer.next(folder));
  for (const racer of racers) racer.release(folder);
  await Promise.all(released);
  return { round, winners, answers: said.map((words) => words.join(' ')), lockPid: onDisk.pid };
}

describe('racing for a data folder', () => {
  it(`lets exactly one of ${RACERS} processes take over a stale lock, in each of ${ROUNDS} rounds`, async () => {
    const pid = await deadPid();
    const rounds: Round[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const lock = { pid, host: hostname(), nonce: `crashed-${round}`, since: new Date(0).toISOString() };
      rounds.push(await race(round, lock, 3_600_000, ''));
    }

    const wrong = rounds.filter((r) => r.winners.length !== 1 || r.lockPid !== r.winners[0]);
    expect(wrong).toEqual([]);
    expect(
      rounds.flatMap((r) => r.answers.filter((a) => a.startsWith('lost')).map((a) => a.split(' ')[2])),
    ).toEqual(Array.from({ length: ROUNDS * (RACERS - 1) }, () => 'storeLocked'));
  }, 600_000);

  it(`lets exactly one of ${RACERS} processes told to take over a live holder's lock have it, in each of ${ROUNDS} rounds`, async () => {
    const rounds: Round[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const lock = {
        pid: process.pid,
        host: hostname(),
        nonce: `alive-${round}`,
        since: new Date().toISOString(),
      };
      rounds.push(await race(round, lock, 0, 'takeOver'));
    }

    const wrong = rounds.filter((r) => r.winners.length !== 1 || r.lockPid !== r.winners[0]);
    expect(wrong).toEqual([]);
  }, 600_000);
});
