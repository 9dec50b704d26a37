import type { Institution } from './institution';
import { cleanLine } from './sanitize';

/**
 * What Settings lacks that a letter would be refused for, whatever the letter: the contact for
 * verification. A letter may name its own contact, but none of the app's dialogs does, so this is
 * what refuses it; the letter dialogs list it before the officer fills them in, the core's check
 * after. A field counts as filled when it holds something printable (`cleanLine`): a no-break space
 * does, a control character does not. Zod-free, so the renderer imports it cheaply.
 */
export function institutionGaps(institution: Pick<Institution, 'verificationContact'> | null): string[] {
  if (!institution) return [];
  const contact = institution.verificationContact;
  return (['name', 'phone', 'email'] as const)
    .filter((key) => cleanLine(contact[key]) === '')
    .map((key) => `institution.verificationContact.${key}`);
}
