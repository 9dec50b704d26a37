import { afterAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Store } from '../../../src/core/store/store';
import { seededRandom } from '../../support/seeded-random';
import { tempDirs } from '../../support/temp-dir';

/**
 * Promise 2 for partners (docs/durability.md, promise 13): a child process
 * (`tests/support/partners-crash-writer.ts`) changes the partners document and keeps signed copies,
 * and is killed with SIGKILL at a random moment. The folder must then open with no repair, and hold
 * every acknowledged partner (at its acknowledged revision or a later one), agreement and signed copy,
 * each copy's bytes hashing to its name, with no temp file left. Runs chain on one folder, so a kill
 * also lands while the store is opening on what the last one left.
 */
const RUNS = Number(process.env.QONAQ_PARTNERS_CRASH_RUNS ?? 8);
/** A fixed seed, so every run tests the same series; QONAQ_CRASH_SEED replays or varies it. */
const SEED = Number(process.env.QONAQ_CRASH_SEED ?? 20_261_209);
const RUNS_PER_FOLDER = 4;
const WRITER = resolve(__dirname, '../../support/partners-crash-writer.ts');
const ROOT = resolve(__dirname, '../../..');

const dirs = tempDirs('qonaq-partners-crash-');
afterAll(() => dirs.removeAll());

/** What was acknowledged: partners' notes revisions, agreements' copies, copies kept. */
interface Model {
  partners: Map<string, number>;
  agreements: Map<string, string>;
  attachments: Set<string>;
}

function runWriter(dir: string, seed: number, killAfter: number, model: Model): Promise<number> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, dir, String(seed)], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let acks = 0;
    let killed = false;
    let pending = '';
    let stderr = '';
    const guard = setTimeout(() => {
      child.kill('SIGKILL');
      fail(
        new Error(
          `the writer did not reach ${killAfter} acknowledgements in time (seed ${seed}):\n${stderr}`,
        ),
      );
    }, 60_000);
    const kill = () => {
      if (killed) return;
      killed = true;
      child.kill('SIGKILL');
    };
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const [word, id, value] = line.split(' ');
        if (word === 'opening' && killAfter === 0) kill();
        if (!id || (value === undefined && word !== 'attachment')) continue;
        if (word === 'partner') model.partners.set(id, Number(line.split(' rev ')[1]));
        if (word === 'attachment') model.attachments.add(id);
        if (word === 'agreement' && value) model.agreements.set(id, value);
        acks += 1;
        if (acks >= killAfter) kill();
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (stderr += chunk));
    child.on('close', (code, signal) => {
      clearTimeout(guard);
      if (signal !== 'SIGKILL' && code !== 0)
        fail(new Error(`the writer failed with ${code} (seed ${seed}):\n${stderr}`));
      else done(acks);
    });
  });
}

async function verify(dir: string, model: Model, context: string): Promise<void> {
  const store = await Store.open(dir, { snapshotEveryMs: 0 });
  try {
    expect(store.notices, `${context}: the folder needed repair`).toEqual([]);
    expect(await readdir(join(dir, 'quarantine')), `${context}: files were quarantined`).toEqual([]);
    const doc = store.partnersDoc;
    const revisions = new Map(doc.partners.map((p) => [p.id, Number(p.notes.split('rev ')[1])]));
    for (const [id, rev] of model.partners) {
      expect(revisions.get(id), `${context}: partner ${id} is missing`).toBeDefined();
      expect(revisions.get(id) ?? -1, `${context}: partner ${id} went back`).toBeGreaterThanOrEqual(rev);
    }
    const agreements = new Map(doc.agreements.map((a) => [a.id, a.attachment?.sha256]));
    for (const [id, sha] of model.agreements)
      expect(agreements.get(id), `${context}: agreement ${id}`).toBe(sha);
    const kept = await readdir(join(dir, 'attachments')).catch(() => [] as string[]);
    expect(
      kept.filter((n) => !/^[0-9a-f]{64}$/.test(n)),
      `${context}: files left in attachments/`,
    ).toEqual([]);
    for (const sha of model.attachments) {
      const bytes = await store.records.readFile(sha);
      expect(createHash('sha256').update(bytes).digest('hex'), `${context}: copy ${sha} damaged`).toBe(sha);
    }
    // Whatever landed after the last acknowledgement is held to from now on.
    for (const [id, rev] of revisions) model.partners.set(id, rev);
    for (const a of doc.agreements) if (a.attachment) model.agreements.set(a.id, a.attachment.sha256);
  } finally {
    await store.close();
  }
}

describe('partners when the process is killed', () => {
  it(`keeps every acknowledged partner, agreement and signed copy (${RUNS} kills, seed ${SEED})`, async () => {
    const random = seededRandom(SEED);
    let total = 0;
    for (let chain = 0; chain * RUNS_PER_FOLDER < RUNS; chain++) {
      const dir = await dirs.make();
      const model: Model = { partners: new Map(), agreements: new Map(), attachments: new Set() };
      for (let run = 0; run < RUNS_PER_FOLDER && chain * RUNS_PER_FOLDER + run < RUNS; run++) {
        const seed = Math.floor(random() * 2 ** 30);
        // One run in eight is killed as the store opens.
        const killAfter = random() < 0.125 ? 0 : 1 + Math.floor(random() * 40);
        total += await runWriter(dir, seed, killAfter, model);
        await verify(dir, model, `seed ${SEED}, chain ${chain}, run ${run} (writer seed ${seed})`);
      }
      const partners = JSON.parse(await readFile(join(dir, 'partners.json'), 'utf8').catch(() => '{}')) as {
        schemaVersion?: number;
      };
      if (model.partners.size > 0) expect(partners.schemaVersion).toBeGreaterThan(0);
    }
    console.log(
      `partners crash test: ${RUNS} kills, ${total} changes acknowledged, none lost (seed ${SEED})`,
    );
  }, 900_000);
});
