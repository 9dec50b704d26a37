import { z } from 'zod';
import { inspectTemplateBase64 } from './letterhead-template';
import { fieldError } from './validation';

/** A letterhead template as sent and stored, checked by the rules in letterhead-template.ts. */

export const templateFileNameSchema = z
  .string(fieldError('invalid'))
  .trim()
  .min(1, fieldError('required'))
  .max(200, fieldError('tooLong'));

export const letterheadTemplateSchema = z
  .strictObject({
    fileName: templateFileNameSchema,
    data: z.string(fieldError('invalid')),
  })
  .superRefine((template, ctx) => {
    const problem = inspectTemplateBase64(template.data);
    if (problem) {
      const message = problem === 'tooLarge' || problem === 'tooLargeUnpacked' ? 'tooLong' : 'invalid';
      ctx.addIssue({ code: 'custom', path: ['data'], message });
    }
  });
export type LetterheadTemplate = z.output<typeof letterheadTemplateSchema>;
