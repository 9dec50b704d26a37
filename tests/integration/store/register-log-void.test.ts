import { describe, expect, it } from 'vitest';
import { RegisterLog } from '../../../src/core/store/register-log';
import type { RegisterEvent } from '../../../src/core/store/register-lines';
import type { RegisterEntry } from '../../../src/shared/letters';

const entry = (id: string, sequence: number): RegisterEntry => ({
  id,
  sequence,
  year: 2026,
  number: `BƏ-${sequence}/2026`,
  date: '2026-10-15',
  kind: 'visaInvitation',
  language: 'en',
  visitId: 'v1',
  visitTitle: 'Visit',
  guestId: 'g1',
  guestName: 'Ayşe Demirci',
  fileName: 'letter.docx',
  revision: 1,
  revisions: [{ revision: 1, date: '2026-10-15', issuedAt: '2026-10-15T08:00:00.000Z' }],
  issuedAt: '2026-10-15T08:00:00.000Z',
});

const numbered = (e: RegisterEntry): RegisterEvent => ({ type: 'numbered', counter: '2026', entry: e });
const voided = (at: string): RegisterEvent => ({
  type: 'voided',
  entryId: 'a',
  reason: 'Duplicate',
  date: at.slice(0, 10),
  at,
});
/** The entries a replay answers, as the register page reads them (with their voids). */
const entriesOf = (register: { entries: readonly RegisterEntry[] }): readonly RegisterEntry[] =>
  register.entries;
const unvoided = (at: string): RegisterEvent => ({
  type: 'unvoided',
  entryId: 'a',
  date: at.slice(0, 10),
  at,
});

describe('voids in the register log', () => {
  it('lets the latest void or restore stand, whatever order they are read in', () => {
    const a = entry('a', 1);
    const inOrder = RegisterLog.replay([
      numbered(a),
      voided('2026-10-16T08:00:00Z'),
      unvoided('2026-10-17T08:00:00Z'),
    ]);
    const outOfOrder = RegisterLog.replay([
      numbered(a),
      unvoided('2026-10-17T08:00:00Z'),
      voided('2026-10-16T08:00:00Z'),
    ]);

    expect(entriesOf(inOrder)[0]?.voided).toBeUndefined();
    expect(entriesOf(outOfOrder)[0]?.voided).toBeUndefined();
  });

  it('keeps a voided number taken and its counter where it was', () => {
    const register = RegisterLog.replay([numbered(entry('a', 1)), voided('2026-10-16T08:00:00Z')]);

    expect(register.counters).toEqual({ '2026': 1 });
    expect(entriesOf(register)[0]?.voided).toEqual({ reason: 'Duplicate', at: '2026-10-16T08:00:00Z' });
  });

  it('rejects a void without a reason or with one too long when the line is read', async () => {
    const { parseRegisterLines, registerLines } = await import('../../../src/core/store/register-lines');
    const good = registerLines([voided('2026-10-16T08:00:00Z')]);
    const bad = `${JSON.stringify({ type: 'voided', entryId: 'a', reason: '', date: '2026-10-16', at: 'x' })}\n`;

    expect(parseRegisterLines(Buffer.from(good + bad + good)).damaged).toBe(true);
    expect(parseRegisterLines(Buffer.from(good)).events).toHaveLength(1);
  });
});
