import { AppError } from '../shared/errors';
import { institutionSchema, type Institution } from '../shared/institution';
import { keepTexts, TRANSLATED_FIELDS } from '../shared/texts';
import { formChanges } from './form-changes';
import type { Store } from './store/store';

/** Signatories are chosen by id when a letter is issued: two with one id would be a coin toss. */
function checkSignatoryIds(institution: Institution): void {
  const seen = new Set<string>();
  institution.signatories.forEach((s, i) => {
    if (seen.has(s.id))
      throw new AppError('validation', undefined, [
        { path: `institution.signatories.${i}.id`, code: 'invalid' },
      ]);
    seen.add(s.id);
  });
}

/** Puts the template into (or takes it out of) the stored institution, which must exist first. */
export function setTemplate(
  store: Store,
  template: Institution['letterheadTemplate'],
  now: () => Date,
): Promise<{ institution: Institution }> {
  return store.updateShared((doc) => {
    if (!doc.institution) throw new AppError('institutionNotSet');
    const { letterheadTemplate: _old, ...rest } = { ...doc.institution, ...store.signing.stamp(now()) };
    const institution: Institution = template ? { ...rest, letterheadTemplate: template } : rest;
    return { doc: { ...doc, institution }, result: { institution } };
  });
}

/**
 * Saves the institution as the Settings form sends it: the letterhead template as it is (it is set and
 * removed by its own methods), the verification contact's translations kept where the form has none,
 * and a field the officer left alone that changed meanwhile as it now is (`formChanges`).
 */
export function updateInstitution(
  store: Store,
  typed: Institution,
  opened: Readonly<Record<string, unknown>> | undefined,
  now: () => Date,
): Promise<{ institution: Institution }> {
  checkSignatoryIds(typed);
  // The template is set and removed by its own methods; the form neither shows nor sends its bytes.
  return store.updateShared((doc) => {
    const current = doc.institution ?? undefined;
    const input = formChanges(institutionSchema, typed, opened, current, 'institution');
    const { letterheadTemplate: _sent, ...sent } = input;
    const verificationContact = keepTexts(
      sent.verificationContact,
      doc.institution?.verificationContact,
      TRANSLATED_FIELDS.contact,
    );
    const rest = { ...sent, verificationContact, ...store.signing.stamp(now()) };
    const kept = doc.institution?.letterheadTemplate;
    const institution: Institution = kept ? { ...rest, letterheadTemplate: kept } : rest;
    return { doc: { ...doc, institution }, result: { institution } };
  });
}
