import type { Guest, GuestData, Passport } from '../../shared/domain';

/**
 * A guest brought up to date from a row of a partner's list: what the row fills in replaces what was
 * known, what it leaves empty keeps what was known. A different passport number is a new passport:
 * its dates come from the row alone, never mixed with the old passport's.
 */

type TextField = {
  [K in keyof GuestData]: GuestData[K] extends string ? K : never;
}[keyof GuestData];

const TEXT_FIELDS = [
  'surname',
  'givenNames',
  'nameAz',
  'nameCyrillic',
  'position',
  'organisation',
  'citizenship',
  'dateOfBirth',
  'placeOfBirth',
  'homeAddress',
  'email',
  'phone',
  'dietaryNeeds',
  'accessNeeds',
] as const satisfies readonly TextField[];

function mergePassport(known: Passport, row: Passport): Passport {
  if (row.number !== '' && row.number !== known.number) return row;
  return {
    number: row.number || known.number,
    issuingCountry: row.issuingCountry || known.issuingCountry,
    issueDate: row.issueDate || known.issueDate,
    expiryDate: row.expiryDate || known.expiryDate,
  };
}

/**
 * `known` completed and corrected by `row`. `journey`: whose arrival, departure and role to keep —
 * the known guest's when updating them on their visit, the row's when bringing a guest from an
 * earlier visit into this one (a new trip).
 */
export function mergeGuest(known: Guest, row: GuestData, journey: 'known' | 'row'): GuestData {
  const { id: _id, ...base } = known;
  const merged: GuestData = { ...base, passport: mergePassport(known.passport, row.passport) };
  for (const field of TEXT_FIELDS) if (row[field] !== '') Object.assign(merged, { [field]: row[field] });
  if (row.gender !== '') merged.gender = row.gender;
  if (row.honorific !== 'none') merged.honorific = row.honorific;
  if (journey === 'row') {
    merged.arrival = row.arrival;
    merged.departure = row.departure;
    merged.role = row.role;
  } else if (row.role === 'head') {
    merged.role = 'head';
  }
  // Flights the row gives update the known journey; its dates default to the visit's, so they only
  // count with a flight beside them.
  if (journey === 'known') {
    for (const leg of ['arrival', 'departure'] as const) {
      if (row[leg].flight !== '')
        merged[leg] = { ...merged[leg], flight: row[leg].flight, date: row[leg].date };
    }
  }
  // Translations of a position or organisation that changed would print the old one.
  if (merged.position !== known.position || merged.organisation !== known.organisation) {
    const { translations: _t, lang: _l, ...rest } = merged;
    return rest;
  }
  return merged;
}
