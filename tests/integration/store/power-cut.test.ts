import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileDurably } from '../../../src/core/store/durable-write';
import { Store, SHARED_FILE } from '../../../src/core/store/store';
import { VisitService } from '../../../src/core/visits';
import { guestData, visitData } from '../../support/builders';
import { checkEveryCut, PowerCutRecorder, type CutReport, type Lies } from '../../support/power-cut-fs';
import { tempFilesIn } from '../../support/store-files';
import { tempDirs } from '../../support/temp-dir';
import { seededRandom } from '../../support/seeded-random';

/**
 * A power cut loses whatever the disk had not made durable. These tests record every operation of
 * the write path (tests/support/power-cut-fs.ts) and cut the power after each one, under a model
 * that keeps only fsynced data and folder entries made durable by a folder fsync (and, before that,
 * any mix of them). Every file must then hold its last acknowledged content or the content of the
 * write under way, whole: never a mix, never empty, never missing.
 *
 * QONAQ_POWER_CUT_RUNS sets the number of random runs (default 30); QONAQ_POWER_CUT_SEED replays one.
 */
const RUNS = Number(process.env.QONAQ_POWER_CUT_RUNS ?? 30);
/** A fixed seed, so every run tests the same series; QONAQ_POWER_CUT_SEED replays or varies it. */
const SEED = Number(process.env.QONAQ_POWER_CUT_SEED ?? 20_261_206);

const dirs = tempDirs('qonaq-power-');
afterEach(() => dirs.removeAll());

const totals = { runs: 0, cuts: 0, states: 0, acks: 0 };
afterAll(() => {
  console.info(
    `[power-cut] ${totals.runs} runs, ${totals.acks} acknowledged writes, ${totals.cuts} cut points, ` +
      `${totals.states} disk states checked (seed ${SEED})`,
  );
});

function tally(report: CutReport, acks: number): void {
  totals.runs += 1;
  totals.cuts += report.cuts;
  totals.states += report.states;
  totals.acks += acks;
}

const random = seededRandom;

/** 1 byte to 48 KB, so writes span several disk blocks now and then. */
function content(rand: () => number, label: string): Buffer {
  const size = 1 + Math.floor(rand() ** 3 * 48 * 1024);
  const bytes = Buffer.alloc(size);
  for (let i = 0; i < size; i++) bytes[i] = Math.floor(rand() * 256);
  bytes.write(label.slice(0, size));
  return bytes;
}

/** Writes `versions` one after another through the recorder, acknowledging each as the store would. */
async function writeVersions(recorder: PowerCutRecorder, target: string, versions: Buffer[]): Promise<void> {
  for (const bytes of versions) {
    await writeFileDurably(target, bytes, recorder.fs);
    recorder.ack(target);
  }
}

describe('writeFileDurably under a power cut at every step', () => {
  it(`leaves each file whole, old or new, at every cut (${RUNS} random runs, seed ${SEED})`, async () => {
    const rand = random(SEED);
    for (let run = 0; run < RUNS; run++) {
      const dir = await dirs.make();
      const targets = [join(dir, 'a.json'), join(dir, 'b.json')].slice(0, rand() < 0.5 ? 1 : 2);
      for (const target of targets) await writeFile(target, content(rand, `initial ${run}`));
      const recorder = new PowerCutRecorder();
      await recorder.start(targets);
      const plans = targets.map((t) =>
        Array.from({ length: 1 + Math.floor(rand() * 4) }, (_, v) => content(rand, `${t} v${v}`)),
      );

      // Two files in one folder are written side by side: one's folder fsync must not harm the other.
      await Promise.all(targets.map((target, i) => writeVersions(recorder, target, plans[i] ?? [])));

      const report = checkEveryCut(recorder, targets);
      expect(report.violations, `run ${run} (seed ${SEED})`).toEqual([]);
      for (const [i, target] of targets.entries()) expect(await readFile(target)).toEqual(plans[i]?.at(-1));
      expect(await readdir(dir)).toHaveLength(targets.length);
      tally(report, plans.flat().length);
      await dirs.removeAll();
    }
  });
});

