import type { z } from 'zod';
import { isFieldErrorCode, type FieldError } from './errors';

/** Turns zod's issues into field errors the UI can translate. */
export function toFieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    if (isFieldErrorCode(issue.message)) return { path, code: issue.message };
    switch (issue.code) {
      case 'invalid_type':
        return { path, code: issue.input === undefined ? 'required' : 'invalid' };
      case 'too_big':
        return { path, code: 'tooLong', params: { max: Number(issue.maximum) } };
      case 'invalid_value':
        return { path, code: 'invalidChoice' };
      case 'unrecognized_keys':
        return { path: [path, ...issue.keys].filter(Boolean).join('.'), code: 'unknownField' };
      default:
        return { path, code: 'invalid' };
    }
  });
}
