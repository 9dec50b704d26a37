import { describe, expect, it } from 'vitest';
import type { BackupInfo } from '../../../src/shared/backups-contract';
import {
  decideRetention,
  DEFAULT_RETENTION,
  type RetentionPolicy,
  type SnapshotFacts,
} from '../../../src/core/store/snapshot-retention';

/**
 * A year of an office's snapshots on a fake clock, pruned after each one as the store does, counting
 * back from the snapshot just taken. Times are Baku's (UTC+4). On a working day (Monday to Friday)
 * Qonaq starts at 09:00, takes a periodic snapshot every hour from 10:00 to 17:00, starts again at
 * 13:30 on Mondays and Wednesdays, and is asked for one at 16:30 on Fridays. Nothing happens at
 * weekends, nor on the three weeks' holiday from 3 to 21 August.
 */
const KiB = 1024;
const MiB = 1024 * KiB;

interface Event {
  at: string;
  reason: BackupInfo['reason'];
}

function bakuInstant(day: string, time: string): string {
  return new Date(`${day}T${time}:00.000+04:00`).toISOString();
}

function yearOfEvents(until: string, extra: Event[] = []): Event[] {
  const events: Event[] = [...extra];
  for (let t = Date.UTC(2026, 0, 1); ; t += 24 * 60 * 60 * 1000) {
    const day = new Date(t).toISOString().slice(0, 10);
    if (day > until) break;
    const weekday = new Date(t).getUTCDay(); // 0 Sunday .. 6 Saturday
    if (weekday === 0 || weekday === 6 || (day >= '2026-08-03' && day <= '2026-08-21')) continue;
    events.push({ at: bakuInstant(day, '09:00'), reason: 'start' });
    for (let hour = 10; hour <= 17; hour++)
      events.push({ at: bakuInstant(day, `${hour}:00`), reason: 'periodic' });
    if (weekday === 1 || weekday === 3) events.push({ at: bakuInstant(day, '13:30'), reason: 'start' });
    if (weekday === 5) events.push({ at: bakuInstant(day, '16:30'), reason: 'manual' });
  }
  return events.sort((a, b) => a.at.localeCompare(b.at));
}

/** Every snapshot holds the same 1 MiB of unchanged files (hard-linked) and `own` bytes of its own. */
function facts(event: Event, own: number): SnapshotFacts {
  const id = `${event.at}-${event.reason}`;
  return {
    id,
    createdAt: event.at,
    reason: event.reason,
    files: [
      { key: 'unchanged', bytes: MiB },
      { key: `own:${id}`, bytes: own },
    ],
  };
}

interface Run {
  kept: SnapshotFacts[];
  usedBytes: number;
  budgetBytes: number;
}

function simulate(
  events: Event[],
  options: { policy?: RetentionPolicy; own?: number; protect?: (e: Event) => string[] } = {},
): Run {
  const policy = options.policy ?? DEFAULT_RETENTION;
  let kept: SnapshotFacts[] = [];
  let last: Run = { kept, usedBytes: 0, budgetBytes: 0 };
  for (const event of events) {
    const taken = facts(event, options.own ?? 100 * KiB);
    kept.push(taken);
    const decision = decideRetention({
      snapshots: kept,
      now: new Date(event.at),
      policy,
      ...(options.protect ? { protect: options.protect(event) } : {}),
    });
    // Checked after every prune of the year, not only at its end.
    expect(decision.keep[0]).toBe(taken.id);
    if (!options.protect) expect(decision.usedBytes).toBeLessThanOrEqual(decision.budgetBytes);
    expect([...decision.keep, ...decision.remove].sort()).toEqual(kept.map((s) => s.id).sort());
    kept = kept.filter((s) => decision.keep.includes(s.id));
    last = { kept, usedBytes: decision.usedBytes, budgetBytes: decision.budgetBytes };
  }
  return last;
}

const bakuDay = (s: SnapshotFacts) =>
  new Date(Date.parse(s.createdAt) + 4 * 60 * 60 * 1000).toISOString().slice(0, 10);
const bakuTime = (s: SnapshotFacts) =>
  new Date(Date.parse(s.createdAt) + 4 * 60 * 60 * 1000).toISOString().slice(11, 16);

function perDay(kept: SnapshotFacts[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const s of kept) counts[bakuDay(s)] = (counts[bakuDay(s)] ?? 0) + 1;
  return counts;
}

function perMonth(kept: SnapshotFacts[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const s of kept) counts[bakuDay(s).slice(0, 7)] = (counts[bakuDay(s).slice(0, 7)] ?? 0) + 1;
  return counts;
}

/** The last working day of each month of 2026, before December. */
const MONTH_ENDS = [
  '2026-01-30',
  '2026-02-27',
  '2026-03-31',
  '2026-04-30',
  '2026-05-29',
  '2026-06-30',
  '2026-07-31',
  '2026-08-31',
  '2026-09-30',
  '2026-10-30',
  '2026-11-30',
];
/** The working days of December 2026 before the 31st that fall in the 30 days ending on the 31st. */
const DECEMBER_DAYS = [
  '2026-12-02', '2026-12-03', '2026-12-04',
  '2026-12-07', '2026-12-08', '2026-12-09', '2026-12-10', '2026-12-11',
  '2026-12-14', '2026-12-15', '2026-12-16', '2026-12-17', '2026-12-18',
  '2026-12-21', '2026-12-22', '2026-12-23', '2026-12-24', '2026-12-25',
  '2026-12-28', '2026-12-29', '2026-12-30',
]; // prettier-ignore

describe('a year of snapshots, thinned', () => {
  it('keeps all of the last 24 hours, one a day for 30 days and one a month before that', () => {
    const { kept, usedBytes, budgetBytes } = simulate(yearOfEvents('2026-12-31'));

    const expectedDays: Record<string, number> = { '2026-12-31': 9 };
    for (const day of [...MONTH_ENDS, ...DECEMBER_DAYS]) expectedDays[day] = 1;
    expect(perDay(kept)).toEqual(expectedDays);
    expect(perMonth(kept)).toEqual({
      '2026-01': 1, '2026-02': 1, '2026-03': 1, '2026-04': 1, '2026-05': 1, '2026-06': 1,
      '2026-07': 1, '2026-08': 1, '2026-09': 1, '2026-10': 1, '2026-11': 1, '2026-12': 30,
    }); // prettier-ignore
    expect(kept).toHaveLength(41);
    // The one kept of a day is its last: 17:00; on the 31st, every one of the day.
    expect(new Set(kept.filter((s) => bakuDay(s) !== '2026-12-31').map(bakuTime))).toEqual(
      new Set(['17:00']),
    );
    expect(kept.filter((s) => bakuDay(s) === '2026-12-31').map(bakuTime)).toEqual([
      '09:00', '10:00', '11:00', '12:00', '13:00', '14:00', '15:00', '16:00', '17:00',
    ]); // prettier-ignore
    expect(usedBytes).toBe(MiB + 41 * 100 * KiB);
    expect(budgetBytes).toBe(500 * MiB);
  });

  it('after a holiday, keeps the working days before it that are within 30 days', () => {
    const { kept } = simulate(
      yearOfEvents('2026-08-24').filter((e) => e.at <= bakuInstant('2026-08-24', '09:00')),
    );

    expect(perDay(kept)).toEqual({
      '2026-01-30': 1,
      '2026-02-27': 1,
      '2026-03-31': 1,
      '2026-04-30': 1,
      '2026-05-29': 1,
      '2026-06-30': 1,
      '2026-07-27': 1,
      '2026-07-28': 1,
      '2026-07-29': 1,
      '2026-07-30': 1,
      '2026-07-31': 1,
      '2026-08-24': 1,
    });
  });

  it('within a budget, lets the oldest go first and keeps the newest', () => {
    // Each snapshot adds 200 KiB; the data (the newest snapshot) is 1 MiB + 200 KiB, and five times that
    // is more than the 3 MiB of the policy. It holds the 1 MiB shared and 25 snapshots' own 200 KiB.
    const policy = { ...DEFAULT_RETENTION, budgetBytes: 3 * MiB };

    const { kept, usedBytes, budgetBytes } = simulate(yearOfEvents('2026-12-31'), { policy, own: 200 * KiB });

    expect(budgetBytes).toBe(5 * (MiB + 200 * KiB));
    expect(usedBytes).toBe(MiB + 25 * 200 * KiB);
    const expectedDays: Record<string, number> = { '2026-12-31': 9 };
    for (const day of DECEMBER_DAYS.slice(-16)) expectedDays[day] = 1;
    expect(perDay(kept)).toEqual(expectedDays);
    expect(DECEMBER_DAYS.slice(-16)[0]).toBe('2026-12-09');
  });

  it('keeps the snapshot taken before the last restore until the next restore, whatever its age', () => {
    const firstRestore = { at: bakuInstant('2026-03-10', '11:30'), reason: 'beforeRestore' as const };
    const secondRestore = { at: bakuInstant('2026-11-05', '11:30'), reason: 'beforeRestore' as const };

    const inSummer = simulate(yearOfEvents('2026-07-15', [firstRestore]));
    const atYearEnd = simulate(yearOfEvents('2026-12-31', [firstRestore, secondRestore]));

    expect(inSummer.kept.filter((s) => s.reason === 'beforeRestore').map((s) => s.createdAt)).toEqual([
      firstRestore.at,
    ]);
    expect(atYearEnd.kept.filter((s) => s.reason === 'beforeRestore').map((s) => s.createdAt)).toEqual([
      secondRestore.at,
    ]);
    // Everything else is as in a year without restores.
    expect(atYearEnd.kept).toHaveLength(42);
  });

  it('keeps the newest and the protected ones even over budget, and nothing else', () => {
    const policy = { ...DEFAULT_RETENTION, budgetBytes: 0, budgetDataMultiple: 1 };
    const events = yearOfEvents('2026-01-09');
    const restoring = `${bakuInstant('2026-01-05', '12:00')}-periodic`;

    const { kept, usedBytes, budgetBytes } = simulate(events, { policy, protect: () => [restoring] });

    expect(kept.map((s) => s.id)).toEqual([restoring, `${bakuInstant('2026-01-09', '17:00')}-periodic`]);
    expect(budgetBytes).toBe(MiB + 100 * KiB);
    // Over the budget by the protected snapshot's own file: reported as it is.
    expect(usedBytes).toBe(MiB + 200 * KiB);
  });

  it('keeps a snapshot stamped after now (a clock set back)', () => {
    const at = (iso: string): SnapshotFacts => ({ id: iso, createdAt: iso, reason: 'periodic', files: [] });
    const snapshots = [
      at('2026-06-01T08:00:00.000Z'),
      at('2026-06-01T09:00:00.000Z'),
      at('2026-05-01T09:00:00.000Z'),
    ];

    const decision = decideRetention({
      snapshots,
      now: new Date('2026-03-01T00:00:00.000Z'),
      policy: DEFAULT_RETENTION,
    });

    expect(decision.keep).toEqual([
      '2026-06-01T09:00:00.000Z',
      '2026-06-01T08:00:00.000Z',
      '2026-05-01T09:00:00.000Z',
    ]);
  });
});
