import { afterEach, describe, expect, it, vi } from 'vitest';
import { DocxWorkers, docxWorkerEntry } from '../../../src/core/docx-workers/pool';
import { buildLetter, LetterService } from '../../../src/core/letters-service';
import type { Result } from '../../../src/shared/errors';
import { letterRequestSchema, type IssuedLetter } from '../../../src/shared/letters';
import { registerOnDisk } from '../../support/store-files';
import { part } from '../../unit/letters/docx-xml';
import { docx, letterCores, letterRequest, setUpInstitution, visitWithGuest, type Core } from './setup';

/**
 * A bulk issue builds its letters in worker threads: the numbers and the letters are those the main
 * thread gives, and a batch whose building fails there is issued letter by letter, as before.
 */

const cores = letterCores('qonaq-issue-workers-');
const pools: DocxWorkers[] = [];
afterEach(async () => {
  for (const p of pools.splice(0)) p.close();
  vi.restoreAllMocks();
  await cores.cleanUp();
});

async function batch(core: Core) {
  await setUpInstitution(core);
  const ayse = await visitWithGuest(core);
  const emre = await visitWithGuest(core, { surname: 'Şahin', givenNames: 'Emre' });
  // As the contract hands them to the service: parsed.
  return [
    letterRequest(ayse, 'az'),
    letterRequest(emre, 'en'),
    letterRequest(ayse, 'ru', 'officialInvitation'),
    letterRequest(emre, 'ru'),
    letterRequest(ayse, 'en', 'officialInvitation'),
  ].map((request) => letterRequestSchema.parse(request));
}

function service(core: Core, entry: typeof docxWorkerEntry): { letters: LetterService; pool: DocxWorkers } {
  const pool = new DocxWorkers(entry, 2);
  pools.push(pool);
  return { letters: new LetterService(core.store, () => core.clock.now, buildLetter, pool), pool };
}

/** Each letter's number and its text as Word reads it, with docx's running drawing id taken out. */
function comparable(results: Result<IssuedLetter>[]) {
  return results.map((r) =>
    r.ok
      ? {
          number: r.value.entry.number,
          fileName: r.value.fileName,
          document: part(docx(r.value.base64), 'word/document.xml').replace(/(<wp:docPr id=")\d+/g, '$1#'),
        }
      : r,
  );
}

describe('letters issued in bulk on every core', () => {
  it('are numbered and written as on the main thread', async () => {
    const threaded = await cores.open();
    const single = await cores.open();
    const inThreads = service(threaded, docxWorkerEntry);
    const onMain = service(single, () => null);

    const a = await inThreads.letters.issueMany(await batch(threaded));
    const b = await onMain.letters.issueMany(await batch(single));

    expect(inThreads.pool.running).toBe(2);
    expect(onMain.pool.running).toBe(0);
    // Different visits and guests by id; the same numbers, names and letters.
    expect(comparable(a).map((x) => ('number' in x ? x.number : x))).toEqual([
      'BƏ-0001/2026',
      'BƏ-0002/2026',
      'BƏ-0003/2026',
      'BƏ-0004/2026',
      'BƏ-0005/2026',
    ]);
    expect(comparable(a)).toEqual(comparable(b));
    expect((await registerOnDisk(threaded.dataDir)).counters).toEqual({ '2026': 5 });
  });

  it('are issued letter by letter, with the same numbers and no gap, when building them at once fails', async () => {
    const core = await cores.open();
    const { letters, pool } = service(core, docxWorkerEntry);
    const failed = vi.spyOn(pool, 'letters').mockRejectedValue(new Error('a worker failed'));

    const results = await letters.issueMany(await batch(core));

    expect(failed).toHaveBeenCalledOnce();
    expect(results.map((r) => (r.ok ? r.value.entry.number : r.error.code))).toEqual([
      'BƏ-0001/2026',
      'BƏ-0002/2026',
      'BƏ-0003/2026',
      'BƏ-0004/2026',
      'BƏ-0005/2026',
    ]);
    const onDisk = await registerOnDisk(core.dataDir);
    expect(onDisk.counters).toEqual({ '2026': 5 });
    expect(onDisk.entries.map((e) => e.number)).toEqual(
      results.flatMap((r) => (r.ok ? [r.value.entry.number] : [])),
    );
  });
});
