import type { TFunction } from 'i18next';
import type { Hotel } from '../../../shared/accommodation';
import type { Visit } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import type { Language } from '../../../shared/languages';
import { itemTextIn } from '../../../shared/planning';
import { missingKey, type MissingText } from '../../../shared/texts';
import { guestName } from '../../../shared/guest-name';

/** What the officer's screen knows to name a record by: the visit of the lines and the hotels. */
export interface TextContext {
  visit?: Visit | undefined;
  hotels?: readonly Hotel[] | undefined;
}

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * What a missing text is, in the UI language: "Purpose of the visit", "Position of Ayşe Demirci",
 * "Venue of “Meeting with the rector”". The record is named as the officer's screen shows it.
 */
export function missingTextLabel(
  t: TFunction,
  m: Pick<MissingText, 'owner' | 'id' | 'field'>,
  context: TextContext,
  uiLanguage: Language,
): string {
  const key = `letters.texts.field.${m.owner}${capitalised(m.field)}`;
  if (m.owner === 'guest') {
    const guest = context.visit?.guests.find((g) => g.id === m.id);
    return t(key, { name: guest ? guestName(guest) : '…' });
  }
  if (m.owner === 'item' && m.field !== 'title') {
    const item = context.visit?.programme.find((p) => p.id === m.id);
    const title = item ? itemTextIn(item, 'title', uiLanguage) || item.title : '…';
    return t(key, { title });
  }
  if (m.owner === 'hotel' && m.field !== 'name') {
    const hotel = context.hotels?.find((h) => h.id === m.id);
    return t(key, { name: hotel?.name ?? '…' });
  }
  return t(key);
}

/** The same text missing for several letters (the visit's purpose for every guest) is one line. */
export function uniqueMissing(lists: readonly (readonly MissingText[])[]): MissingText[] {
  const seen = new Map<string, MissingText>();
  for (const list of lists) for (const m of list) if (!seen.has(missingKey(m))) seen.set(missingKey(m), m);
  return [...seen.values()];
}

/** The languages the lines ask for, each once, in the order first met. */
export function languagesOf(missing: readonly MissingText[]): Language[] {
  return [...new Set(missing.map((m) => m.language))];
}

/**
 * The texts a `textsMissing` refusal names (`texts.guest.position`, the guest's id in its params), as
 * the officer reads them; null for any other failure.
 */
export function refusedTexts(
  t: TFunction,
  error: unknown,
  context: TextContext & { guestId: string },
  uiLanguage: Language,
): string[] | null {
  if (!(error instanceof AppError) || error.code !== 'textsMissing') return null;
  return [
    ...new Set(
      (error.fields ?? []).map((f) => {
        const [, owner = '', field = ''] = f.path.split('.');
        // A group letter names its other members' texts by the member's id.
        const id = typeof f.params?.id === 'string' ? f.params.id : context.guestId;
        if (owner === 'guest') return missingTextLabel(t, { owner, id, field }, context, uiLanguage);
        if (owner === 'visit' || owner === 'contact') {
          return missingTextLabel(t, { owner, id: '', field }, context, uiLanguage);
        }
        return f.path;
      }),
    ),
  ];
}
