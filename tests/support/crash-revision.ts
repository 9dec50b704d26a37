import type { Visit } from '../../src/shared/domain';

/**
 * The revision a visit written by the crash writer holds: every change writes a higher one, as
 * `rev <n>` in the visit's notes or in a guest's position, and the highest one names the latest change.
 */
export function revisionOf(visit: Visit): number {
  const revs = [visit.notes, ...visit.guests.map((g) => g.position)].map(
    (text) => /^rev (\d+)$/.exec(text)?.[1],
  );
  return Math.max(0, ...revs.map(Number).filter(Number.isFinite));
}
