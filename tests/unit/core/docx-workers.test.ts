import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DocxWorkers, docxWorkerEntry, type WorkerEntry } from '../../../src/core/docx-workers/pool';
import { buildItineraries } from '../../../src/core/itinerary/bulk-build';
import { guestItinerary } from '../../../src/core/itinerary/itinerary';
import type { Result } from '../../../src/shared/errors';
import type { GuestItinerary, ItineraryFile } from '../../../src/shared/itinerary';
import type { Language } from '../../../src/shared/languages';
import { sampleInstitution } from '../letters/fixtures';
import { part, unzip } from '../letters/docx-xml';
import { guest, item, visit } from './print/fixtures';

/**
 * Itineraries built in worker threads are the files the main thread builds, and a worker that cannot
 * start or dies mid-build leaves the main thread to build them, with the same result.
 */

const institution = sampleInstitution(true);
const v = visit('v', {
  title: 'Ankara University delegation',
  lang: 'en',
  translations: {
    az: { title: 'Ankara Universitetinin nümayəndə heyəti' },
    ru: { title: 'Делегация Университета Анкары' },
  },
  guests: ['Ayşe Öztürk', 'Mehmet Yıldırım', 'Elif Kaya', 'Can Demir', 'Zeynep Şahin'].map((name, i) => {
    const [given = '', surname = ''] = name.split(' ');
    return guest(`g${i + 1}`, given, surname);
  }),
  programme: [
    item('all', {
      titles: { az: 'Rektorla görüş', en: 'Meeting the Rector', ru: 'Встреча с ректором' },
      lang: 'en',
    }),
    item('lab', {
      titles: { az: 'Laboratoriyalar', en: 'Laboratories', ru: 'Лаборатории' },
      lang: 'en',
      allGuests: false,
      guestIds: ['g2', 'g4'],
      startTime: '12:00',
      endTime: '13:00',
    }),
  ],
});
const LANGUAGES: Language[] = ['az', 'en', 'ru', 'en', 'az'];
const itineraries: GuestItinerary[] = v.guests.map((g, i) =>
  guestItinerary(v, g.id, [], institution, LANGUAGES[i] ?? 'en'),
);
// One refused: a text it would print is missing in its language.
const first = itineraries[0];
if (!first) throw new Error('no itinerary');
const refused: GuestItinerary = {
  ...first,
  missingTexts: [
    { owner: 'visit', id: 'v', field: 'title', language: first.language, original: 'Visit', from: 'en' },
  ],
};
const batch = [first, refused, ...itineraries.slice(1)];

/** What docx stamps differently in each thread (the drawing's running id) taken out; the rest kept. */
function comparable(results: Result<ItineraryFile>[]) {
  return results.map((r) => {
    if (!r.ok) return r;
    const bytes = Buffer.from(r.value.base64, 'base64');
    return {
      guestId: r.value.guestId,
      fileName: r.value.fileName,
      parts: [...unzip(bytes).keys()],
      document: part(bytes, 'word/document.xml').replace(/(<wp:docPr id=")\d+/g, '$1#'),
    };
  });
}

function brokenEntry(code: string): WorkerEntry {
  const file = join(mkdtempSync(join(tmpdir(), 'qonaq-worker-')), 'worker.js');
  writeFileSync(file, code);
  return { file, execArgv: [] };
}

const pools: DocxWorkers[] = [];
function pool(entry: () => WorkerEntry | null, size = 2): DocxWorkers {
  const made = new DocxWorkers(entry, size);
  pools.push(made);
  return made;
}
afterEach(() => {
  for (const p of pools.splice(0)) p.close();
  vi.restoreAllMocks();
});

describe('itineraries built in worker threads', () => {
  it('are the files the main thread builds, each guest’s own, in the order asked', async () => {
    const failed = vi.spyOn(console, 'error');
    const workers = pool(docxWorkerEntry, 2);
    const main = await buildItineraries(batch, institution);

    const threaded = await workers.itineraries(batch, institution);

    expect(workers.running).toBe(2);
    expect(failed).not.toHaveBeenCalled();
    expect(comparable(threaded)).toEqual(comparable(main));
    expect(threaded.map((r) => (r.ok ? r.value.guestId : r.error.code))).toEqual([
      'g1',
      'textsMissing',
      'g2',
      'g3',
      'g4',
      'g5',
    ]);
    const second = threaded[2];
    if (!second?.ok) throw new Error('the second guest was refused');
    const text = part(Buffer.from(second.value.base64, 'base64'), 'word/document.xml');
    expect(text).toContain('Mehmet');
    expect(text).toContain('Laboratories');
    expect(text).not.toContain('Öztürk');
    // The letterhead's logo, kept for the whole call, is in every file.
    for (const r of threaded)
      if (r.ok)
        expect([...unzip(Buffer.from(r.value.base64, 'base64')).keys()]).toContainEqual(
          expect.stringMatching(/^word\/media\/.+\.png$/),
        );
  });

  it('are built on the main thread, the same, when a worker cannot start', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const main = comparable(await buildItineraries(batch, institution));

    const broken = pool(() => brokenEntry("throw new Error('no worker here');"));
    expect(comparable(await broken.itineraries(batch, institution))).toEqual(main);
    const missing = pool(() => ({ file: join(tmpdir(), 'qonaq-no-such-worker.js'), execArgv: [] }));
    expect(comparable(await missing.itineraries(batch, institution))).toEqual(main);
    const none = pool(() => null);
    expect(comparable(await none.itineraries(batch, institution))).toEqual(main);
    expect(none.running).toBe(0);
  });

  it('are built on the main thread, the same, when a worker dies while building', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const dying = pool(() =>
      brokenEntry("require('node:worker_threads').parentPort.on('message', () => process.exit(3));"),
    );

    const results = await dying.itineraries(batch, institution);

    expect(comparable(results)).toEqual(comparable(await buildItineraries(batch, institution)));
    expect(logged).toHaveBeenCalled();
    expect(dying.running).toBe(0);
  });
});
