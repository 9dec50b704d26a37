import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../../../src/shared/languages';
import type { Conflict } from '../../../src/shared/planning';
import { conflictSentence } from '../../../src/renderer/src/calendar/conflict-sentence';

const ROOT = join(__dirname, '../../..');
const translators = new Map<Language, TFunction>();

beforeAll(async () => {
  for (const language of LANGUAGES) {
    const instance = i18next.createInstance();
    const calendar: unknown = JSON.parse(
      readFileSync(join(ROOT, 'locales', language, 'calendar.json'), 'utf8'),
    );
    await instance.init({
      lng: language,
      resources: { [language]: { translation: { calendar } } },
      interpolation: { escapeValue: false },
    });
    translators.set(language, instance.t);
  }
});

function sentence(language: Language, conflict: Conflict): string {
  const t = translators.get(language);
  if (!t) throw new Error(language);
  return conflictSentence(t, language, conflict);
}

const ref = (entryId: string, title: string, startTime: string, visitId = 'v1', visitTitle = 'Ankara') => ({
  visitId,
  visitTitle,
  entryId,
  title,
  startDate: '2026-11-24',
  startTime,
});

describe('conflict sentences', () => {
  const overlap: Conflict = {
    id: 'guestOverlap:v1:b:v1:a',
    code: 'guestOverlap',
    // The core orders the pair by id; the sentence names them in the order they happen.
    entry: ref('a', 'Museum', '14:00'),
    other: ref('b', 'Lecture', '13:00'),
    params: { name: 'Prof. Ayşe Öztürk' },
  };

  it('names who, the two entries in time order, and when the overlap begins', () => {
    expect(sentence('en', overlap)).toBe(
      'Prof. Ayşe Öztürk is in two places at once: “Lecture” and “Museum” (24 November 2026, 14:00).',
    );
    expect(sentence('ru', overlap)).toBe(
      'Prof. Ayşe Öztürk: одновременно в двух местах — «Lecture» и «Museum» (24 ноября 2026, 14:00).',
    );
    expect(sentence('az', overlap)).toBe(
      'Prof. Ayşe Öztürk eyni vaxtda iki yerdədir: “Lecture” və “Museum” (24 noyabr 2026, 14:00).',
    );
  });

  it('names the visits when the entries belong to different visits', () => {
    const vehicle: Conflict = {
      ...overlap,
      code: 'vehicleOverlap',
      other: ref('b', 'Airport pickup', '13:30', 'v2', 'Kazan'),
      params: { name: '10-AB-123' },
    };
    expect(sentence('en', vehicle)).toBe(
      'Vehicle 10-AB-123 is needed in two places at once: “Airport pickup” (Kazan) and “Museum” (Ankara) (24 November 2026, 14:00).',
    );
  });

  it('gives the guest’s stay for an item outside it', () => {
    const outside: Conflict = {
      id: 'outsideGuestStay:v1:a:g1',
      code: 'outsideGuestStay',
      entry: ref('a', 'Dinner', '20:00'),
      params: {
        name: 'Ivan Petrov',
        arrival: '2026-11-25',
        arrivalTime: '09:10',
        departure: '2026-11-27',
        departureTime: '',
      },
    };
    expect(sentence('ru', outside)).toBe(
      '«Dinner» (24 ноября 2026, 20:00) выходит за сроки пребывания гостя Ivan Petrov (25 ноября 2026, 09:10 – 27 ноября 2026).',
    );
  });

  it('gives the car’s time against the flight’s', () => {
    const late: Conflict = {
      id: 'transferAfterFlight:v1:tr',
      code: 'transferAfterFlight',
      entry: ref('tr-dep-1', 'J2 021 GYD', '16:00'),
      params: { name: 'J2 021', time: '16:00', flightTime: '15:30', direction: 'departure' },
    };
    expect(sentence('az', late)).toBe(
      'J2 021 reysi üçün avtomobil gec yola düşür: avtomobil — 16:00, reys — 15:30 (24 noyabr 2026).',
    );
  });
});
