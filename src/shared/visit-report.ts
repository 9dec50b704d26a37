import { z } from 'zod';
import { idSchema, method, none } from './contract-method';
import { isoDate, optionalDate, optionalText } from './fields';
import { LANGUAGES } from './languages';
import type { ExportedFile } from './print';
import { fieldError } from './validation';
import { FOLLOW_UP_OWNER_MAX, FOLLOW_UP_TEXT_MAX, REPORT_OUTCOMES_MAX } from './visit-constants';
import type { VisitDetail } from './visits-contract';

/**
 * What a visit came to, written after it ends: its outcomes and the follow-ups each with an owner and
 * a due date. Texts are kept per language, as a report in a language prints only that language's.
 */

const inLanguages = (max: number) =>
  z
    .strictObject({ az: optionalText(max), en: optionalText(max), ru: optionalText(max) })
    .default({ az: '', en: '', ru: '' });

export const followUpInputSchema = z
  .strictObject({
    /** Without it a new follow-up is added. */
    id: idSchema.optional(),
    text: inLanguages(FOLLOW_UP_TEXT_MAX),
    owner: optionalText(FOLLOW_UP_OWNER_MAX),
    due: optionalDate,
    done: z.boolean(fieldError('invalid')).default(false),
  })
  .superRefine((f, ctx) => {
    if (!f.text.az && !f.text.en && !f.text.ru)
      ctx.addIssue({ code: 'custom', path: ['text', 'en'], message: 'required' });
  });
export type FollowUpInput = z.input<typeof followUpInputSchema>;

export const followUpSchema = z.object({
  ...followUpInputSchema.shape,
  id: idSchema,
  /** When it was marked done ('' while open). */
  doneAt: z.string().max(40).default(''),
});
export type FollowUp = z.output<typeof followUpSchema>;

export const visitReportInputSchema = z.strictObject({
  outcomes: inLanguages(REPORT_OUTCOMES_MAX),
  /** Agreements signed or discussed during the visit. */
  agreementIds: z.array(idSchema).max(50).default([]),
  followUps: z.array(followUpInputSchema).max(200).default([]),
});
export type VisitReportInput = z.input<typeof visitReportInputSchema>;

/** As stored on the visit (`Visit.report`). */
export const visitReportSchema = z.object({
  outcomes: inLanguages(REPORT_OUTCOMES_MAX),
  agreementIds: z.array(idSchema).max(50).default([]),
  followUps: z.array(followUpSchema).max(200).default([]),
});
export type VisitReport = z.output<typeof visitReportSchema>;
export const emptyVisitReport = (): VisitReport => ({
  outcomes: { az: '', en: '', ru: '' },
  agreementIds: [],
  followUps: [],
});

/** A follow-up not yet done, as Today lists it (soonest due first, those without a date last). */
export interface OpenFollowUp {
  visitId: string;
  visitTitle: string;
  followUp: FollowUp;
  overdue: boolean;
}

export const visitReportMethods = {
  'visitReport.save': method<VisitDetail>()(
    z.strictObject({ visitId: idSchema, report: visitReportInputSchema }),
  ),
  /** Open follow-ups of every visit; `today` (else the clock's day in Baku) decides what is overdue. */
  'followUps.open': method<OpenFollowUp[]>()(none.extend({ today: isoDate.optional() })),
  'followUps.setDone': method<VisitDetail>()(
    z.strictObject({ visitId: idSchema, followUpId: idSchema, done: z.boolean(fieldError('invalid')) }),
  ),
  /** The visit's report as .docx in `language`; `textsMissing` while a text it prints lacks that language. */
  'visitReport.docx': method<ExportedFile>()(
    z.strictObject({ visitId: idSchema, language: z.enum(LANGUAGES, fieldError('invalidChoice')) }),
  ),
} as const;
