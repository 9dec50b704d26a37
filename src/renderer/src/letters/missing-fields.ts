import type { TFunction } from 'i18next';
import { AppError } from '../../../shared/errors';

/** Guest paths whose form label is named differently from the path (`passport.number`). */
const GUEST_LABEL_KEYS: Record<string, string> = {
  'passport.number': 'passportNumber',
  'passport.issuingCountry': 'issuingCountry',
  'passport.issueDate': 'issueDate',
  'passport.expiryDate': 'expiryDate',
};

const or = (t: TFunction, exists: (key: string) => boolean, key: string, fallback: string) =>
  exists(key) ? t(key) : fallback;

/**
 * A field a letter still needs, named as the form where it is filled in labels it, so the officer
 * knows where to go: the guest form (`passport.number`, `guest.passport.number`), the visit form
 * (`visit.purpose`), Settings (`institution.verificationContact.phone`) or the letter dialog itself
 * (`request.options.cities`).
 */
export function missingFieldLabel(t: TFunction, path: string, exists: (key: string) => boolean): string {
  const [head = '', ...rest] = path.split('.');
  const tail = rest.join('.');
  if (head === 'visit') return or(t, exists, `visit.field.${tail}`, path);
  if (head === 'request') return or(t, exists, `letters.${tail}`, path);
  if (head === 'institution' && tail.startsWith('verificationContact.')) {
    const key = `settings.verification.${tail.slice('verificationContact.'.length)}`;
    return t('letters.check.verificationField', { field: or(t, exists, key, tail) });
  }
  const field = head === 'guest' ? tail : path;
  return or(t, exists, `guest.fields.${GUEST_LABEL_KEYS[field] ?? field}`, field);
}

/** Whether the guest's own form is where a missing field is filled in. */
export function isGuestField(path: string): boolean {
  return !/^(visit|request|institution)\./.test(path);
}

/** The fields named by a `letterIncomplete` refusal, or null for any other failure. */
export function incompleteFields(error: unknown): string[] | null {
  if (!(error instanceof AppError) || error.code !== 'letterIncomplete') return null;
  return (error.fields ?? []).map((f) => f.path);
}
