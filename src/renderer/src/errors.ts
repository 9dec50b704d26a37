import type { TFunction } from 'i18next';
import { AppError, ARCHIVE_PROBLEMS, type FieldError } from '../../shared/errors';
import { formatDateLong, isCalendarDate } from '../../shared/dates';
import { isLanguage } from '../../shared/languages';
import { isOneOf } from '../../shared/one-of';
import type { TemplateProblem } from '../../shared/letterhead-template';
import { ATTACHMENT_MAX_BYTES } from '../../shared/partner-constants';
import {
  ARCHIVE_MAX_BYTES,
  megabytes,
  TEMPLATE_MAX_BYTES,
  TEMPLATE_MAX_UNPACKED_BYTES,
} from '../../shared/size-limits';

/**
 * The letterhead problems that have their own message. Written out rather than imported: the module
 * that defines them checks templates with zod, which the first screen does not load. The type makes
 * the compiler hold this list to `TEMPLATE_PROBLEMS`, no more and no fewer.
 */
const TEMPLATE_PROBLEM_NAMES: Record<TemplateProblem, true> = {
  notBase64: true,
  tooLarge: true,
  notZip: true,
  noDocument: true,
  tooLargeUnpacked: true,
  suspiciousCompression: true,
  unsafeName: true,
};

const isTemplateProblem = (value: string): value is TemplateProblem =>
  Object.hasOwn(TEMPLATE_PROBLEM_NAMES, value);

const isArchiveProblem = (value: string): boolean => isOneOf(ARCHIVE_PROBLEMS, value);

/** Dates in error parameters are shown as the user reads dates, not as ISO strings. */
function readableParams(params: FieldError['params'], language: string): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(params ?? {})) {
    out[key] =
      typeof value === 'string' && isCalendarDate(value) && isLanguage(language)
        ? formatDateLong(language, value)
        : value;
  }
  return out;
}

/** Field codes that say why a whole request was refused, rather than which field to correct. */
const WHOLE_REQUEST_CODES: ReadonlySet<FieldError['code']> = new Set(['headOnly']);

export function fieldMessage(t: TFunction, error: FieldError, language: string): string {
  return t(`errors.field.${error.code}`, readableParams(error.params, language));
}

/** One sentence for any failure, in the UI language. */
export function errorMessage(t: TFunction, error: unknown, language: string): string {
  if (error instanceof AppError) {
    // A refusal about the request as a whole (not a field the form shows) is said in its own words.
    const whole = error.fields?.find((f) => WHOLE_REQUEST_CODES.has(f.code));
    if (error.code === 'validation' && whole) return fieldMessage(t, whole, language);
    if (error.code === 'validation' && error.fields?.length) return t('errors.validationSummary');
    // A refused template says why, so the office knows what to change in its file.
    const reason = error.params?.reason;
    if (error.code === 'templateInvalid' && typeof reason === 'string' && isTemplateProblem(reason)) {
      const max = reason === 'tooLargeUnpacked' ? TEMPLATE_MAX_UNPACKED_BYTES : TEMPLATE_MAX_BYTES;
      return t(`errors.templateInvalid.${reason}`, { max: megabytes(max) });
    }
    // So does a refused archive, naming the file inside it at fault.
    if (error.code === 'archiveInvalid' && typeof reason === 'string' && isArchiveProblem(reason)) {
      const max = reason === 'attachmentTooLarge' ? ATTACHMENT_MAX_BYTES : ARCHIVE_MAX_BYTES;
      return t(`errors.archiveInvalid.${reason}`, {
        file: String(error.params?.file ?? ''),
        max: megabytes(max),
      });
    }
    return t(`errors.code.${error.code}`, readableParams(error.params, language));
  }
  return t('errors.code.internal');
}

/**
 * Field errors keyed by the form's own field paths: `prefix` is the part of the path that names the
 * form's object in the call (e.g. `visit.` or `guest.`).
 */
export function fieldErrors(
  t: TFunction,
  error: unknown,
  prefix: string,
  language: string,
): Record<string, string> {
  if (!(error instanceof AppError) || !error.fields) return {};
  const out: Record<string, string> = {};
  for (const field of error.fields) {
    const path = field.path.startsWith(prefix) ? field.path.slice(prefix.length) : field.path;
    out[path] ??= fieldMessage(t, field, language);
  }
  return out;
}
