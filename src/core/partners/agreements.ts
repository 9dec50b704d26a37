import type { SignUndo } from '../../shared/partners-contract';
import type { Agreement, AgreementData, Attachment, PartnersDoc } from '../../shared/partners';
import { AppError } from '../../shared/errors';
import { isIsoDate } from '../../shared/dates';
import { newId } from '../ids';

/** Changes to agreements, each a pure change of the partners document (run inside `updatePartners`). */

export function requireAgreement(doc: PartnersDoc, id: string): Agreement {
  const agreement = doc.agreements.find((a) => a.id === id);
  if (!agreement) throw new AppError('notFound', { id });
  return agreement;
}

function replaced(doc: PartnersDoc, agreement: Agreement) {
  return {
    doc: { ...doc, agreements: doc.agreements.map((a) => (a.id === agreement.id ? agreement : a)) },
    result: agreement,
  };
}

function requireLivePartner(doc: PartnersDoc, partnerId: string, path: string): void {
  if (!doc.partners.some((p) => p.id === partnerId)) {
    throw new AppError('validation', undefined, [{ path, code: 'invalid' }]);
  }
}

/** Adds an agreement (no id) or replaces the one with it; its partner must be in the directory; the attachment is kept. */
export function saveAgreement(doc: PartnersDoc, data: AgreementData, id: string | undefined, stamp: string) {
  const previous = id === undefined ? undefined : requireAgreement(doc, id);
  requireLivePartner(doc, data.partnerId, 'agreement.partnerId');
  const saved: Agreement = {
    ...data,
    id: id ?? newId(),
    ...(previous?.attachment ? { attachment: previous.attachment } : {}),
    createdAt: previous?.createdAt ?? stamp,
    updatedAt: stamp,
  };
  return previous
    ? replaced(doc, saved)
    : { doc: { ...doc, agreements: [...doc.agreements, saved] }, result: saved };
}

export function deleteAgreement(doc: PartnersDoc, id: string) {
  const agreement = requireAgreement(doc, id);
  return {
    doc: {
      ...doc,
      agreements: doc.agreements.filter((a) => a.id !== id),
      trash: { ...doc.trash, agreements: [agreement, ...doc.trash.agreements.filter((a) => a.id !== id)] },
    },
    result: { id },
  };
}

/** Brings an agreement back from the trash; refused while its partner is not in the directory. */
export function restoreAgreement(doc: PartnersDoc, id: string) {
  const agreement = doc.trash.agreements.find((a) => a.id === id);
  if (!agreement) throw new AppError('notFound', { id });
  requireLivePartner(doc, agreement.partnerId, 'partnerId');
  return {
    doc: {
      ...doc,
      agreements: [...doc.agreements, agreement],
      trash: { ...doc.trash, agreements: doc.trash.agreements.filter((a) => a.id !== id) },
    },
    result: agreement,
  };
}

export function setAttachment(
  doc: PartnersDoc,
  id: string,
  attachment: Attachment | undefined,
  stamp: string,
) {
  const { attachment: _old, ...rest } = requireAgreement(doc, id);
  return replaced(doc, { ...rest, ...(attachment ? { attachment } : {}), updatedAt: stamp });
}

/** A ceremony signs the agreement on `date`: status signed, signed that day; answers how to take it back. */
export function signAgreement(doc: PartnersDoc, id: string, date: string, stamp: string) {
  const agreement = requireAgreement(doc, id);
  const undo: SignUndo = { agreementId: id, status: agreement.status, signedDate: agreement.signedDate };
  const { doc: next, result } = replaced(doc, {
    ...agreement,
    status: 'signed',
    signedDate: date,
    updatedAt: stamp,
  });
  return { doc: next, result: { agreement: result, undo } };
}

/** Puts back the status and date a signing replaced. */
export function unsignAgreement(doc: PartnersDoc, undo: SignUndo, stamp: string) {
  const agreement = requireAgreement(doc, undo.agreementId);
  if (undo.signedDate !== '' && !isIsoDate(undo.signedDate)) {
    throw new AppError('validation', undefined, [{ path: 'undo.signedDate', code: 'invalidDate' }]);
  }
  if (undo.status === 'signed' && undo.signedDate === '') {
    throw new AppError('validation', undefined, [{ path: 'undo.signedDate', code: 'required' }]);
  }
  return replaced(doc, { ...agreement, status: undo.status, signedDate: undo.signedDate, updatedAt: stamp });
}
