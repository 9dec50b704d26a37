import { afterEach, describe, expect, it } from 'vitest';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SHARED_FILE } from '../../../src/core/store/store';
import { ownTemplate } from '../../support/letterhead-template';
import { documentText } from '../../unit/letters/docx-xml';
import { sampleInstitution } from '../../unit/letters/fixtures';
import { writeZip } from '../../unit/shared/zip-writer';
import { docx, letterCores, letterRequest, setUpInstitution, visitWithGuest } from './setup';

const cores = letterCores('qonaq-template-');
afterEach(() => cores.cleanUp());

describe('an own letterhead template', () => {
  it('fills a visa letter into it, and the standard letter returns once it is removed', async () => {
    const core = await cores.open();
    await setUpInstitution(core);
    const ids = await visitWithGuest(core);
    const base64 = (await ownTemplate()).toString('base64');

    const set = await core.ok('institution.setTemplate', { fileName: 'Our blank.docx', base64 });
    expect(set.institution.letterheadTemplate).toEqual({ fileName: 'Our blank.docx', data: base64 });
    // Saving the Settings form afterwards (which never sends the template) keeps it.
    await setUpInstitution(core);
    expect((await core.ok('institution.get', {})).institution?.letterheadTemplate?.fileName).toBe(
      'Our blank.docx',
    );

    const issued = await core.ok('letters.issue', { request: letterRequest(ids, 'en') });
    const text = documentText(docx(issued.base64));
    expect(text).toContain('OUR LETTERHEAD');
    expect(text).toContain(issued.entry.number);
    expect(text).toContain('Demirci Ayşe Gül');
    expect(text).toContain('invites the person named below to the Republic of Azerbaijan');
    expect(text).toContain('Signed by Elchin Aliyev on 15\u00a0October\u00a02026.');
    expect(text).not.toContain('{{');
    const preview = await core.ok('letters.preview', {
      request: letterRequest(ids, 'ru', 'officialInvitation'),
    });
    const previewText = documentText(docx(preview.base64));
    expect(previewText).toContain('OUR LETTERHEAD');
    expect(previewText).not.toContain('{{');

    await core.ok('institution.clearTemplate', {});
    const standard = await core.ok('letters.issue', { request: letterRequest(ids, 'en') });
    const standardText = documentText(docx(standard.base64));
    expect(standardText).not.toContain('OUR LETTERHEAD');
    expect(standardText).toContain(standard.entry.number);
  });

  it('keeps the template on disk, in the shared document', async () => {
    const core = await cores.open();
    await setUpInstitution(core);
    await core.ok('institution.setTemplate', {
      fileName: 'blank.docx',
      base64: (await ownTemplate()).toString('base64'),
    });
    await cores.closeAll();
    const reopened = await cores.open({ dataDir: core.dataDir });
    expect((await reopened.ok('institution.get', {})).institution?.letterheadTemplate?.fileName).toBe(
      'blank.docx',
    );
  });

  it('refuses a file that is not a usable template, saying why, and keeps the one set', async () => {
    const core = await cores.open();
    await setUpInstitution(core);
    const pdf = Buffer.from('%PDF-1.7 not a docx').toString('base64');
    expect(await core.fails('institution.setTemplate', { fileName: 'a.pdf', base64: pdf })).toEqual({
      code: 'templateInvalid',
      params: { reason: 'notZip' },
    });
    const traversal = writeZip([
      { name: 'word/document.xml', data: Buffer.from('<w:document/>') },
      { name: '../../evil', data: Buffer.from('x') },
    ]).toString('base64');
    expect(await core.fails('institution.setTemplate', { fileName: 'a.docx', base64: traversal })).toEqual({
      code: 'templateInvalid',
      params: { reason: 'unsafeName' },
    });
    // A central directory that lies about an entry's size is caught when the entry is unpacked.
    const lying = writeZip([
      { name: 'word/document.xml', data: Buffer.from('<w:document/>') },
      { name: 'word/media/x.bin', data: Buffer.alloc(1024 * 1024), claimedSize: 20_000 },
    ]).toString('base64');
    expect(await core.fails('institution.setTemplate', { fileName: 'a.docx', base64: lying })).toEqual({
      code: 'templateInvalid',
      params: { reason: 'suspiciousCompression' },
    });
    expect((await core.ok('institution.get', {})).institution?.letterheadTemplate).toBeUndefined();
  });

  it('refuses a letter on a lying template that came in some other way, before a number is taken', async () => {
    const core = await cores.open();
    await setUpInstitution(core);
    const ids = await visitWithGuest(core);
    const data = writeZip([
      { name: 'word/document.xml', data: Buffer.from('<w:document/>') },
      { name: 'word/media/x.bin', data: Buffer.alloc(1024 * 1024), claimedSize: 20_000 },
    ]).toString('base64');
    // As an imported archive or a restored snapshot would put it: past `institution.setTemplate`.
    await core.store.updateShared((doc) => {
      if (!doc.institution) throw new Error('no institution');
      const institution = { ...doc.institution, letterheadTemplate: { fileName: 'x.docx', data } };
      return { doc: { ...doc, institution }, result: null };
    });
    expect(await core.fails('letters.issue', { request: letterRequest(ids) })).toEqual({
      code: 'templateInvalid',
      params: { reason: 'suspiciousCompression' },
    });
    expect((await core.store.register()).entries).toEqual([]);
  });

  it('needs the institution to be set up first', async () => {
    const core = await cores.open();
    const base64 = (await ownTemplate()).toString('base64');
    expect((await core.fails('institution.setTemplate', { fileName: 'a.docx', base64 })).code).toBe(
      'institutionNotSet',
    );
  });

  it('loads a version-3 shared document written before templates existed', async () => {
    const dataDir = await cores.makeDir();
    const shared = {
      schemaVersion: 3,
      settings: { uiLanguage: 'az' },
      institution: sampleInstitution(),
      register: { entries: [], counters: {} },
      hotels: [],
    };
    await writeFile(join(dataDir, SHARED_FILE), JSON.stringify(shared));
    const core = await cores.open({ dataDir });
    const { institution } = await core.ok('institution.get', {});
    expect(institution?.name.en).toBe(sampleInstitution().name.en);
    expect(institution?.letterheadTemplate).toBeUndefined();
    expect(await readFile(join(dataDir, SHARED_FILE), 'utf8')).not.toContain('letterheadTemplate');
  });
});

describe('letters.check', () => {
  it('names the verification contact Settings lacks, as issuing would refuse it', async () => {
    const core = await cores.open();
    const institution = sampleInstitution();
    await core.ok('institution.update', {
      institution: { ...institution, verificationContact: { name: '', phone: '', email: '' } },
    });
    const ids = await visitWithGuest(core);
    const check = await core.ok('letters.check', { ...ids, kind: 'visaInvitation' });
    expect(check.missing).toEqual([
      'institution.verificationContact.name',
      'institution.verificationContact.phone',
      'institution.verificationContact.email',
    ]);
    const refused = await core.fails('letters.issue', { request: letterRequest(ids) });
    expect(refused.fields?.map((f) => f.path)).toEqual(check.missing);
  });
});
