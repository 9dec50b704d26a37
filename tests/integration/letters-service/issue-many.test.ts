import { afterEach, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { dispatch } from '../../../src/core/dispatch';
import { ISSUE_MANY_MAX, type IssuedLetter } from '../../../src/shared/letters';
import type { Result } from '../../../src/shared/errors';
import { registerOnDisk } from '../../support/store-files';
import { documentText } from '../../unit/letters/docx-xml';
import { docx, letterCores, letterRequest, setUpInstitution, visitWithGuest } from './setup';

const cores = letterCores('qonaq-issue-many-');
afterEach(() => cores.cleanUp());

const issued = (results: Result<IssuedLetter>[]) => results.flatMap((r) => (r.ok ? [r.value] : []));

describe('letters.issueMany', () => {
  it('numbers a batch in the order asked, in one line per letter of the register, and builds each letter under its number', async () => {
    const core = await cores.open();
    await setUpInstitution(core);
    const ayse = await visitWithGuest(core);
    const emre = await visitWithGuest(core, { surname: 'Şahin', givenNames: 'Emre' });
    const requests = [
      letterRequest(ayse, 'az'),
      letterRequest(emre, 'en'),
      letterRequest(ayse, 'ru', 'officialInvitation'),
    ];

    const results = await core.ok('letters.issueMany', { requests });

    const letters = issued(results);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(letters.map((l) => [l.entry.number, l.entry.guestId, l.entry.language, l.entry.kind])).toEqual([
      ['BƏ-0001/2026', ayse.guestId, 'az', 'visaInvitation'],
      ['BƏ-0002/2026', emre.guestId, 'en', 'visaInvitation'],
      ['BƏ-0003/2026', ayse.guestId, 'ru', 'officialInvitation'],
    ]);
    for (const letter of letters) {
      expect(documentText(docx(letter.base64))).toContain(letter.entry.number);
      expect(letter.fileName).toBe(letter.entry.fileName);
    }
    const lines = (await readFile(join(core.dataDir, 'register', '2026.jsonl'), 'utf8')).trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(await registerOnDisk(core.dataDir)).toEqual({
      entries: letters.map((l) => l.entry),
      counters: { '2026': 3 },
    });
  });

  it('refuses, one by one, the letters that cannot be issued: they take no number and say what is missing', async () => {
    const core = await cores.open();
    await setUpInstitution(core);
    const ayse = await visitWithGuest(core);
    const can = await visitWithGuest(core, {
      surname: 'Demir',
      givenNames: 'Can',
      passport: { number: '', issuingCountry: '', issueDate: '', expiryDate: '' },
      dateOfBirth: '',
    });

    const results = await core.ok('letters.issueMany', {
      requests: [
        letterRequest(ayse, 'en'),
        letterRequest(can, 'en'),
        letterRequest({ ...ayse, guestId: 'gone' }, 'en'),
        letterRequest(ayse, 'az', 'visaInvitation', { signatoryId: 'nobody' }),
        letterRequest(ayse, 'ru'),
      ],
    });

    expect(results.map((r) => (r.ok ? r.value.entry.number : r.error.code))).toEqual([
      'BƏ-0001/2026',
      'letterIncomplete',
      'notFound',
      'validation',
      'BƏ-0002/2026',
    ]);
    const refusal = results[1];
    expect(refusal?.ok ? [] : refusal?.error.fields?.map((f) => f.path)).toEqual(
      expect.arrayContaining(['guest.passport.number', 'guest.dateOfBirth']),
    );
    expect((await registerOnDisk(core.dataDir)).entries.map((e) => e.number)).toEqual([
      'BƏ-0001/2026',
      'BƏ-0002/2026',
    ]);
  });

  it('writes nothing when every letter is refused', async () => {
    const core = await cores.open();
    await setUpInstitution(core);
    const ayse = await visitWithGuest(core);

    const results = await core.ok('letters.issueMany', {
      requests: [letterRequest({ ...ayse, guestId: 'gone' }, 'en')],
    });

    expect(results).toEqual([{ ok: false, error: { code: 'notFound', params: { id: 'gone' } } }]);
    expect(await registerOnDisk(core.dataDir)).toEqual({ entries: [], counters: {} });
  });

  it('numbers batches issued at once, and single letters among them, without a gap or a number twice', async () => {
    const core = await cores.open();
    await setUpInstitution(core);
    const ids = await visitWithGuest(core);

    const batches = await Promise.all([
      core.ok('letters.issueMany', { requests: Array.from({ length: 5 }, () => letterRequest(ids)) }),
      core.ok('letters.issue', { request: letterRequest(ids) }),
      core.ok('letters.issueMany', { requests: Array.from({ length: 5 }, () => letterRequest(ids)) }),
    ]);

    const numbers = [...issued(batches[0]), batches[1], ...issued(batches[2])].map((l) => l.entry.sequence);
    expect(numbers.sort((a, b) => a - b)).toEqual(Array.from({ length: 11 }, (_, i) => i + 1));
    expect(issued(batches[0]).map((l) => l.entry.sequence)).toEqual(
      [...issued(batches[0]).map((l) => l.entry.sequence)].sort((a, b) => a - b),
    );
  });

  it(`takes at least one and at most ${ISSUE_MANY_MAX} requests`, async () => {
    const core = await cores.open();
    await setUpInstitution(core);
    const ids = await visitWithGuest(core);

    for (const requests of [[], Array.from({ length: ISSUE_MANY_MAX + 1 }, () => letterRequest(ids))]) {
      const result = await dispatch(core.handlers, 'letters.issueMany', { requests });
      expect(result).toMatchObject({ ok: false, error: { code: 'validation' } });
    }
    expect(await registerOnDisk(core.dataDir)).toEqual({ entries: [], counters: {} });
  });
});
