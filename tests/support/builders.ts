import type { AgreementInput, PartnerInput } from '../../src/shared/partners';
import {
  guestInputSchema,
  travelLegSchema,
  visitInputSchema,
  type Guest,
  type GuestData,
  type GuestInput,
  type TravelLeg,
  type TravelLegInput,
  type Visit,
  type VisitData,
  type VisitInput,
} from '../../src/shared/domain';
import {
  programmeItemInputSchema,
  type ProgrammeItem,
  type ProgrammeItemInput,
} from '../../src/shared/planning';

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
    passport: {
      number: 'U23456789',
      issuingCountry: 'TR',
      issueDate: '2022-06-15',
      expiryDate: '2030-06-14',
    },
    arrival: { date: '2026-05-12', time: '14:35', flight: 'TK 334', airport: 'GYD' },
    departure: { date: '2026-05-15', time: '17:50', flight: 'TK 335', airport: 'GYD' },
    ...overrides,
  };
}

export function guestData(overrides: Partial<GuestInput> = {}): GuestData {
  return guestInputSchema.parse(guestInput(overrides));
}

/** One way of a journey, as stored, with the given fields changed (empty by default). */
export function leg(overrides: Partial<TravelLegInput> = {}): TravelLeg {
  return travelLegSchema.parse(overrides);
}

/**
 * A guest as stored in a visit: without a journey unless given one (so no transfer appears by itself),
 * and with a passport number of their own, since the passport is who a guest is across visits.
 */
export function storedGuest(id: string, overrides: Partial<GuestInput> = {}): Guest {
  return {
    ...guestData({
      givenNames: id,
      arrival: {},
      departure: {},
      passport: { number: `P${id.replace(/[^A-Za-z0-9]/g, '')}`, issuingCountry: 'TR' },
      ...overrides,
    }),
    id,
  };
}

/** A programme item as the user would enter it: a meeting on the second day of `visitInput()`. */
export function programmeItemInput(overrides: Partial<ProgrammeItemInput> = {}): ProgrammeItemInput {
  return {
    type: 'meeting',
    title: 'Meeting with the rector',
    startDate: '2026-05-13',
    startTime: '10:00',
    endDate: '2026-05-13',
    endTime: '11:00',
    ...overrides,
  };
}

/** A programme item as stored in a visit. */
export function programmeItem(id: string, overrides: Partial<ProgrammeItemInput> = {}): ProgrammeItem {
  return { ...programmeItemInputSchema.parse(programmeItemInput(overrides)), id };
}

/** A visit as stored (12-15 May unless told otherwise), with the given fields changed. */
export function storedVisit(id: string, overrides: Partial<Visit> = {}): Visit {
  return {
    ...visitData(),
    id,
    guests: [],
    stays: [],
    programme: [],
    roomBlocks: [],
    createdAt: '2026-05-01T08:00:00.000Z',
    updatedAt: '2026-05-01T08:00:00.000Z',
    ...overrides,
  };
}

/** A partner as the directory form sends it: a university, with its name in each language. */
export const ankaraPartner: PartnerInput = {
  officialName: 'Ankara Üniversitesi',
  names: { az: 'Ankara Universiteti', en: 'Ankara University', ru: 'Анкарский университет' },
  country: 'TR',
  city: 'Ankara',
};

/** A memorandum signed with `partnerId` in 2022, valid to the end of 2026, with the given fields changed. */
export const mouAgreement = (partnerId: string, overrides: Partial<AgreementInput> = {}): AgreementInput => ({
  partnerId,
  kind: 'mou',
  title: { az: 'Anlaşma memorandumu', en: 'Memorandum of Understanding', ru: 'Меморандум о взаимопонимании' },
  status: 'signed',
  signedDate: '2022-01-10',
  validFrom: '2022-01-10',
  validTo: '2026-12-31',
  ...overrides,
});
