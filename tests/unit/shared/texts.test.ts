import { describe, expect, it } from 'vitest';
import {
  guessLanguage,
  keepTexts,
  missingByVisit,
  missingTexts,
  shownIn,
  textIn,
  TRANSLATED_FIELDS,
  withTranslation,
} from '../../../src/shared/texts';

const fields = TRANSLATED_FIELDS.visit;
const visit = {
  title: 'Ankara Universitetinin nümayəndə heyəti',
  purpose: 'Tələbə mübadiləsi',
  partnerName: '',
  hostUnit: 'Beynəlxalq əlaqələr şöbəsi',
  responsibleOfficer: 'Nigar Əliyeva',
  lang: 'az' as const,
  translations: { ru: { title: 'Делегация Анкарского университета' } },
};

describe('the language texts were first written in', () => {
  it.each([
    [['Обмен студентами'], 'ru'],
    [['Tələbə mübadiləsi'], 'az'],
    [['Rektorla görüş'], 'az'],
    [['Ankara Üniversitesi'], 'az'],
    [['Student exchange'], 'en'],
    [['', 'Student exchange', 'Обмен'], 'ru'],
    [[''], 'az'],
  ] as const)('%j is taken as %s', (texts, language) => {
    expect(guessLanguage(texts)).toBe(language);
  });
});

describe('the text a document prints', () => {
  it('takes the translation, or the text itself in the language it was written in, and nothing else', () => {
    expect(textIn(visit, 'title', 'ru', fields)).toBe('Делегация Анкарского университета');
    expect(textIn(visit, 'title', 'az', fields)).toBe('Ankara Universitetinin nümayəndə heyəti');
    expect(textIn(visit, 'purpose', 'ru', fields)).toBe('');
    expect(textIn(visit, 'purpose', 'en', fields)).toBe('');
  });

  it('on screen falls back to the text as typed', () => {
    expect(shownIn(visit, 'purpose', 'ru', fields)).toBe('Tələbə mübadiləsi');
  });

  it('guesses the language of a record that does not record it', () => {
    const old = {
      title: 'Обмен студентами',
      purpose: '',
      partnerName: '',
      hostUnit: '',
      responsibleOfficer: '',
    };
    expect(textIn(old, 'title', 'ru', fields)).toBe('Обмен студентами');
    expect(textIn(old, 'title', 'az', fields)).toBe('');
  });

  it("does not take the language of a visit from its officer's name, which prints as typed in its script's languages", () => {
    const old = {
      title: 'Student exchange',
      purpose: '',
      partnerName: '',
      hostUnit: '',
      responsibleOfficer: 'Nigar Əliyeva',
    };
    expect(textIn(old, 'title', 'en', fields)).toBe('Student exchange');
    expect(textIn(old, 'responsibleOfficer', 'en', fields)).toBe('Nigar Əliyeva');
    expect(textIn(old, 'responsibleOfficer', 'az', fields)).toBe('Nigar Əliyeva');
    expect(textIn(old, 'responsibleOfficer', 'ru', fields)).toBe('');

    const typedInCyrillic = { ...old, lang: 'az' as const, responsibleOfficer: 'Нигяр Алиева' };
    expect(textIn(typedInCyrillic, 'responsibleOfficer', 'ru', fields)).toBe('Нигяр Алиева');
    expect(textIn(typedInCyrillic, 'responsibleOfficer', 'az', fields)).toBe('');
    const spelled = { ...typedInCyrillic, translations: { az: { responsibleOfficer: 'Nigar Əliyeva' } } };
    expect(textIn(spelled, 'responsibleOfficer', 'az', fields)).toBe('Nigar Əliyeva');
  });
});

describe('what a document in a language lacks', () => {
  it('lists each non-empty text with no version in that language, with the text to translate from', () => {
    expect(missingTexts('visit', visit, fields, 'ru', { id: 'v1' })).toEqual([
      {
        owner: 'visit',
        id: 'v1',
        field: 'purpose',
        language: 'ru',
        original: 'Tələbə mübadiləsi',
        from: 'az',
      },
      {
        owner: 'visit',
        id: 'v1',
        field: 'hostUnit',
        language: 'ru',
        original: 'Beynəlxalq əlaqələr şöbəsi',
        from: 'az',
      },
      {
        owner: 'visit',
        id: 'v1',
        field: 'responsibleOfficer',
        language: 'ru',
        original: 'Nigar Əliyeva',
        from: 'az',
      },
    ]);
    expect(missingTexts('visit', visit, fields, 'en', { id: 'v1' }).map((m) => m.field)).toEqual([
      'title',
      'purpose',
      'hostUnit',
    ]);
    expect(missingTexts('visit', visit, fields, 'az', { id: 'v1' })).toEqual([]);
  });
});

