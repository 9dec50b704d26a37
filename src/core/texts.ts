import type { ParsedInput } from '../shared/contract';
import type { Visit } from '../shared/domain';
import { AppError } from '../shared/errors';
import { isOneOf } from '../shared/one-of';
import { TRANSLATED_FIELDS, withTranslation, type TextOwner } from '../shared/texts';
import type { Store } from './store/store';

type Translation = ParsedInput<'texts.translate'>['texts'][number];

function unknownField(index: number): AppError {
  return new AppError('validation', undefined, [{ path: `texts.${index}.field`, code: 'invalidChoice' }]);
}

function isField(owner: TextOwner, field: string): boolean {
  return isOneOf(TRANSLATED_FIELDS[owner], field);
}

/** One visit's translations applied to it; a visit, guest or item that is not there is refused. */
function translateVisit(visit: Visit, edits: readonly { t: Translation; index: number }[]): Visit {
  let next = visit;
  for (const { t, index } of edits) {
    if (!isField(t.owner, t.field)) throw unknownField(index);
    if (t.owner === 'visit') {
      next = withTranslation(next, t.field, t.language, t.value);
    } else if (t.owner === 'guest') {
      if (!next.guests.some((g) => g.id === t.id)) throw new AppError('notFound', { id: t.id });
      next = {
        ...next,
        guests: next.guests.map((g) =>
          g.id === t.id ? withTranslation(g, t.field, t.language, t.value) : g,
        ),
      };
    } else {
      if (!next.programme.some((p) => p.id === t.id)) throw new AppError('notFound', { id: t.id });
      next = {
        ...next,
        programme: next.programme.map((p) => {
          if (p.id !== t.id) return p;
          const view = { ...p, hosts: p.hosts.join('\n') };
          const translated = withTranslation(view, t.field, t.language, t.value);
          return { ...p, translations: translated.translations };
        }),
      };
    }
  }
  return next;
}

/**
 * Saves texts given in a document's language (from the list of what a letter or printout lacks):
 * one write per visit touched and one of the shared document, each all or nothing.
 */
export async function translateTexts(
  store: Store,
  { texts }: ParsedInput<'texts.translate'>,
  now: () => Date,
): Promise<{ saved: number }> {
  const byVisit = new Map<string, { t: Translation; index: number }[]>();
  const shared: { t: Translation; index: number }[] = [];
  texts.forEach((t, index) => {
    if (t.owner === 'hotel' || t.owner === 'contact') {
      shared.push({ t, index });
      return;
    }
    const visitId = t.owner === 'visit' ? t.id : t.visitId;
    if (!visitId)
      throw new AppError('validation', undefined, [{ path: `texts.${index}.visitId`, code: 'required' }]);
    byVisit.set(visitId, [...(byVisit.get(visitId) ?? []), { t, index }]);
  });
  for (const id of byVisit.keys()) if (!store.getVisit(id)) throw new AppError('notFound', { id });
  for (const { t, index } of shared) if (!isField(t.owner, t.field)) throw unknownField(index);

  for (const [id, edits] of byVisit) {
    await store.saveVisit(id, (current) => {
      if (!current) throw new AppError('notFound', { id });
      return { ...translateVisit(current, edits), updatedAt: now().toISOString() };
    });
  }
  if (shared.length > 0) {
    await store.updateShared((doc) => {
      let { hotels, institution } = doc;
      for (const { t } of shared) {
        if (t.owner === 'hotel') {
          if (!hotels.some((h) => h.id === t.id)) throw new AppError('notFound', { id: t.id });
          hotels = hotels.map((h) => (h.id === t.id ? withTranslation(h, t.field, t.language, t.value) : h));
        } else {
          if (!institution) throw new AppError('institutionNotSet');
          const contact = withTranslation(institution.verificationContact, 'name', t.language, t.value);
          institution = { ...institution, verificationContact: contact };
        }
      }
      return { doc: { ...doc, hotels, institution }, result: undefined };
    });
  }
  return { saved: texts.length };
}
