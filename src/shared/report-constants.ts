/**
 * The report's plain lists, without zod, so the renderer reads them cheaply (the schemas are in
 * reports.ts).
 */

/** The groups a report puts agreements in, in the order it shows and prints them. */
export const AGREEMENT_GROUPS = ['signed', 'renewed', 'expiring', 'ended'] as const;
export type AgreementGroup = (typeof AGREEMENT_GROUPS)[number];

/** How many days after the period an agreement ending is counted as expiring (and said so). */
export const EXPIRING_DAYS = 90;
