import { z } from 'zod';
import { isIsoDate } from './calendar-dates';
import { fieldError as code, isPortableId } from './validation';

/**
 * Field schemas shared by every form's schema. Each carries field error codes as its messages;
 * `toFieldErrors` turns zod's issues into them.
 */
export const text = (max: number) => z.string(code('invalid')).trim().max(max, code('tooLong'));
export const requiredText = (max: number) => text(max).min(1, code('required'));
export const optionalText = (max = 200) => text(max).default('');
export const optionalEmail = z
  .string(code('invalidEmail'))
  .trim()
  .max(200, code('tooLong'))
  .refine((v) => v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), code('invalidEmail'))
  .default('');

/** Ids name files on disk, so they are held to a safe alphabet and never a name Windows reserves (`isPortableId`). */
export const idSchema = z.string(code('invalid')).refine(isPortableId, code('invalid'));

/** A calendar date `YYYY-MM-DD`. */
export const isoDate = z.string(code('invalidDate')).trim().refine(isIsoDate, code('invalidDate'));
/** A calendar date, or '' for none. */
export const optionalDate = z
  .string(code('invalidDate'))
  .trim()
  .refine((v) => v === '' || isIsoDate(v), code('invalidDate'))
  .default('');
