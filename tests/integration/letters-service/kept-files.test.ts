import { afterEach, describe, expect, it } from 'vitest';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { letterFilePath } from '../../../src/core/store/letter-files';
import { docx, letterCores, letterRequest, setUpInstitution, visitWithGuest } from './setup';
import { documentText } from '../../unit/letters/docx-xml';
import { sampleGuest } from '../../unit/letters/fixtures';

const cores = letterCores('qonaq-kept-letters-');
afterEach(() => cores.cleanUp());

describe('issued letters are kept as they were handed out (0012)', () => {
  it('answers the same bytes for a letter after the data it was built from changed', async () => {
    const core = await cores.open();
    await setUpInstitution(core);
    const ids = await visitWithGuest(core);
    const issued = await core.ok('letters.issue', { request: letterRequest(ids, 'en') });
    await core.ok('guests.update', {
      visitId: ids.visitId,
      guestId: ids.guestId,
      guest: { ...sampleGuest(), surname: 'Changed' },
    });

    const file = await core.ok('letters.file', { entryId: issued.entry.id });

    expect(file.fileName).toBe(issued.entry.fileName);
    expect(file.base64).toBe(issued.base64);
    expect(documentText(docx(file.base64))).not.toContain('Changed');
  });

  it('keeps each revision of a re-issued letter under its own name', async () => {
    const core = await cores.open();
    await setUpInstitution(core);
    const ids = await visitWithGuest(core);
    const first = await core.ok('letters.issue', { request: letterRequest(ids, 'en') });
    core.clock.now = new Date('2026-10-20T08:00:00Z');
    const second = await core.ok('letters.issue', {
      request: letterRequest(ids, 'en'),
      reissueOf: first.entry.id,
    });

    expect((await core.ok('letters.file', { entryId: first.entry.id, revision: 1 })).base64).toBe(
      first.base64,
    );
    expect((await core.ok('letters.file', { entryId: first.entry.id })).base64).toBe(second.base64);
    expect((await readdir(join(core.dataDir, 'letters', '2026'))).sort()).toEqual([
      `${first.entry.id}-r1.docx`,
      `${first.entry.id}-r2.docx`,
    ]);
  });

  it('keeps the file of every letter of a batch', async () => {
    const core = await cores.open();
    await setUpInstitution(core);
    const ayse = await visitWithGuest(core);
    const emre = await visitWithGuest(core, { surname: 'Şahin', givenNames: 'Emre' });

    const results = await core.ok('letters.issueMany', {
      requests: [letterRequest(ayse, 'az'), letterRequest(emre, 'ru')],
    });

    for (const result of results) {
      if (!result.ok) throw new Error('a letter was refused');
      const onDisk = await readFile(join(core.dataDir, letterFilePath(result.value.entry)));
      expect(onDisk.toString('base64')).toBe(result.value.base64);
    }
  });

  it('has a file for every acknowledged letter even when the append fails, and the orphan is harmless', async () => {
    const core = await cores.open();
    await setUpInstitution(core);
    const ids = await visitWithGuest(core);
    const first = await core.ok('letters.issue', { request: letterRequest(ids, 'en') });

    const refused = await core.call('letters.issue', {
      request: letterRequest(ids, 'ru'),
      reissueOf: 'no-such-entry',
    });

    expect(refused.ok).toBe(false);
    const register = await core.ok('letters.register', {});
    for (const entry of register) {
      expect((await core.ok('letters.file', { entryId: entry.id })).base64.length).toBeGreaterThan(0);
    }
    expect(register.map((e) => e.id)).toEqual([first.entry.id]);
  });

  it('answers notFound for a letter issued before files were kept, or a revision it never had', async () => {
    const core = await cores.open();
    await setUpInstitution(core);
    const ids = await visitWithGuest(core);
    const issued = await core.ok('letters.issue', { request: letterRequest(ids, 'en') });
    await rm(join(core.dataDir, 'letters'), { recursive: true });

    expect((await core.fails('letters.file', { entryId: issued.entry.id })).code).toBe('notFound');
    expect((await core.fails('letters.file', { entryId: issued.entry.id, revision: 2 })).code).toBe(
      'notFound',
    );
    expect((await core.fails('letters.file', { entryId: 'nobody' })).code).toBe('notFound');
    expect((await core.fails('letters.file', { entryId: '../../qonaq' })).code).toBe('validation');
  });

  it('keeps the files out of snapshots', async () => {
    const core = await cores.open();
    await setUpInstitution(core);
    const ids = await visitWithGuest(core);
    await core.ok('letters.issue', { request: letterRequest(ids, 'en') });

    const backup = await core.ok('backups.create', {});

    const snapshot = await readdir(join(core.dataDir, 'snapshots', backup.id));
    expect(snapshot).not.toContain('letters');
  });
});
