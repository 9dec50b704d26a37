import { describe, expect, it } from 'vitest';
import { RegisterDraft, nextNumber } from '../../../src/core/register';
import type { RegisterEntry } from '../../../src/shared/letters';
import { rejection } from '../../support/rejection';
import { storedGuest } from '../../support/builders';

/** The register's numbers are eight digits at most, and a letter is corrected 10,000 times at most (shared/domain.ts). */
const format = { pattern: '{prefix}{n}/{year}', prefix: 'BƏ-', padding: 3, yearlyRestart: true };

const registerAt = (counter: number, taken: readonly string[] = []) => ({
  counter: () => counter,
  isTaken: (number: string) => taken.includes(number),
  find: (): RegisterEntry | undefined => undefined,
});

describe('the register at the end of its numbers', () => {
  it('gives the last eight-digit number, 99999999', () => {
    expect(nextNumber(registerAt(99_999_998), format, '2026-05-04')).toEqual({
      sequence: 99_999_999,
      year: 2026,
      number: 'BƏ-99999999/2026',
    });
  });

  it('refuses the next one with registerFull, naming the year, rather than failing as internal', async () => {
    const full = await rejection(async () => nextNumber(registerAt(99_999_999), format, '2026-05-04'));
    expect(full.code).toBe('registerFull');
    expect(full.params).toMatchObject({ year: 2026, max: 99_999_999 });
  });

  it('refuses when the numbers left are all taken by letters printed under another count', async () => {
    const full = await rejection(async () =>
      nextNumber(registerAt(99_999_998, ['BƏ-99999999/2026']), format, '2026-05-04'),
    );
    expect(full.code).toBe('registerFull');
  });

  it('refuses a 10,001st revision of one letter with tooManyRevisions, naming its number', async () => {
    const guest = storedGuest('guest');
    const old: RegisterEntry = {
      ...new RegisterDraft(registerAt(0)).add(format, {
        id: 'e1',
        kind: 'visaInvitation',
        language: 'en',
        visitId: 'v1',
        visitTitle: 'Visit',
        guest,
        date: '2026-05-04',
        issuedAt: '2026-05-04T09:00:00.000Z',
      }),
      revision: 10_000,
    };
    const draft = new RegisterDraft({ ...registerAt(1, [old.number]), find: () => old });
    const facts = {
      kind: old.kind,
      language: old.language,
      visitId: 'v1',
      visitTitle: 'Visit',
      guest,
      date: '2026-05-05',
      issuedAt: '2026-05-05T09:00:00.000Z',
    };

    const refused = await rejection(async () => draft.revise('e1', facts));
    expect(refused.code).toBe('tooManyRevisions');
    expect(refused.params).toMatchObject({ number: 'BƏ-001/2026', max: 10_000 });
    expect(draft.events).toEqual([]);
  });
});
