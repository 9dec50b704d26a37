import { describe, expect, it } from 'vitest';
import type { Visit } from '../../../src/shared/domain';
import { guestInput, visitInput } from '../../support/builders';
import { seededRandom } from '../../support/seeded-random';
import { settle, type Laptop } from '../../support/office-laptop';
import { useOffice } from '../../support/use-office';

/**
 * Three laptops of one office change the same visits at random while apart, and now and then some of
 * them exchange with the server. Once all have exchanged until nothing moves, they hold the same visits,
 * and every value any of them saved is still there: on the visit, in a conflict, or replaced by a
 * later change made by an officer who had seen it.
 *
 * QONAQ_SYNC_SEED replays a series; QONAQ_SYNC_RUNS sets how many (default 4).
 */

const SEED = Number(process.env.QONAQ_SYNC_SEED ?? 20_261_206);
const RUNS = Number(process.env.QONAQ_SYNC_RUNS ?? 4);
const STEPS = 60;

const shared = useOffice('converge');

async function laptop(url: string, name: string): Promise<Laptop & { name: string }> {
  return { ...(await shared.laptop(url, name)), name };
}

/** A value saved at a place of a visit (`title`, `guests.<id>`, `guests.<id>.position`). */
interface Saved {
  visitId: string;
  path: string;
  value: string;
}

/** What a visit holds at a path, as the oracle reads it: a guest is its surname. */
function valueAt(visit: Visit | undefined, path: string): string | undefined {
  if (!visit) return undefined;
  const [head, id, field] = path.split('.');
  if (head === 'title') return visit.title;
  if (head === 'partnerName') return visit.partnerName;
  const guest = visit.guests.find((g) => g.id === id);
  if (!guest) return undefined;
  return field === 'position' ? guest.position : guest.surname;
}

/** Letters only, as passport names are: a, b, …, z, ba, bb… */
function word(n: number): string {
  let out = '';
  let rest = n;
  do {
    out = String.fromCharCode(65 + (rest % 26)) + out;
    rest = Math.floor(rest / 26);
  } while (rest > 0);
  return `Q${out}`;
}

async function whole(l: Laptop): Promise<unknown[]> {
  const ids = (await l.store.replica.ids()).sort();
  const visits = await Promise.all(ids.map((id) => l.store.replica.whole(id)));
  // The history is each laptop's own record of who changed what; compared apart from it.
  return visits.map((v) => v && { ...v, history: undefined });
}

async function run(seed: number, url: string): Promise<{ saved: number; conflicts: number }> {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const laptops = [await laptop(url, 'Aysel'), await laptop(url, 'Rauf'), await laptop(url, 'Leyla')];
  const [first] = laptops;
  if (!first) throw new Error('no laptop');
  const visitIds: string[] = [];
  for (let n = 0; n < 3; n += 1) {
    visitIds.push(
      (await first.call('visits.create', { visit: visitInput({ title: `Visit ${n}` }) })).visit.id,
    );
  }
  await settle(laptops);

  const saved: Saved[] = [];
  /** Values a laptop replaced while it could see them: a later change that knew of them. */
  const replaced = new Set<string>();
  const key = (s: Saved) => `${s.visitId}|${s.path}|${s.value}`;
  let counter = 0;
  for (let step = 0; step < STEPS; step += 1) {
    const l = pick(laptops);
    const visitId = pick(visitIds);
    const visit = l.store.getVisit(visitId);
    if (!visit) continue;
    const roll = random();
    counter += 1;
    if (roll < 0.3) {
      const field = random() < 0.5 ? 'title' : 'partnerName';
      const value = `${field} ${l.name} ${counter}`;
      replaced.add(key({ visitId, path: field, value: valueAt(visit, field) ?? '' }));
      const fields = { title: visit.title, partnerName: visit.partnerName, [field]: value };
      await l.call('visits.update', { id: visitId, visit: visitInput(fields) });
      saved.push({ visitId, path: field, value });
    } else if (roll < 0.55) {
      const surname = word(counter);
      const detail = await l.call('guests.add', {
        visitId,
        guest: guestInput({ surname, givenNames: 'Test' }),
      });
      const guest = detail.visit.guests.find((g) => g.surname === surname);
      if (guest) saved.push({ visitId, path: `guests.${guest.id}`, value: surname });
    } else if (roll < 0.85 && visit.guests.length > 0) {
      const guest = pick(visit.guests);
      const path = `guests.${guest.id}.position`;
      const value = `Position ${l.name} ${counter}`;
      replaced.add(key({ visitId, path, value: guest.position ?? '' }));
      await l.call('guests.update', {
        visitId,
        guestId: guest.id,
        guest: guestInput({ surname: guest.surname, givenNames: 'Test', position: value }),
      });
      saved.push({ visitId, path, value });
    } else if (visit.guests.length > 0) {
      const guest = pick(visit.guests);
      replaced.add(key({ visitId, path: `guests.${guest.id}`, value: guest.surname }));
      replaced.add(key({ visitId, path: `guests.${guest.id}.position`, value: guest.position ?? '' }));
      await l.call('guests.remove', { visitId, guestId: guest.id });
    }
    // Now and then a laptop comes online and exchanges; the others stay apart.
    if (random() < 0.25) await pick(laptops).sync.exchange();
  }

  await settle(laptops);

  const [a, ...others] = await Promise.all(laptops.map(whole));
  for (const other of others) expect(other).toEqual(a);
  let conflicts = 0;
  for (const s of saved) {
    if (replaced.has(key(s))) continue;
    const visit = first.store.getVisit(s.visitId);
    const here = valueAt(visit, s.path) === s.value;
    const inConflict = (visit?.syncConflicts ?? []).some((c) => {
      const values = [c.mine, c.theirs, ...(c.others ?? []).map((o) => o.value)];
      return (
        s.path.startsWith(c.path) &&
        values.some((v) => v === s.value || JSON.stringify(v ?? null).includes(JSON.stringify(s.value)))
      );
    });
    if (inConflict) conflicts += 1;
    expect(here || inConflict, `${s.path} = ${s.value} lost (seed ${seed})`).toBe(true);
  }
  await Promise.all(laptops.map((l) => l.store.close()));
  return { saved: saved.length, conflicts };
}

describe('three laptops changing the same visits apart', () => {
  it(`converge, and keep every value saved (${RUNS} random series from seed ${SEED})`, async () => {
    const totals = { saved: 0, conflicts: 0 };
    for (let n = 0; n < RUNS; n += 1) {
      const seed = SEED + n;
      const url = await shared.office();
      const result = await run(seed, url);
      totals.saved += result.saved;
      totals.conflicts += result.conflicts;
    }
    console.log(
      `[sync] ${RUNS} series, ${totals.saved} values saved, ${totals.conflicts} kept as conflicts (seed ${SEED})`,
    );
    expect(totals.saved).toBeGreaterThan(RUNS * 20);
  }, 120_000);
});