describe('keeping translations through a save', () => {
  it('keeps the translations and language of the stored record when the form leaves them out', () => {
    const sent = {
      title: 'Changed title',
      purpose: 'Tələbə mübadiləsi',
      partnerName: '',
      hostUnit: '',
      responsibleOfficer: '',
    };
    expect(keepTexts(sent, visit, fields)).toEqual({ ...sent, lang: 'az', translations: visit.translations });
  });

  it('records the guessed language of a new record once', () => {
    expect(
      keepTexts(
        { title: 'Визит', purpose: '', partnerName: '', hostUnit: '', responsibleOfficer: '' },
        undefined,
        fields,
      ),
    ).toEqual({
      title: 'Визит',
      purpose: '',
      partnerName: '',
      hostUnit: '',
      responsibleOfficer: '',
      lang: 'ru',
    });
  });

  it('sets one translation and drops an emptied one, leaving the others', () => {
    const added = withTranslation(visit, 'purpose', 'ru', '  Обмен студентами ');
    expect(added.translations).toEqual({
      ru: { title: 'Делегация Анкарского университета', purpose: 'Обмен студентами' },
    });
    expect(withTranslation(added, 'title', 'ru', '').translations).toEqual({
      ru: { purpose: 'Обмен студентами' },
    });
  });
});

describe('a name of a person is spelled, a name of a place is translated', () => {
  const contact = { name: 'Nigar Əliyeva', lang: 'az' as const, translations: {} };
  const hotel = { name: 'Qafqaz Otel', address: 'Neftçilər prospekti 12', city: 'Bakı', lang: 'az' as const };

  it('prints the verification contact’s Latin name in Azerbaijani and English, and asks for it in Russian', () => {
    const c = TRANSLATED_FIELDS.contact;

    expect(textIn(contact, 'name', 'az', c)).toBe('Nigar Əliyeva');
    expect(textIn(contact, 'name', 'en', c)).toBe('Nigar Əliyeva');
    expect(textIn(contact, 'name', 'ru', c)).toBe('');
    expect(missingTexts('contact', contact, c, 'en', { id: 'institution' })).toEqual([]);
    expect(missingTexts('contact', contact, c, 'ru', { id: 'institution' })).toEqual([
      {
        owner: 'contact',
        id: 'institution',
        field: 'name',
        language: 'ru',
        original: 'Nigar Əliyeva',
        from: 'az',
      },
    ]);
  });

  it('prints a Cyrillic contact name in Russian only', () => {
    const c = TRANSLATED_FIELDS.contact;
    const cyrillic = { ...contact, name: 'Нигяр Алиева' };

    expect(textIn(cyrillic, 'name', 'ru', c)).toBe('Нигяр Алиева');
    expect(textIn(cyrillic, 'name', 'en', c)).toBe('');
  });

  it('still asks for a hotel’s Latin name in an English document when it was written in Azerbaijani', () => {
    const h = TRANSLATED_FIELDS.hotel;

    expect(textIn(hotel, 'name', 'az', h)).toBe('Qafqaz Otel');
    expect(textIn(hotel, 'name', 'en', h)).toBe('');
    expect(missingTexts('hotel', hotel, h, 'en', { id: 'h1' }).map((m) => m.field)).toEqual([
      'name',
      'address',
      'city',
    ]);
  });
});

describe('missing texts by visit', () => {
  it('puts a visit’s own texts with its guests’ and items’, and a hotel’s apart, in the order first met', () => {
    const m = (owner: 'visit' | 'guest' | 'item' | 'hotel', id: string, visitId?: string) => ({
      owner,
      id,
      ...(visitId ? { visitId } : {}),
      field: 'title',
      language: 'ru' as const,
      original: 'x',
      from: 'en' as const,
    });

    const groups = missingByVisit([
      m('guest', 'g1', 'v2'),
      m('visit', 'v1'),
      m('hotel', 'h1'),
      m('item', 'i1', 'v1'),
      m('visit', 'v2'),
    ]);

    expect(groups.map(([key, list]) => [key, list.map((t) => t.id)])).toEqual([
      ['v2', ['g1', 'v2']],
      ['v1', ['v1', 'i1']],
      ['h1', ['h1']],
    ]);
  });
});
