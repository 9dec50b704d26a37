import { z } from 'zod';
import { method } from './contract-method';
import { isoDate } from './domain';
import { LANGUAGES } from './languages';
import type { ExportedFile } from './print';
import { fieldError } from './validation';

/**
 * The department's quarterly and annual reports: figures drawn from the store for a period, the same
 * on the Reports page, in the .docx and in the .xlsx. Each says its period and the moment it was made.
 */

/** One bar of a breakdown: `key` is stable (a country code, a status, a partner id), `label` is in the report's language. */
export interface Count {
  key: string;
  label: string;
  count: number;
}

/** A visit overlaps the period if any of its days falls in it; it is counted once. */
export interface ReportVisit {
  id: string;
  title: string;
  partner: string;
  country: string;
  arrivalDate: string;
  departureDate: string;
  status: string;
  guests: number;
}

export interface Figures {
  /** Visits whose stay overlaps the period, cancelled ones left out of every figure but `visits.byStatus`. */
  visits: {
    total: number;
    byStatus: Count[];
    byCountry: Count[];
    byPartner: Count[];
    byHostUnit: Count[];
    byPurpose: Count[];
  };
  guests: { total: number; byCategory: Count[]; byRole: Count[]; byCountry: Count[] };
  /** Guest-days (each day a guest is here, arrival and departure days included) and guest-nights, within the period. */
  stay: { guestDays: number; guestNights: number };
  programme: { total: number; byType: Count[] };
  /** Letters issued from the register in the period (by their date), voided ones left out. */
  letters: { total: number; byKind: Count[]; byLanguage: Count[]; voided: number };
  agreements: {
    signed: Count[];
    renewed: Count[];
    /** Signed, ending within 90 days after the period's end. */
    expiring: Count[];
    ended: Count[];
  };
  visitList: ReportVisit[];
}

export interface Report {
  language: (typeof LANGUAGES)[number];
  from: string;
  to: string;
  /** When the figures were made (ISO instant). */
  madeAt: string;
  current: Figures;
  /** The period of the same length just before, when asked for. */
  previous: { from: string; to: string; figures: Figures } | null;
}

export const reportQuerySchema = z
  .strictObject({
    from: isoDate,
    /** Inclusive. */
    to: isoDate,
    language: z.enum(LANGUAGES, fieldError('invalidChoice')),
    compare: z.boolean(fieldError('invalid')).default(false),
  })
  .superRefine((q, ctx) => {
    if (q.to < q.from) ctx.addIssue({ code: 'custom', path: ['to'], message: 'endBeforeStart' });
  });

export const reportMethods = {
  'reports.figures': method<Report>()(reportQuerySchema),
  /** The report as an editable .docx under the letterhead. */
  'reports.docx': method<ExportedFile>()(reportQuerySchema),
  /** The report's tables as .xlsx, a sheet per table. */
  'reports.xlsx': method<ExportedFile>()(reportQuerySchema),
} as const;
