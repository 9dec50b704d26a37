import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/shared/errors';
import type { MissingText } from '../../../src/shared/texts';
import { textsMissing } from '../../../src/shared/texts-missing';

const purpose: MissingText = {
  owner: 'visit',
  id: 'v1',
  field: 'purpose',
  language: 'ru',
  original: 'Joint research',
  from: 'en',
};
const position: MissingText = {
  owner: 'guest',
  visitId: 'v1',
  id: 'g2',
  field: 'position',
  language: 'ru',
  original: 'Dekan',
  from: 'az',
};
const contact: MissingText = {
  owner: 'contact',
  id: 'institution',
  field: 'name',
  language: 'ru',
  original: 'Nigar Əliyeva',
  from: 'az',
};

describe('textsMissing', () => {
  it('names each text once as texts.<owner>.<field>, with the record, the text as typed and its language', () => {
    const error = textsMissing('ru', [purpose, position, purpose, contact]);

    expect(error).toBeInstanceOf(AppError);
    expect(error.toData()).toEqual({
      code: 'textsMissing',
      params: { language: 'ru' },
      fields: [
        {
          path: 'texts.visit.purpose',
          code: 'notInLanguage',
          params: { language: 'ru', id: 'v1', visitId: 'v1', original: 'Joint research', from: 'en' },
        },
        {
          path: 'texts.guest.position',
          code: 'notInLanguage',
          params: { language: 'ru', id: 'g2', visitId: 'v1', original: 'Dekan', from: 'az' },
        },
        {
          path: 'texts.contact.name',
          code: 'notInLanguage',
          params: { language: 'ru', id: 'institution', original: 'Nigar Əliyeva', from: 'az' },
        },
      ],
    });
  });

  it('keeps the same field of two records apart, and adds what else the document lacks after the texts', () => {
    const other = { ...position, id: 'g3', original: 'Professor' };
    const outcomes = { path: 'report.outcomes', code: 'notInLanguage' as const, params: { language: 'ru' } };

    const fields = textsMissing('ru', [position, other], [outcomes]).fields ?? [];

    expect(fields.map((f) => [f.path, f.params?.id])).toEqual([
      ['texts.guest.position', 'g2'],
      ['texts.guest.position', 'g3'],
      ['report.outcomes', undefined],
    ]);
  });
});