describe('the store under a power cut at every step', () => {
  it('keeps every acknowledged change of visits and settings, each document whole', async () => {
    const rand = random(SEED ^ 0x5eed);
    for (let run = 0; run < Math.max(1, Math.round(RUNS / 5)); run++) {
      const dir = await dirs.make();
      const recorder = new PowerCutRecorder();
      const store = await Store.open(dir, { fs: recorder.fs, snapshotEveryMs: 0 });
      const visits = new VisitService(store);
      const existing = (await visits.create(visitData({ title: 'Before recording' }))).visit;
      const existingFile = join(dir, 'visits', `${existing.id}.json`);
      const shared = join(dir, SHARED_FILE);
      await recorder.start([shared, existingFile]);
      const files = new Set([shared, existingFile]);
      let acks = 0;
      const ack = (path: string) => {
        recorder.ack(path);
        files.add(path);
        acks += 1;
      };

      const created = (await visits.create(visitData({ title: `New ${run}` }))).visit;
      const createdFile = join(dir, 'visits', `${created.id}.json`);
      ack(createdFile);
      // Changes to different documents run side by side, as they do when the officer works fast.
      const steps = 2 + Math.floor(rand() * 4);
      for (let step = 0; step < steps; step++) {
        await Promise.all([
          visits.addGuest(existing.id, guestData({ position: `step ${step}` })).then(() => ack(existingFile)),
          visits
            .update(created.id, visitData({ title: `New ${run}`, notes: `step ${step}` }))
            .then(() => ack(createdFile)),
          store.updateSettings({ uiLanguage: rand() < 0.5 ? 'en' : 'ru' }).then(() => ack(shared)),
        ]);
      }
      await store.close();

      const report = checkEveryCut(recorder, [...files]);
      expect(report.violations, `store run ${run} (seed ${SEED})`).toEqual([]);
      expect(await tempFilesIn(dir)).toEqual([]);
      tally(report, acks);
      await dirs.removeAll();
    }
  });
});

describe('the model itself', () => {
  /** The writes and cut report of one old -> new write of `target`, on a disk that lies as told. */
  async function cutWith(lies: Lies, write: (recorder: PowerCutRecorder, target: string) => Promise<void>) {
    const dir = await dirs.make();
    const target = join(dir, 'doc.json');
    await writeFile(target, '{"old":true}\n');
    const recorder = new PowerCutRecorder(lies);
    await recorder.start([target]);
    await write(recorder, target);
    recorder.ack(target);
    return checkEveryCut(recorder, [target]);
  }

  const durably = (recorder: PowerCutRecorder, target: string) =>
    writeFileDurably(target, '{"new":true}\n', recorder.fs);

  it('finds an empty file when the temp file is renamed without its fsync', async () => {
    const report = await cutWith({ dropFileSync: true }, durably);

    expect(report.violations.map((v) => v.found)).toContain('""');
  });

  it('finds the old file after the acknowledgement when the folder is not fsynced', async () => {
    const report = await cutWith({ dropFolderSync: true }, durably);

    const afterAck = report.violations.filter((v) => v.cut === report.cuts - 1);
    expect(new Set(afterAck.map((v) => v.found))).toEqual(new Set([JSON.stringify('{"old":true}\n')]));
  });

  it('finds an empty and a half-written file when a file is rewritten in place', async () => {
    const report = await cutWith({}, async (recorder, target) => {
      const handle = await recorder.fs.open(target, 'w');
      await handle.writeFile('{"new":true}\n');
      await handle.sync();
      await handle.close();
    });

    const found = report.violations.map((v) => v.found);
    expect(found).toContain('""');
    expect(found).toContain(JSON.stringify('{"new"'));
  });

  it('finds nothing wrong with the write path as it is', async () => {
    const report = await cutWith({}, durably);

    expect(report.violations).toEqual([]);
    expect(report.cuts).toBeGreaterThan(5);
  });
});
