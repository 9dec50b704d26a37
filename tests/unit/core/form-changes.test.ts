import { describe, expect, it } from 'vitest';
import { formChanges } from '../../../src/core/form-changes';
import { hotelInputSchema, type HotelData } from '../../../src/shared/accommodation';
import { visitInputSchema } from '../../../src/shared/domain';
import { visitData } from '../../support/builders';

/**
 * A form saved after the record changed under it (another officer's change came in from the office):
 * the officer's changes are the form's, a field the officer left alone keeps its new value.
 */

const hotel = (overrides: Partial<HotelData> = {}): HotelData =>
  hotelInputSchema.parse({ name: 'Hotel Qafqaz', phone: '+994 12 000 00 00', city: 'Bakı', ...overrides });

describe('formChanges', () => {
  it('keeps a colleague’s change to a field the officer left alone, and the officer’s own change', () => {
    // Arrange: the form opened on the old phone; a colleague gave a new phone; the officer changed the city
    const opened = hotel();
    const current = { ...hotel({ phone: '+994 12 111 11 11' }), id: 'h1' };
    const typed = hotel({ city: 'Şəki' });

    // Act
    const saved = formChanges(hotelInputSchema, typed, opened, current, 'hotel');

    // Assert
    expect(saved).toMatchObject({ name: 'Hotel Qafqaz', phone: '+994 12 111 11 11', city: 'Şəki' });
  });

  it('lets the officer’s change win where both changed the same field', () => {
    const opened = hotel();
    const current = { ...hotel({ phone: '+994 12 111 11 11' }), id: 'h1' };
    const typed = hotel({ phone: '+994 12 222 22 22' });

    expect(formChanges(hotelInputSchema, typed, opened, current, 'hotel').phone).toBe('+994 12 222 22 22');
  });

  it('takes the form whole when it does not say what it opened with, or the record is new', () => {
    const typed = hotel({ city: 'Şəki' });
    const current = { ...hotel({ phone: '+994 12 111 11 11' }), id: 'h1' };

    expect(formChanges(hotelInputSchema, typed, undefined, current, 'hotel')).toBe(typed);
    expect(formChanges(hotelInputSchema, typed, hotel(), undefined, 'hotel')).toBe(typed);
  });

  it('refuses, under the form’s field, values that no longer fit together', () => {
    // Arrange: the officer moved the arrival to the 14th; a colleague moved the departure to the 13th
    const opened = visitData({ arrivalDate: '2026-05-12', departureDate: '2026-05-15' });
    const current = { ...visitData({ arrivalDate: '2026-05-12', departureDate: '2026-05-13' }), id: 'v1' };
    const typed = visitData({ arrivalDate: '2026-05-14', departureDate: '2026-05-15' });

    // Act / Assert
    expect(() => formChanges(visitInputSchema, typed, opened, current, 'visit')).toThrow(
      expect.objectContaining({
        code: 'validation',
        fields: [expect.objectContaining({ path: 'visit.departureDate' })],
      }),
    );
  });
});
