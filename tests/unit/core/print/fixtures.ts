import type { Hotel, Stay } from '../../../../src/shared/accommodation';
import {
  guestInputSchema,
  visitInputSchema,
  type Guest,
  type GuestInput,
  type Visit,
} from '../../../../src/shared/domain';
import {
  programmeItemInputSchema,
  type ProgrammeItem,
  type ProgrammeItemInput,
} from '../../../../src/shared/planning';

/** Visits as stored, built small: what the schedule and programme models read. */

export function guest(
  id: string,
  givenNames: string,
  surname: string,
  overrides: Partial<GuestInput> = {},
): Guest {
  return { ...guestInputSchema.parse({ category: 'expert', givenNames, surname, ...overrides }), id };
}

export function item(id: string, overrides: Partial<ProgrammeItemInput>): ProgrammeItem {
  return {
    ...programmeItemInputSchema.parse({
      title: id,
      startDate: '2026-05-13',
      startTime: '10:00',
      endDate: '2026-05-13',
      endTime: '11:00',
      ...overrides,
    }),
    id,
  };
}

export function visit(id: string, overrides: Partial<Visit> = {}): Visit {
  return {
    ...visitInputSchema.parse({
      title: `Visit ${id}`,
      status: 'planned',
      arrivalDate: '2026-05-12',
      departureDate: '2026-05-15',
    }),
    id,
    guests: [],
    stays: [],
    programme: [],
    roomBlocks: [],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

export const hotel: Hotel = {
  id: 'h1',
  name: 'Qafqaz Hotel',
  address: 'Azadlıq pr. 1',
  city: 'Bakı',
  phone: '+994 12 000 00 00',
  email: '',
  notes: '',
};

export function stay(id: string, guestIds: string[], checkIn: string, checkOut: string): Stay {
  return {
    id,
    guestIds,
    hotelId: 'h1',
    roomNumber: '512',
    roomType: 'double',
    checkIn,
    checkOut,
    confirmation: '',
    payer: 'host',
  };
}
