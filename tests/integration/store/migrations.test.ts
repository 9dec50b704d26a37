import { afterEach, describe, expect, it } from 'vitest';
import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  migrate,
  MIGRATIONS,
  NotADocumentError,
  SCHEMA_VERSION,
  type Migration,
} from '../../../src/core/store/migrations';
import { parseDocument, sharedDocSchema, visitDocSchema } from '../../../src/core/store/documents';
import { Store, SHARED_FILE } from '../../../src/core/store/store';
import { VisitService } from '../../../src/core/visits';
import { translateTexts } from '../../../src/core/texts';
import { LetterService } from '../../../src/core/letters-service';
import { letterRequestSchema, type RegisterEntry } from '../../../src/shared/letters';
import { registerOnDisk } from '../../support/store-files';
import { AppError } from '../../../src/shared/errors';
import { guestData, visitData } from '../../support/builders';
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
    expect(MIGRATIONS.map((m) => m.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});

describe('migration 1: documents written before versioning', () => {
  it('stamps schemaVersion 1 and leaves the content as it was', () => {
    const old = { settings: { uiLanguage: 'ru' } };

    const { doc, from } = migrate(old, MIGRATIONS.slice(0, 1));

    expect(from).toBe(0);
    expect(doc).toEqual({ settings: { uiLanguage: 'ru' }, schemaVersion: 1 });
    expect(old).toEqual({ settings: { uiLanguage: 'ru' } });
  });

  it('lets a store open a folder written before versioning, and stamps the file (with every later migration) on its next write', async () => {
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
    expect(JSON.parse(await readFile(join(dir, SHARED_FILE), 'utf8'))).toEqual({
      schemaVersion: SCHEMA_VERSION,
      settings: { uiLanguage: 'ru' },
      institution: null,
      hotels: [],
    });
    expect(JSON.parse(await readFile(visitFile, 'utf8'))).toMatchObject({
      schemaVersion: SCHEMA_VERSION,
      visit: { title: 'Stamped' },
    });
  });
});

describe('migration 2: the institution and the letter register in the shared document', () => {
  const migration2 = MIGRATIONS.slice(0, 2);

  it('adds an unset institution and an empty register to the shared document', () => {
    const v1 = { schemaVersion: 1, settings: { uiLanguage: 'en' } };

    const { doc, from } = migrate(v1, migration2);

    expect(from).toBe(1);
    expect(doc).toEqual({
      schemaVersion: 2,
      settings: { uiLanguage: 'en' },
      institution: null,
      register: { entries: [], counters: {} },
    });
    expect(v1).toEqual({ schemaVersion: 1, settings: { uiLanguage: 'en' } });
  });

  it('leaves a visit document as it was but for its stamp', () => {
    const visit = { id: 'v1', title: 'Delegation', guests: [] };

    expect(migrate({ schemaVersion: 1, visit }, migration2).doc).toEqual({ schemaVersion: 2, visit });
  });

  it('opens a version 1 folder: the shared file passes the new schema, and is stamped 2 with the new parts on its next write', async () => {
    const dir = await dirs.make();
    const first = await Store.open(dir, { snapshotEveryMs: 0 });
    const { visit } = await new VisitService(first).create(visitData());
    await first.close();
    const visitFile = join(dir, 'visits', `${visit.id}.json`);
    await writeFile(
      join(dir, SHARED_FILE),
      JSON.stringify({ schemaVersion: 1, settings: { uiLanguage: 'ru' } }),
    );
    await writeFile(visitFile, JSON.stringify({ schemaVersion: 1, visit }));

    const store = await Store.open(dir, { snapshotEveryMs: 0 });
    const register = await store.register();
    const state = {
      institution: store.sharedDoc.institution,
      register: { entries: register.entries, counters: register.counters() },
      visit: store.getVisit(visit.id),
    };
    await store.updateSettings({ uiLanguage: 'en' });
    await new VisitService(store).update(visit.id, visitData({ title: 'Stamped' }));
    await store.close();

    expect(store.notices).toEqual([]);
    expect(state).toEqual({ institution: null, register: { entries: [], counters: {} }, visit });
    expect(JSON.parse(await readFile(join(dir, SHARED_FILE), 'utf8'))).toEqual({
      schemaVersion: SCHEMA_VERSION,
      settings: { uiLanguage: 'en' },
      institution: null,
      hotels: [],
    });
    expect(JSON.parse(await readFile(visitFile, 'utf8'))).toEqual({
      schemaVersion: SCHEMA_VERSION,
      visit: {
        ...visit,
        title: 'Stamped',
        updatedAt: expect.any(String),
        revision: expect.any(Number),
        changedAt: expect.any(String),
        // The file was written anew without a history: it starts with this change.
        history: [expect.anything()],
      },
    });
  });

  it('keeps an institution or register a document already has', () => {
    const register = { entries: [], counters: { '2026': 4 } };

    expect(
      migrate({ schemaVersion: 1, settings: { uiLanguage: 'az' }, institution: null, register }, migration2)
        .doc,
    ).toMatchObject({ register });
  });
});

