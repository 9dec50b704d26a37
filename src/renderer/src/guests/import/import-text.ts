import type { TFunction } from 'i18next';
import { AppError } from '../../../../shared/errors';
import {
  IMPORT_MAX_BYTES,
  IMPORT_MAX_COLUMNS,
  IMPORT_MAX_ROWS,
  isUnreadableReason,
  type ImportField,
} from '../../../../shared/guest-import-constants';
import { isLanguage } from '../../../../shared/languages';
import { formatCount } from '../../../../shared/numbers';
import { megabytes } from '../../../../shared/size-limits';
import type { ImportDuplicate, ImportProblem } from '../../../../shared/guest-import';
import { errorMessage } from '../../errors';

/** Why a file could not be read, in the UI language; any other failure as every other error is said. */
export function importErrorMessage(t: TFunction, error: unknown, language: string): string {
  if (
    error instanceof AppError &&
    error.code === 'importUnreadable' &&
    isUnreadableReason(error.params?.reason)
  ) {
    // The limits are said from the constants the file is checked against.
    const count = (n: number) => (isLanguage(language) ? formatCount(language, n) : String(n));
    return t(`guestImport.unreadable.${error.params.reason}`, {
      max: megabytes(IMPORT_MAX_BYTES),
      count: error.params.reason === 'tooManyColumns' ? IMPORT_MAX_COLUMNS : IMPORT_MAX_ROWS,
      rows: count(IMPORT_MAX_ROWS),
      columns: count(IMPORT_MAX_COLUMNS),
    });
  }
  return errorMessage(t, error, language);
}

export const fieldLabel = (t: TFunction, field: ImportField): string => t(`guestImport.fields.${field}`);

/** One sentence for a problem of a row. Dates in it are written as the UI writes dates. */
export function problemText(t: TFunction, problem: ImportProblem, date: (iso: string) => string): string {
  switch (problem.code) {
    case 'missingName':
      return t('guestImport.problems.missingName');
    case 'nameNotLatin':
      return t('guestImport.problems.nameNotLatin', { value: problem.params.value });
    case 'nameSplit':
      return t('guestImport.problems.nameSplit', { value: problem.params.value });
    case 'letterFieldsMissing':
      return t('guestImport.problems.letterFieldsMissing', {
        fields: problem.params.fields.map((f) => fieldLabel(t, f as ImportField)).join(', '),
      });
    case 'passportExpiresSoon':
      return t('guestImport.problems.passportExpiresSoon', {
        expiry: date(problem.params.expiry),
        needed: date(problem.params.needed),
      });
    case 'repeatedInFile':
      return t('guestImport.problems.repeatedInFile', { line: problem.params.line });
    case 'ambiguousDate':
      return t('guestImport.problems.ambiguousDate', {
        field: fieldLabel(t, problem.field),
        value: problem.params.value,
        dayFirst: date(problem.params.dayFirst),
        monthFirst: date(problem.params.monthFirst),
      });
    case 'outsideVisit':
      return t('guestImport.problems.outsideVisit', {
        field: fieldLabel(t, problem.field),
        value: date(problem.params.value),
        from: date(problem.params.from),
        to: date(problem.params.to),
      });
    case 'invalidDate':
    case 'unknownCountry':
    case 'unknownValue':
    case 'invalidValue':
      return t(`guestImport.problems.${problem.code}`, {
        field: fieldLabel(t, problem.field),
        value: problem.params.value,
      });
  }
}

/** Problems that only inform (the row is imported as shown) are told apart from those that leave something out. */
export const isNotice = (problem: ImportProblem): boolean =>
  problem.code === 'letterFieldsMissing' || problem.code === 'nameSplit';

export function duplicateText(
  t: TFunction,
  duplicate: ImportDuplicate,
  date: (iso: string) => string,
): string {
  const key = `guestImport.duplicate.${duplicate.reason}${duplicate.sameVisit ? 'Same' : 'Earlier'}`;
  return t(key, { name: duplicate.name, visit: duplicate.visitTitle, date: date(duplicate.arrivalDate) });
}
