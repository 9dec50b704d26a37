import {
  guestInputSchema,
  visitInputSchema,
  type GuestData,
  type GuestInput,
  type VisitData,
  type VisitInput,
} from '../../src/shared/domain';

/** A valid visit as the user would enter it, with the given fields changed. */
export function visitInput(overrides: Partial<VisitInput> = {}): VisitInput {
  return {
    title: 'Visit of the Ankara University delegation',
    partnerName: 'Ankara Üniversitesi',
    partnerCountry: 'TR',
    status: 'planned',
    arrivalDate: '2026-05-12',
    departureDate: '2026-05-15',
    ...overrides,
  };
}

export function visitData(overrides: Partial<VisitInput> = {}): VisitData {
  return visitInputSchema.parse(visitInput(overrides));
}

/** A valid guest arriving and leaving with the visit of `visitInput()`, with the given fields changed. */
export function guestInput(overrides: Partial<GuestInput> = {}): GuestInput {
  return {
    role: 'member',
    category: 'expert',
    gender: 'female',
    surname: 'Öztürk',
    givenNames: 'Ayşe',
    citizenship: 'TR',
    passport: { number: 'U23456789', issuingCountry: 'TR', issueDate: '2022-06-15', expiryDate: '2030-06-14' },
    arrival: { date: '2026-05-12', time: '14:35', flight: 'TK 334', airport: 'GYD' },
    departure: { date: '2026-05-15', time: '17:50', flight: 'TK 335', airport: 'GYD' },
    ...overrides,
  };
}

export function guestData(overrides: Partial<GuestInput> = {}): GuestData {
  return guestInputSchema.parse(guestInput(overrides));
}