describe('migration 3: the hotel directory and the stays of a visit', () => {
  const upTo3 = MIGRATIONS.slice(0, 3);

  it('adds an empty hotel directory to the shared document and keeps one it already has', () => {
    const v2 = {
      schemaVersion: 2,
      settings: { uiLanguage: 'en' },
      institution: null,
      register: { entries: [], counters: {} },
    };

    expect(migrate(v2, upTo3).doc).toEqual({ ...v2, schemaVersion: 3, hotels: [] });
    expect(migrate({ ...v2, hotels: [{ id: 'h', name: 'Kept' }] }, upTo3).doc).toMatchObject({
      hotels: [{ id: 'h', name: 'Kept' }],
    });
    expect(v2).not.toHaveProperty('hotels');
  });

  it('gives a visit document an empty list of stays and keeps one it already has', () => {
    const visit = { id: 'v1', title: 'Delegation', guests: [] };

    expect(migrate({ schemaVersion: 2, visit }, upTo3).doc).toEqual({
      schemaVersion: 3,
      visit: { ...visit, stays: [] },
    });
    expect(migrate({ schemaVersion: 2, visit: { ...visit, stays: [{ id: 's' }] } }, upTo3).doc).toMatchObject(
      { visit: { stays: [{ id: 's' }] } },
    );
  });
});

