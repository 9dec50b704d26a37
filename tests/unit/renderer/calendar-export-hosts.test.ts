import { describe, expect, it } from 'vitest';
import { hostsOf } from '../../../src/renderer/src/calendar-export/hosts';
import { programmeItem, storedVisit } from '../../support/builders';

/** The hosts a calendar file can be made for: one entry per person, as the core matches a host. */
describe('the calendar export’s list of hosts', () => {
  it('offers each host once, as first typed, whatever the capitals, accents and spacing', () => {
    const visit = storedVisit('v1', {
      programme: [
        programmeItem('i1', { hosts: ['Rektor  Əliyev', 'Dekan Şahin'] }),
        programmeItem('i2', { hosts: [' REKTOR ƏLİYEV', 'dekan sahin'] }),
        programmeItem('i3', { hosts: ['Prorektor\u00a0Quliyev'] }),
      ],
    });
    expect(hostsOf(visit, 'az')).toEqual(['Dekan Şahin', 'Prorektor\u00a0Quliyev', 'Rektor Əliyev']);
  });
});
