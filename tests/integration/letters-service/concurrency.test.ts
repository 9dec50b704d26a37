import { afterEach, describe, expect, it } from 'vitest';
import { LetterService, type LetterBuilder } from '../../../src/core/letters-service';
import { LANGUAGES } from '../../../src/shared/languages';
import { letterRequestSchema } from '../../../src/shared/letters';
import { registerOnDisk } from '../../support/store-files';
import { documentText } from '../../unit/letters/docx-xml';
import { docx, letterCores, letterRequest, setUpInstitution, visitWithGuest } from './setup';

const cores = letterCores('qonaq-letters-race-');
afterEach(() => cores.cleanUp());

const numberOf = (n: number) => `BƏ-${String(n).padStart(4, '0')}/2026`;

describe('letters issued at once', () => {
  it('get distinct consecutive numbers, and the register on disk holds all 50', async () => {
    const core = await cores.open();
    await setUpInstitution(core);
    const ids = await visitWithGuest(core);

    const started = performance.now();
    const issued = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        core.ok('letters.issue', { request: letterRequest(ids, LANGUAGES[i % 3]) }),
      ),
    );
    const elapsed = performance.now() - started;

    const expected = Array.from({ length: 50 }, (_, i) => numberOf(i + 1));
    expect(issued.map((l) => l.entry.number).sort()).toEqual(expected);
    for (const letter of issued) expect(documentText(docx(letter.base64))).toContain(letter.entry.number);
    const onDisk = await registerOnDisk(core.dataDir);
    expect(onDisk.entries.map((e) => e.number)).toEqual(expected);
    expect(onDisk.entries.map((e) => e.sequence)).toEqual(expected.map((_, i) => i + 1));
    expect(onDisk.counters).toEqual({ '2026': 50 });
    console.info(`[letters] 50 letters issued at once in ${Math.round(elapsed)} ms`);
  });
});

describe('a failure while building a letter', () => {
  it('takes no number: the next letter, also after reopening, gets the number the failed one would have had', async () => {
    const first = await cores.open();
    await setUpInstitution(first);
    const ids = await visitWithGuest(first);
    let built = 0;
    const failing: LetterBuilder = async () => {
      built += 1;
      throw new Error('the letter could not be built');
    };
    const service = new LetterService(first.store, () => first.clock.now, failing);

    await expect(service.issue(letterRequestSchema.parse(letterRequest(ids)))).rejects.toThrow(
      'the letter could not be built',
    );
    expect(built).toBe(1);
    expect(await first.ok('letters.register', {})).toEqual([]);
    await cores.closeAll();
    const reopened = await cores.open({ dataDir: first.dataDir });

    const next = await reopened.ok('letters.issue', { request: letterRequest(ids) });

    expect(next.entry.number).toBe(numberOf(1));
    expect((await reopened.ok('letters.register', {})).map((e) => e.number)).toEqual([numberOf(1)]);
  });

  it('hands out no letter whose number is not yet on disk', async () => {
    const core = await cores.open();
    await setUpInstitution(core);
    const ids = await visitWithGuest(core);
    const service = new LetterService(core.store, () => core.clock.now);
    const seenOnDisk: boolean[] = [];

    await Promise.all(
      Array.from({ length: 5 }, async () => {
        const letter = await service.issue(letterRequestSchema.parse(letterRequest(ids)));
        const register = await registerOnDisk(core.dataDir);
        seenOnDisk.push(register.entries.some((e) => e.number === letter.entry.number));
      }),
    );

    expect(seenOnDisk).toEqual([true, true, true, true, true]);
  });
});
