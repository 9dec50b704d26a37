import { afterEach, describe, expect, it } from 'vitest';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { migrate, MIGRATIONS, NotADocumentError, SCHEMA_VERSION, type Migration } from '../../../src/core/store/migrations';
import { parseDocument, sharedDocSchema, visitDocSchema } from '../../../src/core/store/documents';
import { Store, SHARED_FILE } from '../../../src/core/store/store';
import { VisitService } from '../../../src/core/visits';
import { AppError } from '../../../src/shared/errors';
import { visitData } from '../../support/builders';
import { tempDirs } from '../../support/temp-dir';

const dirs = tempDirs();
afterEach(() => dirs.removeAll());

describe('the list of migrations', () => {
  it('is numbered 1, 2, 3 ... with no gap, and SCHEMA_VERSION is the last', () => {
    expect(MIGRATIONS.map((m) => m.id)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(SCHEMA_VERSION).toBe(MIGRATIONS.length);
  });

  it('has a test below for each migration', () => {
    // Adding a migration without its own describe block below makes this fail.
    expect(MIGRATIONS.map((m) => m.id)).toEqual([1]);
  });
});

describe('migration 1: documents written before versioning', () => {
  it('stamps schemaVersion 1 and leaves the content as it was', () => {
    const old = { settings: { uiLanguage: 'ru' } };

    const { doc, from } = migrate(old);

    expect(from).toBe(0);
    expect(doc).toEqual({ settings: { uiLanguage: 'ru' }, schemaVersion: 1 });
    expect(old).toEqual({ settings: { uiLanguage: 'ru' } });
  });

  it('lets a store open a folder written before versioning, and stamps the file on its next write', async () => {
    const dir = await dirs.make();
    const first = await Store.open(dir, { snapshotEveryMs: 0 });
    const { visit } = await new VisitService(first).create(visitData());
    await first.close();
    const visitFile = join(dir, 'visits', `${visit.id}.json`);
    await writeFile(visitFile, JSON.stringify({ visit }));
    await writeFile(join(dir, SHARED_FILE), JSON.stringify({ settings: { uiLanguage: 'en' } }));

    const store = await Store.open(dir, { snapshotEveryMs: 0 });
    await store.updateSettings({ uiLanguage: 'ru' });
    await new VisitService(store).update(visit.id, visitData({ title: 'Stamped' }));
    await store.close();

    expect(store.notices).toEqual([]);
    expect(JSON.parse(await readFile(join(dir, SHARED_FILE), 'utf8'))).toEqual({ schemaVersion: 1, settings: { uiLanguage: 'ru' } });
    expect(JSON.parse(await readFile(visitFile, 'utf8'))).toMatchObject({ schemaVersion: 1, visit: { title: 'Stamped' } });
  });
});

describe('migrate', () => {
  const migrations: Migration[] = [
    { id: 1, description: 'stamp', up: (doc) => doc },
    { id: 2, description: 'rename name to title', up: ({ name, ...rest }) => ({ ...rest, title: name }) },
    { id: 3, description: 'add tags', up: (doc) => ({ ...doc, tags: [] }) },
  ];

  it('applies every migration after the document version, in order', () => {
    expect(migrate({ schemaVersion: 1, name: 'x' }, migrations)).toEqual({
      doc: { schemaVersion: 3, title: 'x', tags: [] },
      from: 1,
    });
    expect(migrate({ name: 'y' }, migrations).doc).toEqual({ schemaVersion: 3, title: 'y', tags: [] });
  });

  it('leaves a current document as it is', () => {
    expect(migrate({ schemaVersion: 3, title: 'x', tags: ['a'] }, migrations).doc).toEqual({ schemaVersion: 3, title: 'x', tags: ['a'] });
  });

  it('refuses a document from a newer version with storeNewerVersion', () => {
    expect(() => migrate({ schemaVersion: 4 }, migrations)).toThrow(AppError);
    try {
      migrate({ schemaVersion: SCHEMA_VERSION + 1 });
    } catch (error) {
      expect(error).toMatchObject({ code: 'storeNewerVersion', params: { found: SCHEMA_VERSION + 1, supported: SCHEMA_VERSION } });
    }
  });

  it.each([null, [], 'text', 42, { schemaVersion: -1 }, { schemaVersion: 1.5 }, { schemaVersion: '1' }])(
    'calls %j not a document',
    (raw) => {
      expect(() => migrate(raw)).toThrow(NotADocumentError);
    },
  );
});

describe('parseDocument', () => {
  it('parses, migrates and checks stored bytes', () => {
    expect(parseDocument('{"settings":{"uiLanguage":"az"}}', sharedDocSchema)).toEqual({
      schemaVersion: 1,
      settings: { uiLanguage: 'az' },
    });
  });

  it('says why bytes are not a document', () => {
    expect(() => parseDocument('{', sharedDocSchema)).toThrow(new NotADocumentError('invalidJson'));
    expect(() => parseDocument('{"schemaVersion":1,"visit":{}}', visitDocSchema)).toThrow(new NotADocumentError('failsSchema'));
  });
});
