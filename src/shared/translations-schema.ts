import { z } from 'zod';
import { text } from './fields';
import { LANGUAGES } from './languages';

/** The schemas of a record's texts in several languages; the rules that read them are in texts.ts. */

/** The longest translation of each field: the same limit as the text itself. */
const LIMITS: Record<string, number> = {
  title: 200,
  purpose: 1000,
  partnerName: 200,
  hostUnit: 200,
  responsibleOfficer: 200,
  position: 200,
  organisation: 200,
  venue: 200,
  hosts: 6100,
  name: 300,
  address: 300,
  city: 100,
};

export const languageSchema = z.enum(LANGUAGES);

/** `{ ru: { purpose: 'Обмен студентами' } }`: only what was given; an empty string is no translation. */
export function translationsSchema<const F extends readonly [string, ...string[]]>(fields: F) {
  const shape = Object.fromEntries(fields.map((f) => [f, text(LIMITS[f] ?? 200).optional()])) as {
    [K in F[number]]: z.ZodOptional<ReturnType<typeof text>>;
  };
  return z.partialRecord(languageSchema, z.strictObject(shape));
}
