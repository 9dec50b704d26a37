import { describe, expect, it } from 'vitest';
import { planningSuggestions } from '../../../../src/core/planning/suggestions';
import { programmeItem, storedGuest, storedVisit } from '../../../support/builders';

describe('planningSuggestions', () => {
  it('offers nothing before anything is typed', () => {
    expect(planningSuggestions([storedVisit('v1', { guests: [storedGuest('a')] })])).toEqual({
      hosts: [],
      venues: [],
      staff: [],
      vehicles: [],
      drivers: [],
      escorts: [],
      places: [],
    });
  });

  it('offers the values typed before in every visit, most used first, ties alphabetically, each once', () => {
    const one = storedVisit('v1', {
      programme: [
        programmeItem('i1', {
          hosts: ['Rector', 'Dean'],
          venue: 'Senate Hall',
          staff: 'Nigar',
          vehicle: '10-AB-123',
        }),
        programmeItem('i2', { hosts: ['Dean'], venue: 'Library', staff: 'Nigar' }),
      ],
      guests: [
        storedGuest('a', {
          arrival: {
            date: '2026-05-12',
            airport: 'GYD',
            pickup: { vehicle: '90-XY-001', driver: 'Elçin', escort: 'Leyla' },
          },
          departure: {
            date: '2026-05-15',
            airport: 'Bakı-Sərnişin',
            pickup: { vehicle: '10-AB-123', driver: 'Elçin' },
          },
        }),
      ],
    });
    const other = storedVisit('v2', {
      programme: [programmeItem('i3', { hosts: ['Vice-rector'], venue: 'Library' })],
    });

    expect(planningSuggestions([one, other])).toEqual({
      hosts: ['Dean', 'Rector', 'Vice-rector'],
      venues: ['Library', 'Senate Hall'],
      staff: ['Nigar'],
      vehicles: ['10-AB-123', '90-XY-001'],
      drivers: ['Elçin'],
      escorts: ['Leyla'],
      places: ['Bakı-Sərnişin', 'GYD'],
    });
  });

  it('offers at most 200 values per field', () => {
    const venues = Array.from({ length: 250 }, (_, i) =>
      programmeItem(`i${i}`, { venue: `Room ${String(i).padStart(3, '0')}` }),
    );

    const { venues: offered } = planningSuggestions([storedVisit('v1', { programme: venues })]);

    expect(offered).toHaveLength(200);
    expect(offered[0]).toBe('Room 000');
  });
});
