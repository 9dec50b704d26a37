import { z } from 'zod';
import { formOpenedSchema, method, none } from './contract-method';
import { institutionSchema, type Institution } from './institution';
import { LANGUAGES, type Language } from './languages';
import { TEMPLATE_MAX_BASE64 } from './letterhead-template';
import { templateFileNameSchema } from './letterhead-template-schema';
import { renewalDaysSchema } from './partners-contract';
import { fieldError } from './validation';

/** The officer's settings and the institution's details that its letters print. */

export interface Settings {
  uiLanguage: Language;
  /** Days ahead an ending agreement is shown on Today and its partner's page; absent: `RENEWAL_DAYS_DEFAULT`. */
  renewalDays?: number;
  /** The officer's own name, as it appears in a visit's history; absent or '': the system account's name signs. */
  officerName?: string;
}

export const OFFICER_NAME_MAX = 100;

export const settingsMethods = {
  'settings.update': method<Settings>()(
    z
      .strictObject({
        uiLanguage: z.enum(LANGUAGES, fieldError('invalidChoice')).optional(),
        renewalDays: renewalDaysSchema.optional(),
        /** '' takes the name away. */
        officerName: z
          .string(fieldError('invalid'))
          .overwrite((v) => v.replace(/\s+/gu, ' ').trim())
          .max(OFFICER_NAME_MAX, fieldError('tooLong'))
          .optional(),
      })
      // Any of them; an update of nothing is a caller's mistake.
      .refine(
        (s) => s.uiLanguage !== undefined || s.renewalDays !== undefined || s.officerName !== undefined,
        {
          path: ['uiLanguage'],
          message: 'required',
        },
      ),
  ),
  'institution.get': method<{ institution: Institution | null }>()(none),
  'institution.update': method<{ institution: Institution }>()(
    z.strictObject({ institution: institutionSchema, opened: formOpenedSchema }),
  ),
  /**
   * Sets the office's own .docx letterhead (refused with `templateInvalid` and a `reason`); letters are
   * then filled into it. `institution.update` keeps it as it is, so the Settings form never sends it.
   */
  'institution.setTemplate': method<{ institution: Institution }>()(
    z.strictObject({
      fileName: templateFileNameSchema,
      base64: z
        .string(fieldError('invalid'))
        .min(1, fieldError('required'))
        .max(TEMPLATE_MAX_BASE64 + 4, fieldError('tooLong')),
    }),
  ),
  'institution.clearTemplate': method<{ institution: Institution }>()(none),
} as const;
