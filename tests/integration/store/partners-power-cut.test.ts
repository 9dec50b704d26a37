import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { Store } from '../../../src/core/store/store';
import { checkEveryCut, PowerCutRecorder } from '../../support/power-cut-fs';
import { tempFilesIn } from '../../support/store-files';
import { tempDirs } from '../../support/temp-dir';
import { seededRandom } from '../../support/seeded-random';
import { addToDirectory, agreement, attachmentOf, partner, scan } from './partners-fixtures';

/**
 * Promise 3 for partners (docs/durability.md, promise 13): every operation of the write path of
 * `updatePartners` and `putAttachment` is recorded (tests/support/power-cut-fs.ts) and the power cut
 * after each one. partners.json and every signed copy must then hold their last acknowledged bytes or
 * those of the write under way, whole: never a mix, never empty, never missing once acknowledged.
 */
const RUNS = Number(process.env.QONAQ_POWER_CUT_RUNS ?? 30);
/** A fixed seed, so every run tests the same series; QONAQ_POWER_CUT_SEED replays or varies it. */
const SEED = Number(process.env.QONAQ_POWER_CUT_SEED ?? 20_261_208);

const dirs = tempDirs('qonaq-partners-power-');
afterEach(() => dirs.removeAll());

describe('partners and signed copies under a power cut at every step', () => {
  it(`keep every acknowledged change whole (seed ${SEED})`, async () => {
    const rand = seededRandom(SEED);
    let cuts = 0;
    for (let run = 0; run < Math.max(1, Math.round(RUNS / 5)); run++) {
      const dir = await dirs.make();
      const recorder = new PowerCutRecorder();
      const store = await Store.open(dir, { fs: recorder.fs, snapshotEveryMs: 0 });
      const first = scan(5_000, run);
      const firstSha = await store.putAttachment(first);
      await addToDirectory(store, [partner(1)], [agreement(1, 'partner1', attachmentOf(first))]);
      const partnersFile = join(dir, 'partners.json');
      const firstFile = join(dir, 'attachments', firstSha);
      await recorder.start([partnersFile, firstFile]);
      const files = new Set([partnersFile, firstFile]);
      const ack = (path: string) => {
        recorder.ack(path);
        files.add(path);
      };
      const steps = 2 + Math.floor(rand() * 4);
      for (let step = 0; step < steps; step++) {
        const bytes = scan(1 + Math.floor(rand() * 60_000), run * 100 + step + 1);
        // A copy kept and a partner changed side by side, as the officer attaching a scan while the list saves.
        await Promise.all([
          store.putAttachment(bytes).then((sha) => ack(join(dir, 'attachments', sha))),
          addToDirectory(store, [partner(step + 2)], []).then(() => ack(partnersFile)),
        ]);
      }
      await store.close();
      const report = checkEveryCut(recorder, [...files]);
      expect(report.violations, `run ${run} (seed ${SEED})`).toEqual([]);
      expect(await tempFilesIn(dir)).toEqual([]);
      cuts += report.cuts;
      await dirs.removeAll();
    }
    expect(cuts).toBeGreaterThan(0);
  });
});
