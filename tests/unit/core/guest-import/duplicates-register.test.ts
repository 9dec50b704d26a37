import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../../../bench/generator';
import { seededRandom } from '../../../../bench/random';
import { GuestIndex, GuestIndexCache, nameKeys } from '../../../../src/core/guest-import/duplicates';
import { compactIdentifier } from '../../../../src/core/text-search';
import type { GuestData, Visit } from '../../../../src/shared/domain';
import { storedGuest, storedVisit } from '../../../support/builders';

/**
 * The duplicates the index finds in a generated register of one year, row by row, against the plain
 * scan of every guest it stands in for: the same guests, for the same reasons, in the same order
 * (this visit's first, then the latest visits; within one visit or day, passport matches first, then
 * names by the first word of the row's name they share, then in the register's order).
 */

function scan(visits: readonly Visit[], visitId: string, row: GuestData): string[] {
  const passport = compactIdentifier(row.passport.number);
  const names = nameKeys(row);
  const rowWords = names.flatMap((n) => [...n]);
  const found: { text: string; sameVisit: boolean; arrival: string; order: number[] }[] = [];
  let at = 0;
  for (const visit of visits) {
    for (const guest of visit.guests) {
      at += 1;
      const theirs = nameKeys(guest);
      const other = compactIdentifier(guest.passport.number);
      const entry = (reason: string, order: number[]) =>
        found.push({
          text: `${visit.id}/${guest.id}:${reason}:${String(visit.id === visitId)}`,
          sameVisit: visit.id === visitId,
          arrival: visit.arrivalDate,
          order,
        });
      if (passport !== '' && other === passport) {
        entry('passport', [0, 0, at]);
        continue;
      }
      if (passport !== '' && other !== '' && other !== passport) continue;
      const within = (a: Set<string>, b: Set<string>) => [...a].every((w) => b.has(w));
      if (names.some((x) => theirs.some((y) => within(x, y) || within(y, x)))) {
        const words = new Set(theirs.flatMap((n) => [...n]));
        entry('name', [1, rowWords.findIndex((w) => words.has(w)), at]);
      }
    }
  }
  return found
    .sort(
      (a, b) =>
        Number(b.sameVisit) - Number(a.sameVisit) ||
        (a.arrival < b.arrival ? 1 : a.arrival > b.arrival ? -1 : 0) ||
        (a.order[0] ?? 0) - (b.order[0] ?? 0) ||
        (a.order[1] ?? 0) - (b.order[1] ?? 0) ||
        (a.order[2] ?? 0) - (b.order[2] ?? 0),
    )
    .map((f) => f.text);
}

const { visits: generated } = generateDataset({ size: '1y', seed: 20 });
const current = generated.find((v) => v.guests.length >= 5) ?? storedVisit('none');
const noPassport: GuestData['passport'] = { number: '', issuingCountry: '', issueDate: '', expiryDate: '' };
/** A visit of the same day as this one, whose guests tie with its guests on the date. */
const sameDay = storedVisit('same-day', {
  arrivalDate: current.arrivalDate,
  departureDate: current.departureDate,
  guests: [
    storedGuest('petrovich', {
      surname: 'PETROVICH',
      givenNames: 'IVAN',
      nameCyrillic: '',
      passport: noPassport,
    }),
    storedGuest('patronymic', {
      surname: 'Ivanov',
      givenNames: 'Ivan',
      nameCyrillic: 'Иван Петрович Иванов',
      passport: noPassport,
    }),
    storedGuest('short', { surname: 'IVANOV', givenNames: 'IVAN', nameCyrillic: '', passport: noPassport }),
    storedGuest('olga', { surname: 'SMIRNOVA', givenNames: 'OLGA', nameCyrillic: '', passport: noPassport }),
    storedGuest('maria', { surname: 'PETROVA', givenNames: 'MARIA', nameCyrillic: '', passport: noPassport }),
    storedGuest('passported', {
      surname: 'KAYA',
      givenNames: 'CEM',
      passport: { ...noPassport, number: 'P1234567' },
    }),
  ],
});
const visits = [...generated, sameDay];
const guests = visits.flatMap((v) => v.guests);

