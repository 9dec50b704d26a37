import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { BUSY_WEEK, datasetFiles, generateDataset } from '../../../bench/generator';
import { addDays } from '../../../src/shared/dates';
import { visitSchema } from '../../../src/shared/domain';
import { parseDocument, sharedDocSchema, visitDocSchema } from '../../../src/core/store/documents';
import { parseRegisterLines } from '../../../src/core/store/register-lines';
import { visitTransfers } from '../../../src/core/planning/transfers';
import { untranslatedPools } from '../../../bench/pool-texts';
import { LANGUAGES } from '../../../src/shared/languages';
import { missingTexts, TRANSLATED_FIELDS } from '../../../src/shared/texts';

const digest = (files: Map<string, string>) => {
  const hash = createHash('sha256');
  for (const [path, text] of [...files].sort(([a], [b]) => a.localeCompare(b)))
    hash.update(`${path}\n${text}`);
  return hash.digest('hex');
};

describe('the benchmark data generator', () => {
  const data = generateDataset({ size: '1y', seed: 42 });

  it('gives the same bytes from the same seed, and other bytes from another', () => {
    expect(digest(datasetFiles(generateDataset({ size: '1y', seed: 42 })))).toBe(digest(datasetFiles(data)));
    expect(digest(datasetFiles(generateDataset({ size: '1y', seed: 43 })))).not.toBe(
      digest(datasetFiles(data)),
    );
  });

  it('draws the same visits as before they carried translations (the other benchmarks compare)', () => {
    // The digest of seed 42's files with each visit's `lang` and `translations` left out, as the
    // generator made them before it wrote translations, and the schema's number as it was then (7): a
    // migration that changes no content raises it in every file.
    const withoutTexts = new Map(
      [...datasetFiles(data)].map(([path, text]): [string, string] => {
        text = text.replace(/^ {2}"schemaVersion": \d+,$/m, '  "schemaVersion": 7,');
        if (!path.startsWith('visits/')) return [path, text];
        const doc = JSON.parse(text) as { visit: Record<string, unknown> };
        delete doc.visit.lang;
        delete doc.visit.translations;
        return [path, `${JSON.stringify(doc, null, 2)}\n`];
      }),
    );
    expect(digest(withoutTexts)).toBe('a18688b1a80572adede9305dbe985b751149e4cae6dab9858ab96d59732e8890');
  });

  it('gives every visit its title, purpose, partner, host unit and officer in Azerbaijani and Russian', () => {
    expect(untranslatedPools()).toEqual([]);
    for (const visit of data.visits) {
      expect(visit.lang).toBe('en');
      for (const language of LANGUAGES) {
        const fields = TRANSLATED_FIELDS.visit;
        expect(missingTexts('visit', visit, fields, language, { id: visit.id })).toEqual([]);
      }
    }
    const ankara = data.visits.find((v) => v.partnerName === 'Ankara University');
    expect(ankara?.translations?.az?.partnerName).toBe('Ankara Universiteti');
    expect(ankara?.translations?.ru?.partnerName).toBe('Анкарский университет');
    const leyla = data.visits.find((v) => v.responsibleOfficer === 'Leyla Məmmədova');
    expect(leyla?.translations?.ru?.responsibleOfficer).toBe('Лейла Мамедова');
    const office = data.visits.find((v) => v.hostUnit === 'International Relations Office');
    expect(office?.translations?.az?.hostUnit).toBe('Beynəlxalq əlaqələr şöbəsi');
    expect(office?.translations?.ru?.hostUnit).toBe('Отдел международных связей');
    const mou = data.visits.find((v) => v.purpose === 'signing of a memorandum of understanding');
    expect(mou?.translations?.az?.purpose).toBe('anlaşma memorandumunun imzalanması');
    expect(mou?.translations?.ru?.purpose).toBe('подписание меморандума о взаимопонимании');
    const titled = data.visits.find(
      (v) => v.title === 'Tsinghua University: a conference on energy transition',
    );
    expect(titled?.translations?.ru?.title).toBe(
      'Университет Цинхуа: конференция по энергетическому переходу',
    );
  });

  it('makes a year of visits that pass the visit schema unchanged', () => {
    expect(data.visits).toHaveLength(300);
    for (const visit of data.visits) expect(visitSchema.parse(visit)).toEqual(visit);
  });

  it('writes documents the store reads back as they were', () => {
    const registerLines: unknown[] = [];
    for (const [path, text] of datasetFiles(data)) {
      if (path.startsWith('register/')) {
        const parsed = parseRegisterLines(Buffer.from(text, 'utf8'));
        expect(parsed.damaged || parsed.tornTail).toBe(false);
        registerLines.push(...parsed.events);
        continue;
      }
      const read =
        path === 'qonaq.json' ? parseDocument(text, sharedDocSchema) : parseDocument(text, visitDocSchema);
      expect(read).toEqual(JSON.parse(text));
    }
    expect(registerLines).toHaveLength(data.shared.register?.entries.length ?? -1);
  });

  it('fills visits with guests in Latin and Cyrillic, programmes, stays and letters', () => {
    const guests = data.visits.flatMap((v) => v.guests);
    expect(guests.length / data.visits.length).toBeGreaterThan(5);
    expect(guests.some((g) => /\p{Script=Cyrillic}/u.test(g.nameCyrillic))).toBe(true);
    expect(data.visits.every((v) => v.programme.length >= 10 && v.stays.length > 0)).toBe(true);
    expect(guests.every((g) => g.arrival.pickup.vehicle !== '')).toBe(true);
    expect(data.shared.register?.entries.length).toBeGreaterThan(data.visits.length);
    const stayHotels = new Set(data.visits.flatMap((v) => v.stays.map((s) => s.hotelId)));
    expect([...stayHotels].every((id) => data.shared.hotels.some((h) => h.id === id))).toBe(true);
  });

  it('packs at least 200 programme items into the busy week', () => {
    const end = addDays(BUSY_WEEK, 7);
    const items = data.visits
      .flatMap((v) => v.programme)
      .filter((p) => p.startDate >= BUSY_WEEK && p.startDate < end);
    expect(items.length).toBeGreaterThanOrEqual(200);
  });

  it('has a delegation travelling together share one car each way, as the travel dialog saves it', () => {
    const legs = data.visits.reduce((sum, v) => sum + 2 * v.guests.length, 0);
    const transfers = data.visits.reduce((sum, v) => sum + visitTransfers(v).length, 0);
    // Most guests travel with their delegation; the odd one comes alone and is met alone.
    expect(transfers).toBeLessThan(legs / 2);
    const shared = data.visits.filter((v) =>
      visitTransfers(v).some((t) => t.direction === 'arrival' && t.guestIds.length > 1),
    );
    expect(shared.length).toBeGreaterThan(data.visits.length * 0.9);
  });
});
