import { afterEach, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Store, SHARED_FILE } from '../../../src/core/store/store';
import { VisitService } from '../../../src/core/visits';
import type { Visit } from '../../../src/shared/domain';
import { AppError, isErrorCode } from '../../../src/shared/errors';
import { LANGUAGES } from '../../../src/shared/languages';
import { FaultyFs, type FaultPoint } from '../../support/faulty-fs';
import { guestData, visitData } from '../../support/builders';
import { tempFilesIn } from '../../support/store-files';
import { tempDirs } from '../../support/temp-dir';
import { seededRandom } from '../../support/seeded-random';

/**
 * The officer keeps working while the disk misbehaves at random: every write of the store may hit
 * a full disk, a refused rename, a failing fsync. After every step, answered or refused, the store's
 * memory and the files on disk must hold exactly what was acknowledged, and a refusal must carry a
 * code the UI translates. At the end a restart must find the same.
 *
 * QONAQ_FAULT_STEPS sets the number of steps (default 150); QONAQ_FAULT_SEED replays a series.
 */
const STEPS = Number(process.env.QONAQ_FAULT_STEPS ?? 150);
/** A fixed seed, so every run tests the same series; QONAQ_FAULT_SEED replays or varies it. */
const SEED = Number(process.env.QONAQ_FAULT_SEED ?? 20_261_207);
const ROOT = join(__dirname, '../../..');

const dirs = tempDirs('qonaq-faults-');
afterEach(() => dirs.removeAll());

const random = seededRandom;

/** What each fault point can fail with, as the platforms report it. */
const ERRNOS: Record<FaultPoint, string[]> = {
  openTemp: ['ENOSPC', 'EACCES', 'EROFS', 'EDQUOT', 'EMFILE'],
  writeTemp: ['ENOSPC', 'EIO'],
  syncTemp: ['EIO', 'ENOSPC'],
  // Mostly the refusals that are retried; now and then one that is not.
  rename: ['EPERM', 'EBUSY', 'EPERM', 'EBUSY', 'ENOSPC', 'EIO'],
};
const EXPECTED_CODES = new Set(['diskFull', 'readOnly', 'writeFailed']);

/**
 * The visit as its file holds it, but for its history: the store holds visits without it, and only the
 * file keeps it (decision 0029). Its last entry is the visit's last change.
 */
async function onDisk(file: string): Promise<unknown> {
  const { history, ...visit } = (JSON.parse(await readFile(file, 'utf8')) as { visit: Visit }).visit;
  expect(history?.at(-1)?.at).toBe(visit.changedAt);
  return visit;
}

describe('a store on a disk that fails at random', () => {
  it(`holds exactly the acknowledged state after every step (${STEPS} steps, seed ${SEED})`, async () => {
    const rand = random(SEED);
    const dir = await dirs.make();
    const faults = new FaultyFs();
    const store = await Store.open(dir, { fs: faults.fs, snapshotEveryMs: 0 });
    const visits = new VisitService(store);
    const model = new Map<string, Visit>();
    let language = store.settings.uiLanguage;
    const stats = { acks: 0, refusals: 0, codes: new Set<string>() };
    const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(rand() * items.length)];
    faults.plan = (point) => (rand() < 0.1 ? pick(ERRNOS[point]) : undefined);

    for (let step = 0; step < STEPS; step++) {
      const target = pick([...model.values()]);
      const roll = rand();
      let touched: string | undefined = target?.id;
      try {
        if (!target || roll < 0.1) {
          const { visit } = await visits.create(visitData({ title: `Visit ${step}` }));
          model.set(visit.id, visit);
          touched = visit.id;
        } else if (roll < 0.45) {
          model.set(
            target.id,
            (await visits.addGuest(target.id, guestData({ position: `step ${step}` }))).visit,
          );
        } else if (roll < 0.6 && target.guests[0]) {
          model.set(target.id, (await visits.removeGuest(target.id, target.guests[0].id)).visit);
        } else if (roll < 0.85) {
          model.set(
            target.id,
            (await visits.update(target.id, visitData({ title: target.title, notes: `step ${step}` }))).visit,
          );
        } else {
          const next = rand() < 0.5 ? 'en' : 'ru';
          await store.updateSettings({ uiLanguage: next });
          language = next;
        }
        stats.acks += 1;
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        expect(EXPECTED_CODES, `step ${step} (seed ${SEED})`).toContain(error.code);
        stats.refusals += 1;
        stats.codes.add(error.code);
      }

      const context = `step ${step} (seed ${SEED})`;
      expect(store.listVisits().length, context).toBe(model.size);
      expect(store.settings.uiLanguage, context).toBe(language);
      for (const id of touched ? [touched] : []) {
        expect(store.getVisit(id), context).toEqual(model.get(id));
        if (model.has(id))
          expect(await onDisk(join(dir, 'visits', `${id}.json`)), context).toEqual(model.get(id));
      }
      expect(await tempFilesIn(dir), context).toEqual([]);
      expect((await readdir(join(dir, 'visits'))).length, context).toBe(model.size);
    }
    await store.close();

    const reopened = await Store.open(dir, { snapshotEveryMs: 0 });
    const byId = (a: Visit, b: Visit) => a.id.localeCompare(b.id);
    expect(reopened.notices).toEqual([]);
    expect(reopened.listVisits().sort(byId)).toEqual([...model.values()].sort(byId));
    expect(reopened.settings.uiLanguage).toBe(language);
    expect(JSON.parse(await readFile(join(dir, SHARED_FILE), 'utf8'))).toMatchObject({
      settings: { uiLanguage: language },
    });
    await reopened.close();
    expect(stats.acks).toBeGreaterThan(0);
    console.info(
      `[fault-loop] ${STEPS} steps, ${faults.injected} faults injected, ${stats.acks} changes acknowledged, ` +
        `${stats.refusals} refused (${[...stats.codes].sort().join(', ')}), 0 acknowledged changes lost (seed ${SEED})`,
    );
  }, 600_000);
});

/** Every error code written in the store's source: what it can raise to the UI. */
function codesRaisedByStore(): string[] {
  const folder = join(ROOT, 'src/core/store');
  const codes = new Set<string>();
  for (const name of readdirSync(folder).filter((n) => n.endsWith('.ts'))) {
    const source = readFileSync(join(folder, name), 'utf8');
    for (const match of source.matchAll(/new AppError\(\s*'(\w+)'/g)) codes.add(match[1] ?? '');
  }
  return [...codes].sort();
}

describe('the message the user sees', () => {
  it('exists in az, en and ru for every error code the store can raise', () => {
    const codes = codesRaisedByStore();
    expect(codes).toEqual(
      expect.arrayContaining([...EXPECTED_CODES, 'storeLocked', 'storeNewerVersion', 'storeUnreadable']),
    );
    for (const code of codes) expect(isErrorCode(code), code).toBe(true);
    for (const language of LANGUAGES) {
      const errors = JSON.parse(readFileSync(join(ROOT, 'locales', language, 'errors.json'), 'utf8')) as {
        code?: Record<string, unknown>;
      };
      const missing = codes.filter(
        (code) => typeof errors.code?.[code] !== 'string' || errors.code[code] === '',
      );
      expect(missing, `locales/${language}/errors.json lacks errors.code.<code> for`).toEqual([]);
    }
  });
});
