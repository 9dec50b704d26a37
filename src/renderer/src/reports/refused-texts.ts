import type { Visit } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import type { Language } from '../../../shared/languages';
import { itemMissingTexts } from '../../../shared/planning';
import { missingTexts, TRANSLATED_FIELDS, type MissingText } from '../../../shared/texts';

/**
 * One text a `textsMissing` refusal names: `texts.<owner>.<id>.<field>` (the report names its visits'
 * texts `texts.visits.<id>.<field>`, as letters name a group's guests `texts.guests.<id>.<field>`), or
 * with the visit before the id.
 */
export interface RefusedText {
  owner: string;
  id: string;
  field: string;
  visitId?: string;
  path: string;
}

/** `visits` and `guests` as the report and group letters write them: the owner a missing text has. */
const OWNERS: Record<string, string> = { visits: 'visit', guests: 'guest', items: 'item' };
const ownerOf = (word: string) => OWNERS[word] ?? word;

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/**
 * The named texts of a refusal. The report names each as a visit's report does (decision 0023):
 * `texts.<owner>.<field>` with the record's `id` and `visitId` in its params; a path holding the ids
 * (`texts.visits.<id>.<field>`) is read too. A text that names no record keeps only its path.
 */
export function refusedPaths(error: unknown): RefusedText[] | null {
  if (!(error instanceof AppError) || error.code !== 'textsMissing') return null;
  return (error.fields ?? []).map((f) => {
    const parts = f.path.split('.');
    if (parts[0] !== 'texts') return { owner: '', id: '', field: '', path: f.path };
    if (parts.length === 5) {
      const [, word = '', visitId = '', id = '', field = ''] = parts;
      return { owner: ownerOf(word), visitId, id, field, path: f.path };
    }
    if (parts.length === 4) {
      const [, word = '', id = '', field = ''] = parts;
      const owner = ownerOf(word);
      return { owner, id, field, ...(owner === 'visit' ? { visitId: id } : {}), path: f.path };
    }
    const owner = ownerOf(parts[1] ?? '');
    const id = text(f.params?.id);
    const visitId = text(f.params?.visitId) || (owner === 'visit' ? id : '');
    return { owner, id, field: parts[2] ?? '', ...(visitId ? { visitId } : {}), path: f.path };
  });
}

/** The visit a refused text belongs to, among those at hand: its own, or the one holding the guest or item. */
export function visitOf(text: RefusedText, visits: readonly Visit[]): Visit | undefined {
  if (text.visitId) return visits.find((v) => v.id === text.visitId);
  if (text.owner === 'guest') return visits.find((v) => v.guests.some((g) => g.id === text.id));
  if (text.owner === 'item') return visits.find((v) => v.programme.some((p) => p.id === text.id));
  return undefined;
}

/**
 * The refused texts still missing in `language`, as the missing-texts panel takes them (with the text
 * as typed), from the visits as they now stand: a text given since drops out. What cannot be found
 * among the visits is returned apart, by its path.
 */
export function stillMissing(
  refused: readonly RefusedText[],
  visits: readonly Visit[],
  language: Language,
): { missing: MissingText[]; unresolved: string[] } {
  const missing: MissingText[] = [];
  const unresolved: string[] = [];
  for (const text of refused) {
    const visit = visitOf(text, visits);
    const found = visit ? missingOf(text, visit, language) : undefined;
    if (found === undefined) unresolved.push(text.path);
    else missing.push(...found);
  }
  return { missing, unresolved };
}

function missingOf(text: RefusedText, visit: Visit, language: Language): MissingText[] | undefined {
  const only = (list: MissingText[]) => list.filter((m) => m.field === text.field);
  if (text.owner === 'visit')
    return only(missingTexts('visit', visit, TRANSLATED_FIELDS.visit, language, { id: visit.id }));
  if (text.owner === 'guest') {
    const guest = visit.guests.find((g) => g.id === text.id);
    if (!guest) return undefined;
    const where = { id: guest.id, visitId: visit.id };
    return only(missingTexts('guest', guest, TRANSLATED_FIELDS.guest, language, where));
  }
  if (text.owner === 'item') {
    const item = visit.programme.find((p) => p.id === text.id);
    return item ? only(itemMissingTexts(item, language, visit.id)) : undefined;
  }
  return undefined;
}
