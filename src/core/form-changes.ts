import { isDeepStrictEqual } from 'node:util';
import type { z } from 'zod';
import { AppError } from '../shared/errors';
import { toFieldErrors } from '../shared/validation';

/**
 * What saving a form means when the record changed under it while it was open (another officer's
 * change came in from the office): the fields the officer changed are the form's; a field the officer
 * left alone, which changed meanwhile, keeps the record's new value, so the save does not quietly put
 * back what a colleague changed. `opened` is what the form opened with; without it (a caller that
 * does not say), the form's values stand whole, as before office sharing.
 *
 * A field is compared whole at the top level of the form (a visit's title, a guest's passport number,
 * the translations together). When any field is kept, the result is checked again against `schema`
 * (fields that are each valid may not fit together: an arrival the officer moved past a departure a
 * colleague moved), refused as `validation` under `prefix`, with what was typed left in the form.
 */
export function formChanges<S extends z.ZodType<object>>(
  schema: S,
  values: z.output<S>,
  opened: Readonly<Record<string, unknown>> | undefined,
  current: object | undefined,
  prefix: string,
): z.output<S> {
  if (!opened || !current) return values;
  // Read as the values were (defaults filled in, text trimmed), so that a field left alone compares equal.
  const read = schema.safeParse(opened);
  const before = (read.success ? read.data : opened) as Readonly<Record<string, unknown>>;
  const now = current as Record<string, unknown>;
  const merged: Record<string, unknown> = { ...(values as Record<string, unknown>) };
  let kept = false;
  for (const [key, value] of Object.entries(merged)) {
    const untouched = isDeepStrictEqual(value, before[key]);
    const changedMeanwhile = key in now && !isDeepStrictEqual(now[key], before[key]);
    if (untouched && changedMeanwhile) {
      merged[key] = now[key];
      kept = true;
    }
  }
  if (!kept) return values;
  const parsed = schema.safeParse(merged);
  if (parsed.success) return parsed.data;
  const fields = toFieldErrors(parsed.error, merged).map((f) => ({ ...f, path: `${prefix}.${f.path}` }));
  throw new AppError('validation', undefined, fields);
}
