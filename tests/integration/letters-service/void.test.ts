import { afterEach, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { letterCores, letterRequest, setUpInstitution, visitWithGuest } from './setup';

const cores = letterCores('qonaq-void-');
afterEach(() => cores.cleanUp());

async function twoLetters() {
  const core = await cores.open();
  await setUpInstitution(core);
  const ids = await visitWithGuest(core);
  const first = await core.ok('letters.issue', { request: letterRequest(ids, 'en') });
  const second = await core.ok('letters.issue', { request: letterRequest(ids, 'ru') });
  return { core, ids, first, second };
}

describe('letters.void and letters.unvoid', () => {
  it('voids a number with its reason, shown in the register, and never gives the number again', async () => {
    const { core, ids, second } = await twoLetters();

    const voided = await core.ok('letters.void', {
      entryId: second.entry.id,
      reason: '  Wrong passport number  ',
    });
    const next = await core.ok('letters.issue', { request: letterRequest(ids, 'ru') });

    expect(voided.voided?.reason).toBe('Wrong passport number');
    expect(next.entry.number).toBe('BƏ-0003/2026');
    const register = await core.ok('letters.register', {});
    expect(register.map((e) => [e.number, e.voided?.reason ?? null])).toEqual([
      ['BƏ-0003/2026', null],
      ['BƏ-0002/2026', 'Wrong passport number'],
      ['BƏ-0001/2026', null],
    ]);
  });

  it('gives the next number past a voided last one, even after a restart', async () => {
    const { core, ids, second } = await twoLetters();
    await core.ok('letters.void', { entryId: second.entry.id, reason: 'Sent by mistake' });
    await cores.closeAll();

    const reopened = await cores.open({ dataDir: core.dataDir });
    const next = await reopened.ok('letters.issue', { request: letterRequest(ids, 'en') });

    expect(next.entry.number).toBe('BƏ-0003/2026');
    const entry = (await reopened.ok('letters.register', {})).find((e) => e.id === second.entry.id);
    expect(entry?.voided?.reason).toBe('Sent by mistake');
  });

  it('records a restore as an event of its own, the void staying in the log', async () => {
    const { core, first } = await twoLetters();
    await core.ok('letters.void', { entryId: first.entry.id, reason: 'Duplicate' });
    core.clock.now = new Date('2026-10-15T09:00:00Z');

    const restored = await core.ok('letters.unvoid', { entryId: first.entry.id });

    expect(restored.voided).toBeUndefined();
    const lines = (await readFile(join(core.dataDir, 'register', '2026.jsonl'), 'utf8')).trim().split('\n');
    expect(lines.map((l) => (JSON.parse(l) as { type: string }).type)).toEqual([
      'numbered',
      'numbered',
      'voided',
      'unvoided',
    ]);
    await cores.closeAll();
    const reopened = await cores.open({ dataDir: core.dataDir });
    expect((await reopened.ok('letters.register', {})).every((e) => e.voided === undefined)).toBe(true);
  });

  it('writes nothing for a second void or a restore of a letter that stands', async () => {
    const { core, first } = await twoLetters();
    await core.ok('letters.void', { entryId: first.entry.id, reason: 'Duplicate' });
    await core.ok('letters.void', { entryId: first.entry.id, reason: 'Again' });
    await core.ok('letters.unvoid', { entryId: first.entry.id });
    await core.ok('letters.unvoid', { entryId: first.entry.id });

    const lines = (await readFile(join(core.dataDir, 'register', '2026.jsonl'), 'utf8')).trim().split('\n');
    expect(lines).toHaveLength(4);
  });

  it('refuses a void without a reason, with one too long, or of an unknown entry', async () => {
    const { core, first } = await twoLetters();

    expect((await core.fails('letters.void', { entryId: first.entry.id, reason: '   ' })).fields).toEqual([
      { path: 'reason', code: 'required' },
    ]);
    expect(
      (await core.fails('letters.void', { entryId: first.entry.id, reason: 'x'.repeat(501) })).fields,
    ).toEqual([{ path: 'reason', code: 'tooLong', params: { max: 500 } }]);
    expect((await core.fails('letters.void', { entryId: 'nobody', reason: 'x' })).code).toBe('notFound');
  });

  it('refuses to re-issue a voided letter until it is restored', async () => {
    const { core, ids, first } = await twoLetters();
    await core.ok('letters.void', { entryId: first.entry.id, reason: 'Duplicate' });

    const refused = await core.fails('letters.issue', {
      request: letterRequest(ids, 'en'),
      reissueOf: first.entry.id,
    });
    await core.ok('letters.unvoid', { entryId: first.entry.id });
    const reissued = await core.ok('letters.issue', {
      request: letterRequest(ids, 'en'),
      reissueOf: first.entry.id,
    });

    expect(refused.fields).toEqual([{ path: 'reissueOf', code: 'invalid' }]);
    expect(reissued.entry).toMatchObject({ number: first.entry.number, revision: 2 });
  });

  it('keeps a void of a letter of last year in this year’s file', async () => {
    const { core, first } = await twoLetters();
    core.clock.now = new Date('2027-01-10T08:00:00Z');

    await core.ok('letters.void', { entryId: first.entry.id, reason: 'Visit cancelled' });

    const lines = (await readFile(join(core.dataDir, 'register', '2027.jsonl'), 'utf8')).trim().split('\n');
    expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({
      type: 'voided',
      entryId: first.entry.id,
      date: '2027-01-10',
    });
  });

  it('keeps a void when a backup from before it is restored', async () => {
    const { core, first } = await twoLetters();
    const backup = await core.ok('backups.create', {});
    await core.ok('letters.void', { entryId: first.entry.id, reason: 'Duplicate' });

    await core.ok('backups.restore', { id: backup.id });

    const entry = (await core.ok('letters.register', {})).find((e) => e.id === first.entry.id);
    expect(entry?.voided?.reason).toBe('Duplicate');
  });
});