describe('migration 4: the programme, rooms held, and how guests travel', () => {
  const upTo4 = MIGRATIONS.slice(0, 4);
  /** A journey as version 3 stored it: no mode, terminal or pickup. */
  const oldLeg = (date: string, time: string, flight: string) => ({ date, time, flight, airport: 'GYD' });
  const newLeg = (date: string, time: string, flight: string) => ({
    mode: 'flight',
    date,
    time,
    flight,
    airport: 'GYD',
    terminal: '',
    pickup: { vehicle: '', driver: '', escort: '', leaveAt: '' },
  });

  it('gives a visit an empty programme and no rooms held, and each journey a mode, a terminal and an empty pickup', () => {
    const v3 = {
      schemaVersion: 3,
      visit: {
        id: 'v1',
        stays: [],
        guests: [
          { id: 'g1', arrival: oldLeg('2026-05-12', '14:35', 'TK 334'), departure: oldLeg('', '', '') },
        ],
      },
    };

    expect(migrate(v3, upTo4).doc).toEqual({
      schemaVersion: 4,
      visit: {
        id: 'v1',
        stays: [],
        programme: [],
        roomBlocks: [],
        guests: [
          { id: 'g1', arrival: newLeg('2026-05-12', '14:35', 'TK 334'), departure: newLeg('', '', '') },
        ],
      },
    });
    expect(v3.visit).not.toHaveProperty('programme');
  });

  it('keeps a programme, rooms held, a train or a pickup a document already has', () => {
    const train = {
      ...oldLeg('2026-05-12', '09:00', '37'),
      mode: 'train',
      terminal: '2',
      pickup: { vehicle: 'X', driver: '', escort: '', leaveAt: '08:00' },
    };
    const visit = {
      id: 'v1',
      guests: [{ id: 'g1', arrival: train }],
      programme: [{ id: 'p' }],
      roomBlocks: [{ hotelId: 'h', rooms: 2 }],
    };

    expect(migrate({ schemaVersion: 3, visit }, upTo4).doc).toEqual({ schemaVersion: 4, visit });
  });

  it('leaves the shared document as it was but for its stamp', () => {
    const shared = {
      schemaVersion: 3,
      settings: { uiLanguage: 'az' },
      institution: null,
      register: { entries: [], counters: {} },
      hotels: [],
    };

    expect(migrate(shared, upTo4).doc).toEqual({ ...shared, schemaVersion: 4 });
  });

  it('opens a version 3 visit file, and writes it back with the new parts on its next save', async () => {
    const dir = await dirs.make();
    const first = await Store.open(dir, { snapshotEveryMs: 0 });
    const { visit } = await new VisitService(first).create(visitData(), [guestData()]);
    await first.close();
    const [guest] = visit.guests;
    if (!guest) throw new Error('no guest');
    const { programme, roomBlocks, ...v3Visit } = visit;
    expect([programme, roomBlocks]).toEqual([[], []]);
    const v3Guest = {
      ...guest,
      arrival: oldLeg('2026-05-12', '14:35', 'TK 334'),
      departure: oldLeg('2026-05-15', '17:50', 'TK 335'),
    };
    const visitFile = join(dir, 'visits', `${visit.id}.json`);
    await writeFile(
      visitFile,
      JSON.stringify({ schemaVersion: 3, visit: { ...v3Visit, guests: [v3Guest] } }),
    );

    const store = await Store.open(dir, { snapshotEveryMs: 0 });
    const loaded = store.getVisit(visit.id);
    const service = new VisitService(store);
    const transfers = service.get(visit.id).planning.transfers;
    await service.update(visit.id, visitData({ title: 'Stamped' }));
    await store.close();

    expect(store.notices).toEqual([]);
    expect(loaded).toMatchObject({ programme: [], roomBlocks: [] });
    expect(loaded?.guests[0]?.arrival).toEqual(newLeg('2026-05-12', '14:35', 'TK 334'));
    expect(transfers.map((t) => [t.direction, t.number])).toEqual([
      ['arrival', 'TK 334'],
      ['departure', 'TK 335'],
    ]);
    const written = JSON.parse(await readFile(visitFile, 'utf8')) as {
      schemaVersion: number;
      visit: Record<string, unknown>;
    };
    expect(written).toMatchObject({
      schemaVersion: SCHEMA_VERSION,
      visit: { title: 'Stamped', programme: [], roomBlocks: [] },
    });
    expect(written.visit.guests).toEqual([
      {
        ...guest,
        arrival: newLeg('2026-05-12', '14:35', 'TK 334'),
        departure: newLeg('2026-05-15', '17:50', 'TK 335'),
      },
    ]);
  });
});

