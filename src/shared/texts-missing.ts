import { AppError, type ErrorParams, type FieldError } from './errors';
import type { Language } from './languages';
import { missingKey, visitOfMissing, type MissingText } from './texts';

/**
 * How every document (letter, itinerary, calendar file, report, visit's report) names a text it
 * cannot print because it is not written in the document's language (decision 0023): one field error
 * per text, `texts.<owner>.<field>`, with in `params` the record (`id`, and `visitId` where the record
 * belongs to a visit), the text as typed (`original`) and its language (`from`): what the
 * missing-texts panel takes to ask for it.
 */
export function missingTextField(m: MissingText): FieldError {
  const visitId = visitOfMissing(m);
  const params: ErrorParams = {
    language: m.language,
    id: m.id,
    ...(visitId === undefined ? {} : { visitId }),
    original: m.original,
    from: m.from,
  };
  return { path: `texts.${m.owner}.${m.field}`, code: 'notInLanguage', params };
}

/**
 * The refusal of a document in `language` that would print the `missing` texts, each named once
 * (the visit's purpose lacking for every guest of a group is one text). `others` are what else the
 * document lacks in that language and is written elsewhere (a visit's report's own outcomes).
 */
export function textsMissing(
  language: Language,
  missing: readonly MissingText[],
  others: readonly FieldError[] = [],
): AppError {
  const once = new Map(missing.map((m) => [missingKey(m), m]));
  return new AppError('textsMissing', { language }, [...[...once.values()].map(missingTextField), ...others]);
}