/** Rows as partners send them: guests of the register as they were, renamed, respelt, re-numbered. */
function rows(): GuestData[] {
  const random = seededRandom(7);
  const out: GuestData[] = [];
  for (let i = 0; i < 160; i += 1) {
    const known = random.pick(guests);
    const other = random.pick(guests);
    const variants: GuestData[] = [
      known,
      { ...known, passport: noPassport },
      { ...known, passport: { ...known.passport, number: `Z${String(10_000_000 + i)}` } },
      { ...known, surname: known.surname.toUpperCase(), givenNames: '', nameCyrillic: '' },
      { ...known, surname: '', givenNames: '', passport: noPassport },
      { ...known, givenNames: `${known.givenNames} Petrovich`, nameCyrillic: '', passport: noPassport },
      { ...known, surname: other.surname, nameCyrillic: other.nameCyrillic, passport: noPassport },
      { ...other, passport: { ...known.passport, number: ` ${known.passport.number.split('').join(' ')}` } },
    ];
    out.push(random.pick(variants));
  }
  out.push(
    { ...storedGuest('row'), surname: 'IVANOV', givenNames: 'IVAN', nameCyrillic: '', passport: noPassport },
    { ...storedGuest('row'), surname: 'Иванов', givenNames: '', nameCyrillic: 'Иван Иванов' },
    {
      ...storedGuest('row'),
      surname: 'IVANOV',
      givenNames: 'IVAN',
      passport: { ...noPassport, number: 'P 123 4567' },
    },
    {
      ...storedGuest('row'),
      surname: 'Petrova',
      givenNames: 'Anna Maria',
      nameCyrillic: 'Ольга Смирнова',
      passport: noPassport,
    },
    {
      ...storedGuest('row'),
      surname: 'Ivanov',
      givenNames: 'Ivan Petrovich',
      nameCyrillic: '',
      passport: noPassport,
    },
  );
  return out;
}

describe('duplicates in a register of one year', () => {
  const index = new GuestIndex(visits);
  const list = rows();
  const found = list.map((row) => index.find(row, current.id));
  const texts = found.map((ds) =>
    ds.map((d) => `${d.visitId}/${d.guestId}:${d.reason}:${String(d.sameVisit)}`),
  );

  it('are those a scan of every guest finds, in its order', () => {
    expect(texts).toEqual(list.map((row) => scan(visits, current.id, row)));
  });

  it('include rows with many duplicates, matches by passport and by name, on this visit and on others', () => {
    const all = texts.flat();
    expect(all.filter((t) => t.endsWith(':passport:true')).length).toBeGreaterThan(0);
    expect(all.filter((t) => t.includes(':passport:false')).length).toBeGreaterThan(0);
    expect(all.filter((t) => t.endsWith(':name:true')).length).toBeGreaterThan(0);
    expect(all.filter((t) => t.includes(':name:false')).length).toBeGreaterThan(20);
    expect(Math.max(...texts.map((t) => t.length))).toBeGreaterThan(5);
    expect(texts.filter((t) => t.length === 0).length).toBeGreaterThan(0);
  });

  it('name the guest found as the register spells it', () => {
    const ivanov = found.at(-4) ?? [];
    expect(ivanov.map((d) => [d.guestId, d.name, d.reason, d.arrivalDate])).toEqual([
      ['patronymic', 'Ivan Ivanov', 'name', current.arrivalDate],
      ['short', 'IVAN IVANOV', 'name', current.arrivalDate],
    ]);
  });

  it("list one day's guests by passport first, then by the first word of the row's name they share", () => {
    const ofDay = (ds: (typeof found)[number] | undefined) =>
      (ds ?? []).filter((d) => d.visitId === sameDay.id).map((d) => `${d.guestId}:${d.reason}`);
    expect(ofDay(found.at(-3))).toEqual(['passported:passport', 'patronymic:name', 'short:name']);
    expect(ofDay(found.at(-2))).toEqual(['maria:name', 'olga:name']);
    // All three share the first word, Ivan: in the order the visit lists them.
    expect(ofDay(found.at(-1))).toEqual(['petrovich:name', 'patronymic:name', 'short:name']);
  });
});

describe('the index kept between previews', () => {
  it('is the same while no visit changes, and follows a visit whose guests changed', () => {
    const cache = new GuestIndexCache();
    const first = cache.of(visits);
    expect(cache.of([...visits])).toBe(first);
    const row = { ...storedGuest('row'), surname: 'NEWMAN', givenNames: 'OTTO', passport: noPassport };
    expect(cache.of(visits).find(row, current.id)).toEqual([]);

    const added: Visit = {
      ...current,
      guests: [...current.guests, storedGuest('otto', { surname: 'Newman', givenNames: 'Otto' })],
    };
    const changed = visits.map((v) => (v === current ? added : v));
    expect(cache.of(changed)).not.toBe(first);
    expect(
      cache
        .of(changed)
        .find(row, current.id)
        .map((d) => [d.guestId, d.reason, d.sameVisit]),
    ).toEqual([['otto', 'name', true]]);

    const removed = changed.map((v) => (v === added ? { ...added, guests: current.guests } : v));
    expect(cache.of(removed).find(row, current.id)).toEqual([]);
    const head = current.guests[0] ?? row;
    const text = (d: { visitId: string; guestId: string; reason: string; sameVisit: boolean }) =>
      `${d.visitId}/${d.guestId}:${d.reason}:${String(d.sameVisit)}`;
    expect(
      cache
        .of(removed)
        .find(head, current.id)
        .map((d) => d.guestId),
    ).toContain(head.id);
    const without = removed.filter((v) => v.id !== current.id);
    expect(cache.of(without).find(head, current.id).map(text)).toEqual(scan(without, current.id, head));
    expect(
      cache
        .of(without)
        .find(head, current.id)
        .map((d) => d.visitId),
    ).not.toContain(current.id);
  });
});
