import { formatLetterDateRange, isIsoDate } from '../../shared/dates';
import type { VerificationContact } from '../../shared/institution';
import type { Language } from '../../shared/languages';
import { fill, joinList, letterPhrases } from './phrases';
import { cleanLine, unbreakable } from './sanitize';
import { PAYERS, type Cost, type LetterInput } from './types';

/** The sentences saying who pays what, one per payer, in a fixed order: host, partner, guest. */
export function costSentences(input: LetterInput, audience: 'visa' | 'official'): string[] {
  const p = letterPhrases(input.language).costs;
  const forms = p[audience];
  const partner = cleanLine(input.visit.partnerName);
  return PAYERS.flatMap((payer) => {
    const items = unique(input.costs.filter((c: Cost) => c.payer === payer).map((c) => p.item[c.item]));
    if (items.length === 0) return [];
    const params = {
      items: joinList(input.language, items),
      institution: cleanLine(input.institution.name[input.language]),
      partner,
    };
    const template = payer === 'partner' && partner === '' ? forms.partnerUnnamed : forms[payer];
    return [fill(template, params)];
  });
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/** The contact printed for verification: the one given for this letter, else the institution's. */
export function contactOf(input: LetterInput): VerificationContact {
  return input.verificationContact ?? input.institution.verificationContact;
}

export function contactParams(contact: VerificationContact): Record<string, string> {
  return {
    name: cleanLine(contact.name),
    phone: unbreakable(contact.phone),
    email: cleanLine(contact.email),
  };
}

/** The dates of a stay as a table cell prints them: `24–28 November 2026`, rules in `formatLetterDateRange`. */
export function dateRange(language: Language, from: string, to: string): string {
  return formatLetterDateRange(language, from, to, 'value');
}

/** Fields of the input every letter needs; named as `LetterInputError` reports them. */
export function missingLetterInput(input: LetterInput): string[] {
  const contact = contactOf(input);
  const required: [string, string][] = [
    ['cities', input.cities],
    ['accommodation', input.accommodation],
    ['number', input.number],
    ['verificationContact.name', contact.name],
    ['verificationContact.phone', contact.phone],
    ['verificationContact.email', contact.email],
  ];
  const missing = required.filter(([, value]) => cleanLine(value) === '').map(([field]) => field);
  return isIsoDate(input.issueDate) ? missing : ['issueDate', ...missing];
}
