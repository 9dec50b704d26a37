import type { z } from 'zod';
import { isFieldErrorCode, type ErrorParams, type FieldError, type FieldErrorCode } from './errors';

/** The kinds of zod issue a missing value raises; for those the field is `required`, not `invalid`. */
const MISSING_VALUE_ISSUES = new Set(['invalid_type', 'invalid_value', 'invalid_union']);

/**
 * A schema's error parameter that carries a field error code as the message, and `required` when the
 * value is absent. zod shows the input to error maps but leaves it out of the issues it reports, so
 * this is where a missing value can be told from a wrong one.
 */
export const fieldError = (code: FieldErrorCode) => ({
  error: (issue: { code?: string; input?: unknown }): FieldErrorCode =>
    issue.input === undefined && MISSING_VALUE_ISSUES.has(issue.code ?? '') ? 'required' : code,
});

/** The value at `path` in `input`, following own properties only; undefined when absent. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== 'object' || value === null || !Object.prototype.hasOwnProperty.call(value, key))
      return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function limitParams(issue: z.core.$ZodIssue): ErrorParams | undefined {
  if (issue.code === 'too_big') return { max: Number(issue.maximum) };
  if (issue.code === 'too_small') return { min: Number(issue.minimum) };
  return undefined;
}

/**
 * Turns zod's issues into field errors the UI can translate. Given the input that was parsed, a
 * missing value is reported as `required` whatever the schema's own message says.
 */
export function toFieldErrors(error: z.ZodError, ...input: [unknown?]): FieldError[] {
  return error.issues.flatMap((issue): FieldError[] => {
    const path = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      // One error per unknown key, so the UI can point at each of them.
      return issue.keys.map((key) => ({ path: path ? `${path}.${key}` : key, code: 'unknownField' }));
    }
    if (
      input.length > 0 &&
      MISSING_VALUE_ISSUES.has(issue.code) &&
      valueAt(input[0], issue.path) === undefined
    ) {
      return [{ path, code: 'required' }];
    }
    const params = limitParams(issue);
    const code = isFieldErrorCode(issue.message) ? issue.message : fallbackCode(issue);
    return [params && code !== 'required' ? { path, code, params } : { path, code }];
  });
}

function fallbackCode(issue: z.core.$ZodIssue): FieldErrorCode {
  switch (issue.code) {
    case 'too_big':
      return 'tooLong';
    case 'invalid_value':
      return 'invalidChoice';
    default:
      return 'invalid';
  }
}

/** What an id is made of: it names files (`visits/<id>.json`, `letters/2026/<id>-r1.docx`), so no dots, no separators. */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** Device names Windows reserves in any case and whatever the extension: `visits/CON.json` is no file there. */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

/**
 * Whether an id can name a file on Windows, macOS and Linux alike: `ID_PATTERN`, and not a device
 * name Windows reserves (`CON`, `PRN`, `AUX`, `NUL`, `COM0`–`COM9`, `LPT0`–`LPT9`, any case). Two ids
 * that differ only in case are one file on Windows and macOS: see `idFileKey`.
 */
export function isPortableId(id: string): boolean {
  return ID_PATTERN.test(id) && !WINDOWS_DEVICE.test(id);
}

/** The name under which a case-insensitive file system (Windows, macOS) keeps an id's file. */
export function idFileKey(id: string): string {
  return id.toLowerCase();
}

/** The first id of `ids` that another before it already names on a case-insensitive file system. */
export function idCollidingInCase(ids: Iterable<string>): string | undefined {
  const seen = new Set<string>();
  for (const id of ids) {
    const key = idFileKey(id);
    if (seen.has(key)) return id;
    seen.add(key);
  }
  return undefined;
}
