import { isOneOf } from './one-of';

/**
 * Errors cross every boundary as data: a code and parameters that the UI translates
 * (`errors.<code>` in locales), never as a stack trace or an English sentence.
 */
export const ERROR_CODES = [
  'validation',
  'notFound',
  'unknownMethod',
  'forbidden',
  'storeLocked',
  'storeNewerVersion',
  'storeUnreadable',
  'diskFull',
  'writeFailed',
  'readOnly',
  'network',
  'unsupported',
  'institutionNotSet',
  'letterIncomplete',
  'textsMissing',
  'archiveInvalid',
  'hotelInUse',
  'templateInvalid',
  'importUnreadable',
  'registerFull',
  'tooManyRevisions',
  'attachmentTooLarge',
  'attachmentType',
  'syncOffline',
  'syncUnauthorized',
  'syncInsecure',
  'syncServer',
  'syncNoDatabase',
  'letterNeedsOffice',
  'officeReader',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * Why an archive was refused (`archiveInvalid` with `reason`); translated from `errors.archiveInvalid.<reason>`.
 * All but the first three also carry `file`, the archive's file at fault.
 */
export const ARCHIVE_PROBLEMS = [
  'tooLarge',
  'notAnArchive',
  'noSharedDocument',
  'unexpectedFile',
  'damagedDocument',
  'numberOutOfRange',
  'reservedName',
  'namesDifferInCase',
  'attachmentMismatch',
  'attachmentTooLarge',
  'exportTooLarge',
] as const;
export type ArchiveProblem = (typeof ARCHIVE_PROBLEMS)[number];

/** Codes of single-field problems; translated from `errors.field.<code>`. */
export const FIELD_ERROR_CODES = [
  'required',
  'invalid',
  'invalidDate',
  'invalidTime',
  'invalidChoice',
  'invalidColour',
  'invalidEmail',
  'tooLong',
  'latinOnly',
  'unknownField',
  'departureBeforeArrival',
  'outsideVisit',
  'expiryBeforeIssue',
  'inTheFuture',
  'datesExcludeGuests',
  'endBeforeStart',
  'datesExcludeItems',
  'notInLanguage',
  'headOnly',
  'duplicate',
] as const;
export type FieldErrorCode = (typeof FIELD_ERROR_CODES)[number];

export type ErrorParams = Record<string, string | number>;

export interface FieldError {
  /** Dotted path of the field in the input, e.g. `guest.passport.expiryDate`. */
  path: string;
  code: FieldErrorCode;
  params?: ErrorParams;
}

export interface AppErrorData {
  code: ErrorCode;
  params?: ErrorParams;
  fields?: FieldError[];
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly params: ErrorParams | undefined;
  readonly fields: FieldError[] | undefined;

  constructor(code: ErrorCode, params?: ErrorParams, fields?: FieldError[]) {
    super(code);
    this.name = 'AppError';
    this.code = code;
    this.params = params;
    this.fields = fields;
  }

  toData(): AppErrorData {
    return {
      code: this.code,
      ...(this.params ? { params: this.params } : {}),
      ...(this.fields ? { fields: this.fields } : {}),
    };
  }

  static fromData(data: AppErrorData): AppError {
    return new AppError(data.code, data.params, data.fields);
  }
}

export function isFieldErrorCode(value: string): value is FieldErrorCode {
  return isOneOf(FIELD_ERROR_CODES, value);
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return isOneOf(ERROR_CODES, value);
}

/** Everything a contract call answers: the value, or an error as data. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorData };
