import { describe, expect, it } from 'vitest';
import { BAKU_TZID, BAKU_UTC_OFFSET, bakuTime, onBakuClock } from '../../../src/shared/baku-time';

/** Baku's offset is written once, in shared/baku-time.ts; reports, backups and calendar files read it. */
describe('Baku time', () => {
  it('reads the wall clock four hours ahead of UTC, whatever the machine’s zone', () => {
    expect(bakuTime(new Date('2026-11-23T20:30:00Z'))).toBe('00:30');
    expect(bakuTime(new Date('2026-06-15T08:05:00Z'))).toBe('12:05');
    expect(onBakuClock(new Date('2026-12-31T21:00:00Z')).toISOString()).toBe('2027-01-01T01:00:00.000Z');
  });

  it('names the zone and its offset as a calendar file writes them', () => {
    expect(BAKU_TZID).toBe('Asia/Baku');
    expect(BAKU_UTC_OFFSET).toBe('+0400');
  });
});
