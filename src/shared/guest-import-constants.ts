import { isOneOf } from './one-of';

/**
 * The limits of a partner's guest list and the lists its mapping and preview choose from, apart from
 * the schemas that check them (guest-import.ts), so a screen can offer them without loading zod.
 */

/** A partner's file is untrusted input: larger ones are refused before they are opened. */
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
export const IMPORT_MAX_ROWS = 5000;
export const IMPORT_MAX_COLUMNS = 60;
/** A cell longer than this is cut: no field of a guest holds more. */
export const IMPORT_CELL_MAX = 1000;
/**
 * All the text of a sheet together, in characters. It crosses to the UI and back for the preview: in
 * Cyrillic (two bytes a letter in UTF-8) with JSON's quotes it stays within the browser host's 8 MB
 * request limit.
 */
export const IMPORT_MAX_TEXT = 2_500_000;
/** base64 of the largest file accepted, with room for padding. */
export const IMPORT_MAX_BASE64 = Math.ceil(IMPORT_MAX_BYTES / 3) * 4 + 4;

/** What a column of the file can fill in a guest; `''` leaves the column out. */
export const IMPORT_FIELDS = [
  'surname',
  'givenNames',
  'fullName',
  'nameCyrillic',
  'nameAz',
  'role',
  'honorific',
  'gender',
  'dateOfBirth',
  'placeOfBirth',
  'citizenship',
  'passportNumber',
  'issuingCountry',
  'issueDate',
  'expiryDate',
  'position',
  'organisation',
  'email',
  'phone',
  'homeAddress',
  'dietaryNeeds',
  'accessNeeds',
  'arrivalDate',
  'arrivalFlight',
  'departureDate',
  'departureFlight',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
export type ColumnTarget = ImportField | '';

export const DATE_FIELDS = [
  'dateOfBirth',
  'issueDate',
  'expiryDate',
  'arrivalDate',
  'departureDate',
] as const satisfies readonly ImportField[];
export type ImportDateField = (typeof DATE_FIELDS)[number];

/** Why a file could not be read; each has its own translated message. Nothing is changed by any of them. */
export const IMPORT_UNREADABLE_REASONS = [
  'tooLarge',
  'tooManyRows',
  'tooManyColumns',
  'empty',
  'xls',
  'ods',
  'notSpreadsheet',
  'damaged',
  'encoding',
] as const;
export type ImportUnreadableReason = (typeof IMPORT_UNREADABLE_REASONS)[number];
export const isUnreadableReason = (value: unknown): value is ImportUnreadableReason =>
  isOneOf(IMPORT_UNREADABLE_REASONS, value);

/**
 * Slash dates (03/04/1975) are written day first in most of the world and month first in the USA;
 * dots and dashes are always day first.
 */
export const DATE_ORDERS = ['dmy', 'mdy'] as const;
export type DateOrder = (typeof DATE_ORDERS)[number];

export const IMPORT_ACTIONS = ['add', 'update'] as const;
export type ImportAction = (typeof IMPORT_ACTIONS)[number];
