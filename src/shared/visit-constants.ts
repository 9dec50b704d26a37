import { NUMBER_PADDING_MAX } from './institution-constants';

/**
 * A visit's and a guest's fixed lists and limits, apart from the schemas that check them (domain.ts,
 * visit-report.ts), so a screen can offer the choices without loading zod.
 */

export const VISIT_STATUSES = [
  'draft',
  'planned',
  'confirmed',
  'underWay',
  'completed',
  'cancelled',
] as const;
export type VisitStatus = (typeof VISIT_STATUSES)[number];

export const GUEST_ROLES = ['head', 'member'] as const;
export const GUEST_CATEGORIES = [
  'expert',
  'delegationMember',
  'student',
  'masterStudent',
  'phdCandidate',
  'intern',
  'accompanying',
] as const;
export const HONORIFICS = [
  'none',
  'dr',
  'professor',
  'associateProfessor',
  'academician',
  'excellency',
] as const;
export const GENDERS = ['female', 'male'] as const;

/**
 * Visit colours offered in the UI, by the name a screen reader and a tooltip give them (`visit.colour.*`);
 * any `#rrggbb` is accepted.
 */
export const VISIT_COLOUR_NAMES = {
  blue: '#1c7ed6',
  green: '#2f9e44',
  orange: '#e8590c',
  violet: '#9c36b5',
  raspberry: '#c2255c',
  teal: '#0c8599',
  indigo: '#5f3dc4',
  lime: '#66a80f',
} as const;
export type VisitColourName = keyof typeof VISIT_COLOUR_NAMES;
export const VISIT_COLOURS: string[] = Object.values(VISIT_COLOUR_NAMES);

export const TRAVEL_MODES = ['flight', 'train'] as const;

/**
 * The highest running number of the outgoing register: eight digits, the most the number format pads
 * to, and far beyond any office's letters. A register or archive holding more is not one Qonaq wrote.
 */
export const MAX_RUNNING_NUMBER = 10 ** NUMBER_PADDING_MAX - 1;
/** Revisions of one letter, as `letters.file` may ask for them. */
export const MAX_REVISIONS = 10_000;

/** Longest texts of a visit's report: its outcomes, a follow-up and a follow-up's owner, in each language. */
export const REPORT_OUTCOMES_MAX = 5000;
export const FOLLOW_UP_TEXT_MAX = 500;
export const FOLLOW_UP_OWNER_MAX = 200;
