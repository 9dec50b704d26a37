import type { PartnerSummary } from '../../shared/partners-contract';
import type { Partner, PartnerData, PartnerKind, PartnersDoc } from '../../shared/partners';
import { countryName } from '../../shared/countries';
import { LANGUAGES } from '../../shared/languages';
import { AppError } from '../../shared/errors';
import type { Visit } from '../../shared/domain';
import { foldedName, foldForSearch, matchesQuery } from '../../shared/fold';
import { newId } from '../ids';

/**
 * The partners directory: listing, searching, saving, and the trash. Names sort as Azerbaijani does
 * (c before ç, e before ə, ı before i), the office's language.
 */
export const byName = new Intl.Collator('az').compare;

export function requirePartner(doc: PartnersDoc, id: string): Partner {
  const partner = doc.partners.find((p) => p.id === id);
  if (!partner) throw new AppError('notFound', { id });
  return partner;
}

/**
 * Refuses a second partner with the same folded official name in the same country (two without a
 * country count as the same country): a field error on `path`, `duplicate`.
 */
export function checkNotDuplicate(
  partners: readonly Partner[],
  data: PartnerData,
  id: string | undefined,
  path: string,
): void {
  const name = foldedName(data.officialName);
  const clash = partners.some(
    (p) => p.id !== id && p.country === data.country && foldedName(p.officialName) === name,
  );
  if (clash) throw new AppError('validation', undefined, [{ path, code: 'duplicate' }]);
}

/** Every text a search looks in, folded: names in each script, city, country in every language, contacts. */
function searchText(partner: Partner): string {
  const countries = partner.country ? LANGUAGES.map((l) => countryName(l, partner.country)) : [];
  return foldForSearch(
    [
      partner.officialName,
      partner.names.az,
      partner.names.en,
      partner.names.ru,
      partner.shortName,
      partner.city,
      partner.website,
      ...countries,
      ...partner.contacts.map((c) => c.name),
    ].join('\n'),
  );
}

/** The first end date of a signed agreement still in force on `today`, or ''. */
function nextEnd(agreements: PartnersDoc['agreements'], partnerId: string, today: string): string {
  let first = '';
  for (const a of agreements) {
    if (a.partnerId !== partnerId || a.status !== 'signed' || !a.validTo || a.validTo < today) continue;
    if (first === '' || a.validTo < first) first = a.validTo;
  }
  return first;
}

export interface ListQuery {
  text: string;
  kind: '' | PartnerKind;
  country: string;
}

/** The directory matching a query, by name; with each partner's visits, agreements and next end. */
export function listPartners(
  doc: PartnersDoc,
  visits: readonly Visit[],
  query: ListQuery,
  today: string,
): PartnerSummary[] {
  const country = query.country.toUpperCase();
  const visitCounts = new Map<string, number>();
  for (const v of visits) {
    for (const id of new Set(v.partnerIds)) visitCounts.set(id, (visitCounts.get(id) ?? 0) + 1);
  }
  return doc.partners
    .filter(
      (p) =>
        (query.kind === '' || p.kind === query.kind) &&
        (country === '' || p.country === country) &&
        (query.text.trim() === '' || matchesQuery(searchText(p), query.text)),
    )
    .sort((a, b) => byName(a.officialName, b.officialName) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((p) => ({
      id: p.id,
      officialName: p.officialName,
      names: p.names,
      shortName: p.shortName,
      country: p.country,
      city: p.city,
      kind: p.kind,
      visitCount: visitCounts.get(p.id) ?? 0,
      agreementCount: doc.agreements.filter((a) => a.partnerId === p.id).length,
      nextEnd: nextEnd(doc.agreements, p.id, today),
    }));
}

/** Adds a partner (no id) or replaces the one with its id, keeping when it was created. */
export function savePartner(doc: PartnersDoc, data: PartnerData, id: string | undefined, stamp: string) {
  const previous = id === undefined ? undefined : requirePartner(doc, id);
  // Only a new name (or country) is checked: two entries that met when the office shared its
  // directories can each still be edited, and one deleted.
  const renamed =
    !previous ||
    previous.country !== data.country ||
    foldedName(previous.officialName) !== foldedName(data.officialName);
  if (renamed) checkNotDuplicate(doc.partners, data, id, 'partner.officialName');
  const saved: Partner = {
    ...data,
    id: id ?? newId(),
    createdAt: previous?.createdAt ?? stamp,
    updatedAt: stamp,
  };
  const partners = previous ? doc.partners.map((p) => (p.id === id ? saved : p)) : [...doc.partners, saved];
  return { doc: { ...doc, partners }, result: saved };
}

/**
 * Moves a partner and its agreements to the trash. Visits keep their link; the partner's page and
 * the directory no longer show it until it is restored.
 */
export function deletePartner(doc: PartnersDoc, id: string) {
  const partner = requirePartner(doc, id);
  const going = doc.agreements.filter((a) => a.partnerId === id);
  const goingIds = new Set(going.map((a) => a.id));
  const doc2: PartnersDoc = {
    ...doc,
    partners: doc.partners.filter((p) => p.id !== id),
    agreements: doc.agreements.filter((a) => a.partnerId !== id),
    trash: {
      partners: [partner, ...doc.trash.partners.filter((p) => p.id !== id)],
      agreements: [...going, ...doc.trash.agreements.filter((a) => !goingIds.has(a.id))],
    },
  };
  return { doc: doc2, result: { id } };
}

/**
 * Brings a partner back from the trash with its agreements there (the trash does not record why an
 * agreement was deleted, so one deleted on its own before its partner comes back too). Refused as a
 * duplicate when another partner with its name was added meanwhile.
 */
export function restorePartner(doc: PartnersDoc, id: string) {
  const partner = doc.trash.partners.find((p) => p.id === id);
  if (!partner) throw new AppError('notFound', { id });
  checkNotDuplicate(doc.partners, partner, id, 'officialName');
  const coming = doc.trash.agreements.filter((a) => a.partnerId === id);
  const doc2: PartnersDoc = {
    ...doc,
    partners: [...doc.partners, partner],
    agreements: [...doc.agreements, ...coming],
    trash: {
      partners: doc.trash.partners.filter((p) => p.id !== id),
      agreements: doc.trash.agreements.filter((a) => a.partnerId !== id),
    },
  };
  return { doc: doc2, result: partner };
}