describe('migration 5: the letter register leaves the shared document for its own log', () => {
  const FIXTURE = join(__dirname, '../../fixtures/version-4');
  /** A folder as Qonaq wrote it at version 4: an institution, a visit, letters in 2026 and 2027, one re-issued. */
  async function version4Folder(): Promise<{ dir: string; shared: V4Shared; visitName: string }> {
    const dir = await dirs.make();
    await cp(FIXTURE, dir, { recursive: true });
    const shared = JSON.parse(await readFile(join(dir, SHARED_FILE), 'utf8')) as V4Shared;
    const [visitName = ''] = await readdir(join(dir, 'visits'));
    return { dir, shared, visitName };
  }
  interface V4Shared {
    schemaVersion: number;
    register: { entries: RegisterEntry[]; counters: Record<string, number> };
    [key: string]: unknown;
  }

  it('leaves the document as it was but for its stamp: the store moves the register', () => {
    const shared = {
      schemaVersion: 4,
      settings: { uiLanguage: 'az' },
      institution: null,
      register: { entries: [], counters: { '2026': 3 } },
      hotels: [],
    };

    expect(migrate(shared, MIGRATIONS.slice(0, 5)).doc).toEqual({ ...shared, schemaVersion: 5 });
  });

  it('opens a version-4 folder: every letter and counter goes to register/YYYY.jsonl, then qonaq.json is written without them', async () => {
    const { dir, shared, visitName } = await version4Folder();
    expect(shared.schemaVersion).toBe(4);
    expect(shared.register.entries.map((e) => [e.number, e.revision])).toEqual([
      ['BƏ-0001/2026', 2],
      ['BƏ-0002/2026', 1],
      ['BƏ-0001/2027', 1],
    ]);

    const store = await Store.open(dir, { snapshotEveryMs: 0 });
    const register = await store.register();
    const entries = register.entries;
    const counters = register.counters();
    await store.close();

    expect(store.notices).toEqual([]);
    expect(entries).toEqual(shared.register.entries);
    expect(counters).toEqual(shared.register.counters);
    const { register: _gone, ...rest } = shared;
    // Fields added since (with their defaults) are written out with the document; nothing else changes.
    expect(JSON.parse(await readFile(join(dir, SHARED_FILE), 'utf8'))).toEqual({
      ...rest,
      institution: { ...(rest.institution as object), taxId: '' },
      schemaVersion: SCHEMA_VERSION,
    });
    expect(await readdir(join(dir, 'register'))).toEqual(['2026.jsonl', '2027.jsonl']);
    expect(await registerOnDisk(dir)).toEqual(shared.register);
    // Visit documents are stamped on their next write, as before.
    expect(JSON.parse(await readFile(join(dir, 'visits', visitName), 'utf8'))).toMatchObject({
      schemaVersion: 4,
    });
  });

  it('numbers the next letter after the last one of the old register, and re-issues an old letter under its number', async () => {
    const { dir, shared } = await version4Folder();
    const store = await Store.open(dir, { snapshotEveryMs: 0 });
    const letters = new LetterService(store, () => new Date('2027-02-01T08:00:00Z'));
    const [old] = shared.register.entries;
    if (!old) throw new Error('no letter in the fixture');
    const request = letterRequestSchema.parse({
      visitId: old.visitId,
      guestId: old.guestId,
      kind: 'visaInvitation',
      language: 'az',
      signatoryId: 'vice-rector',
      options: { cities: 'Baku', accommodation: 'Hotel Qafqaz', costs: [] },
    });

    // The fixture's texts were written in English: the officer confirms them for the Azerbaijani letter.
    const missingTexts = (['az', old.language] as const).flatMap(
      (language) =>
        letters.check({ visitId: old.visitId, guestId: old.guestId, kind: 'visaInvitation', language })
          .missingTexts,
    );
    const texts = missingTexts.map(({ owner, visitId, id, field, language, original }) => ({
      owner,
      visitId,
      id,
      field,
      language,
      value: original,
    }));
    if (texts.length > 0) await translateTexts(store, { texts }, () => new Date('2027-02-01T08:00:00Z'));
    const next = await letters.issue(request);
    const again = await letters.issue({ ...request, language: old.language }, old.id);
    await store.close();

    expect(next.entry.number).toBe('BƏ-0002/2027');
    expect(again.entry).toMatchObject({ number: 'BƏ-0001/2026', revision: 3 });
    expect((await registerOnDisk(dir)).counters).toEqual({ '2026': 2, '2027': 2 });
  });

  it('unites, by entry id, a register found both in the log and in qonaq.json (a crash between the two writes)', async () => {
    const { dir, shared } = await version4Folder();
    const v4Bytes = await readFile(join(dir, SHARED_FILE), 'utf8');
    const first = await Store.open(dir, { snapshotEveryMs: 0 });
    await first.register();
    await first.close();
    const logBytes = await readFile(join(dir, 'register', '2026.jsonl'), 'utf8');
    // As if the process had died after the log was synced and before qonaq.json was replaced.
    await writeFile(join(dir, SHARED_FILE), v4Bytes);

    const store = await Store.open(dir, { snapshotEveryMs: 0 });
    const register = await store.register();
    const state = { entries: register.entries, counters: register.counters() };
    await store.close();

    expect(store.notices).toEqual([]);
    expect(state).toEqual(shared.register);
    expect(await readFile(join(dir, 'register', '2026.jsonl'), 'utf8')).toBe(logBytes);
    expect(JSON.parse(await readFile(join(dir, SHARED_FILE), 'utf8'))).not.toHaveProperty('register');
  });
});

