import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../../../src/shared/languages';
import type { HistoryChange } from '../../../src/shared/visit-history';
import { changeSentence } from '../../../src/renderer/src/visits/history-sentence';

const ROOT = join(__dirname, '../../..');
const translators = new Map<Language, TFunction>();

beforeAll(async () => {
  for (const language of LANGUAGES) {
    const instance = i18next.createInstance();
    const history: unknown = JSON.parse(
      readFileSync(join(ROOT, 'locales', language, 'history.json'), 'utf8'),
    );
    await instance.init({ lng: language, resources: { [language]: { translation: { history } } } });
    translators.set(language, instance.t);
  }
});

function said(language: Language, change: HistoryChange): string {
  const t = translators.get(language);
  if (!t) throw new Error(language);
  return changeSentence(t, change);
}

describe('a change of a visit in words', () => {
  const cases: [HistoryChange, Record<Language, string>][] = [
    [
      { kind: 'visit', action: 'changed', fields: ['title'] },
      { en: 'Title changed', az: 'Başlıq dəyişdirildi', ru: 'Изменено: название' },
    ],
    [
      { kind: 'guest', action: 'added', label: 'Ivan IVANOV' },
      {
        en: 'Guest added: Ivan IVANOV',
        az: 'Qonaq əlavə edildi: Ivan IVANOV',
        ru: 'Добавлен гость: Ivan IVANOV',
      },
    ],
    [
      { kind: 'item', action: 'changed', label: 'Meeting with the rector', fields: ['startTime', 'endTime'] },
      {
        en: 'Programme item “Meeting with the rector”: start time, end time changed',
        az: '“Meeting with the rector” tədbiri: başlama vaxtı, bitmə vaxtı dəyişdirildi',
        ru: 'Пункт программы «Meeting with the rector», изменено: время начала, время окончания',
      },
    ],
    [
      // A programme item's guests are two stored fields, said once.
      { kind: 'item', action: 'changed', label: 'Lunch & talks <b>', fields: ['allGuests', 'guestIds'] },
      {
        en: 'Programme item “Lunch & talks <b>”: guests changed',
        az: '“Lunch & talks <b>” tədbiri: qonaqlar dəyişdirildi',
        ru: 'Пункт программы «Lunch & talks <b>», изменено: гости',
      },
    ],
    [
      { kind: 'stay', action: 'added' },
      {
        en: 'Stay added: a hotel no longer in the list',
        az: 'Yaşayış əlavə edildi: siyahıda artıq olmayan otel',
        ru: 'Добавлено проживание: гостиница, которой больше нет в списке',
      },
    ],
  ];

  for (const [change, expected] of cases) {
    for (const language of LANGUAGES) {
      it(`${change.kind} ${change.action} in ${language}: ${expected[language]}`, () => {
        expect(said(language, change)).toBe(expected[language]);
      });
    }
  }
});
