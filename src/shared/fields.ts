import { z } from 'zod';
import { fieldError as code } from './validation';

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