describe('migration 6: texts in each document language', () => {
  it('opens a version-5 visit and shared document unchanged but for the version, and an older version-5 app would refuse the result', async () => {
    const { dir, visitName } = await version4FolderOpened();
    const visitBefore = JSON.parse(await readFile(join(dir, 'visits', visitName), 'utf8')) as Record<
      string,
      unknown
    >;

    const { doc, from } = migrate({ ...visitBefore, schemaVersion: 5 }, MIGRATIONS.slice(0, 6));

    expect(from).toBe(5);
    expect(doc).toEqual({ ...visitBefore, schemaVersion: 6 });
    expect(() => migrate(doc, MIGRATIONS.slice(0, 5))).toThrow(
      expect.objectContaining({ code: 'storeNewerVersion' }),
    );
    // Read as this version reads it: migration 7 changes nothing of it either.
    const parsed = visitDocSchema.parse(migrate(doc).doc);
    expect(parsed.visit.translations).toBeUndefined();
    expect(parsed.visit.guests.every((g) => g.placeOfBirth === '' && g.homeAddress === '')).toBe(true);
  });

  async function version4FolderOpened(): Promise<{ dir: string; visitName: string }> {
    const dir = await dirs.make();
    await cp(join(__dirname, '../../fixtures/version-4'), dir, { recursive: true });
    const [visitName = ''] = await readdir(join(dir, 'visits'));
    return { dir, visitName };
  }
});

describe('migration 7: partners, agreements and visit reports', () => {
  it('a version-6 visit opens unchanged but for the version; it links to no partner and has no report; a version-6 app refuses it', async () => {
    const { dir, visitName } = await version4FolderOpened();
    const visitBefore = JSON.parse(await readFile(join(dir, 'visits', visitName), 'utf8')) as Record<
      string,
      unknown
    >;

    const { doc, from } = migrate({ ...visitBefore, schemaVersion: 6 }, MIGRATIONS.slice(0, 7));

    expect(from).toBe(6);
    expect(doc).toEqual({ ...visitBefore, schemaVersion: 7 });
    expect(() => migrate(doc, MIGRATIONS.slice(0, 6))).toThrow(
      expect.objectContaining({ code: 'storeNewerVersion' }),
    );
    const parsed = visitDocSchema.parse(migrate(doc).doc);
    expect(parsed.visit.partnerIds).toEqual([]);
    expect(parsed.visit.report).toBeUndefined();
    expect(parsed.visit.programme.every((item) => item.agreementId === '')).toBe(true);
  });

  async function version4FolderOpened(): Promise<{ dir: string; visitName: string }> {
    const dir = await dirs.make();
    await cp(join(__dirname, '../../fixtures/version-4'), dir, { recursive: true });
    const [visitName = ''] = await readdir(join(dir, 'visits'));
    return { dir, visitName };
  }
});

