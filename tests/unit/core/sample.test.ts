import { describe, expect, it } from 'vitest';
import { sampleDelegation } from '../../../src/core/sample';
import { visitConflicts } from '../../../src/core/planning/conflicts';
import { toDetail } from '../../../src/core/visit-detail';
import type { Visit } from '../../../src/shared/domain';
import { LANGUAGES } from '../../../src/shared/languages';

function asVisit(language: (typeof LANGUAGES)[number]): Visit {
  const sample = sampleDelegation(language, '2026-11-24');
  return {
    ...sample.visit,
    id: 'sample',
    guests: sample.guests.map((g, i) => ({ ...g, id: `g${i}` })),
    stays: [],
    programme: sample.programme.map((p, i) => ({ ...p, id: `p${i}` })),
    roomBlocks: [],
    createdAt: '2026-11-24T08:00:00.000Z',
    updatedAt: '2026-11-24T08:00:00.000Z',
  };
}

describe('the sample delegation', () => {
  it.each(LANGUAGES)(
    'comes with a programme titled in %s, a transfer each way and no conflicts',
    (language) => {
      const visit = asVisit(language);
      const detail = toDetail(visit);
      expect(visit.programme.length).toBeGreaterThanOrEqual(5);
      expect(visit.programme.every((p) => p.title === p.titles[language])).toBe(true);
      expect(
        visit.programme.every((p) => p.startDate >= visit.arrivalDate && p.endDate <= visit.departureDate),
      ).toBe(true);
      expect(detail.planning.transfers.map((t) => [t.direction, t.number, t.guestIds.length])).toEqual([
        ['arrival', 'TK 334', 5],
        ['departure', 'TK 335', 5],
      ]);
      expect(visitConflicts(visit, [visit])).toEqual([]);
    },
  );
});