describe('migration 8: who changed what', () => {
  it('a version-7 visit opens unchanged but for the version, with no history; its next change starts one; a version-7 app refuses it', async () => {
    const dir = await dirs.make();
    await cp(join(__dirname, '../../fixtures/version-4'), dir, { recursive: true });
    const [visitName = ''] = await readdir(join(dir, 'visits'));
    const file = join(dir, 'visits', visitName);
    const visitBefore = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;

    const { doc, from } = migrate({ ...visitBefore, schemaVersion: 7 }, MIGRATIONS.slice(0, 8));

    expect(from).toBe(7);
    expect(doc).toEqual({ ...visitBefore, schemaVersion: 8 });
    expect(() => migrate(doc, MIGRATIONS.slice(0, 7))).toThrow(
      expect.objectContaining({ code: 'storeNewerVersion' }),
    );
    // Read as this version reads it (the later migrations applied too).
    const parsed = visitDocSchema.parse(migrate(doc).doc);
    expect(parsed.visit.history).toBeUndefined();
    expect(parsed.visit.changedBy).toBeUndefined();

    const store = await Store.open(dir, { snapshotEveryMs: 0, now: () => new Date('2027-03-01T09:00:00Z') });
    await store.updateSettings({ officerName: 'Aynur Məmmədova' });
    const id = parsed.visit.id;
    await new VisitService(store, () => new Date('2027-03-01T09:00:00Z')).update(id, {
      ...visitData({ title: 'Renamed after the upgrade' }),
      arrivalDate: parsed.visit.arrivalDate,
      departureDate: parsed.visit.departureDate,
    });
    await store.close();
    const onDisk = JSON.parse(await readFile(file, 'utf8')) as {
      schemaVersion: number;
      visit: { changedBy: string; changedAt: string; history: unknown[] };
    };
    expect(onDisk.schemaVersion).toBe(SCHEMA_VERSION);
    expect(onDisk.visit.changedBy).toBe('Aynur Məmmədova');
    expect(onDisk.visit.changedAt).toBe('2027-03-01T09:00:00.000Z');
    expect(onDisk.visit.history).toHaveLength(1);
  });
});

describe('migration 9: office sharing', () => {
  it('a version-8 visit and shared document open unchanged but for the version; a version-8 app refuses them', async () => {
    // Arrange: the version-4 fixture brought to version 8 (its content is what version 8 wrote)
    const dir = await dirs.make();
    await cp(join(__dirname, '../../fixtures/version-4'), dir, { recursive: true });
    const [visitName = ''] = await readdir(join(dir, 'visits'));
    const visit = JSON.parse(await readFile(join(dir, 'visits', visitName), 'utf8')) as Record<
      string,
      unknown
    >;
    const shared = JSON.parse(await readFile(join(dir, 'qonaq.json'), 'utf8')) as Record<string, unknown>;

    for (const before of [visit, shared]) {
      // Act
      const { doc, from } = migrate({ ...before, schemaVersion: 8 });

      // Assert
      expect(from).toBe(8);
      expect(doc).toEqual({ ...before, schemaVersion: 9 });
      expect(() => migrate(doc, MIGRATIONS.slice(0, 8))).toThrow(
        expect.objectContaining({ code: 'storeNewerVersion' }),
      );
    }
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
    expect(migrate({ schemaVersion: 3, title: 'x', tags: ['a'] }, migrations).doc).toEqual({
      schemaVersion: 3,
      title: 'x',
      tags: ['a'],
    });
  });

  it('refuses a document from a newer version with storeNewerVersion', () => {
    expect(() => migrate({ schemaVersion: 4 }, migrations)).toThrow(AppError);
    try {
      migrate({ schemaVersion: SCHEMA_VERSION + 1 });
    } catch (error) {
      expect(error).toMatchObject({
        code: 'storeNewerVersion',
        params: { found: SCHEMA_VERSION + 1, supported: SCHEMA_VERSION },
      });
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
      schemaVersion: SCHEMA_VERSION,
      settings: { uiLanguage: 'az' },
      institution: null,
      register: { entries: [], counters: {} },
      hotels: [],
    });
  });

  it('says why bytes are not a document', () => {
    expect(() => parseDocument('{', sharedDocSchema)).toThrow(new NotADocumentError('invalidJson'));
    expect(() => parseDocument('{"schemaVersion":1,"visit":{}}', visitDocSchema)).toThrow(
      new NotADocumentError('failsSchema'),
    );
  });
});
