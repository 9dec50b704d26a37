import { describe, expect, it } from 'vitest';
import { buildReport, refuseUntranslated } from '../../../../src/core/reports/report';
import { AppError } from '../../../../src/shared/errors';
import type { Count } from '../../../../src/shared/reports';
import { office } from './fixture';

// The counts below are worked out by hand in fixture.ts.
const Q1 = { from: '2027-01-01', to: '2027-03-31', compare: false } as const;
const NOW = new Date('2027-04-02T08:30:00Z');
const pairs = (counts: readonly Count[]) => counts.map((c) => [c.label, c.count]);

describe('the report figures of a quarter, counted by hand', () => {
  const { report } = buildReport(office(), { ...Q1, language: 'en' }, NOW);
  const f = report.current;

  it('says its period and the moment it was made', () => {
    expect([report.from, report.to, report.madeAt, report.previous]).toEqual([
      '2027-01-01',
      '2027-03-31',
      '2027-04-02T08:30:00.000Z',
      null,
    ]);
  });

  it('counts the visits overlapping the period; a cancelled one only by status', () => {
    expect(f.visits.total).toBe(3);
    expect(pairs(f.visits.byStatus)).toEqual([
      ['Confirmed', 1],
      ['Completed', 2],
      ['Cancelled', 1],
    ]);
    expect(pairs(f.visits.byCountry)).toEqual([
      ['Türkiye', 2],
      ['Russia', 1],
    ]);
    expect(pairs(f.visits.byPartner)).toEqual([
      ['Ankara University', 2],
      ['Moscow State University', 1],
      ['—', 1],
    ]);
    expect(pairs(f.visits.byHostUnit)).toEqual([
      ['Rectorate', 2],
      ['—', 1],
    ]);
    expect(f.visitList.map((v) => [v.id, v.title, v.partner, v.status, v.guests])).toEqual([
      ['A', 'Ankara University delegation', 'Ankara University', 'Completed', 2],
      ['E', 'Joint delegation', 'Ankara University, —', 'Completed', 1],
      ['B', 'Moscow delegation', 'Moscow State University', 'Confirmed', 2],
    ]);
  });

  it('counts the guests of those visits by category, role and citizenship', () => {
    expect(f.guests.total).toBe(5);
    expect(pairs(f.guests.byCategory)).toEqual([
      ['Expert', 2],
      ['Delegation member', 1],
      ['Student', 1],
      ['Accompanying person', 1],
    ]);
    expect(pairs(f.guests.byRole)).toEqual([
      ['Head of delegation', 2],
      ['Member', 3],
    ]);
    expect(pairs(f.guests.byCountry)).toEqual([
      ['Türkiye', 2],
      ['Germany', 1],
      ['Russia', 1],
      ['—', 1],
    ]);
  });

  it('counts guest-days and guest-nights within the period only, across both of its edges', () => {
    expect(f.stay).toEqual({ guestDays: 10, guestNights: 7 });
  });

  it('counts programme items beginning in the period, by kind', () => {
    expect(f.programme.total).toBe(3);
    expect(pairs(f.programme.byType)).toEqual([
      ['Meeting', 1],
      ['Lecture', 1],
      ['Ceremony', 1],
    ]);
  });

  it('counts letters by their date, a voided one apart', () => {
    expect(f.letters.total).toBe(2);
    expect(f.letters.voided).toBe(1);
    expect(pairs(f.letters.byKind)).toEqual([['Visa invitation', 2]]);
    expect(pairs(f.letters.byLanguage)).toEqual([
      ['English', 1],
      ['Russian', 1],
    ]);
  });

  it('sorts agreements into signed, renewed, expiring and ended', () => {
    expect(pairs(f.agreements.signed)).toEqual([['Memorandum of understanding', 1]]);
    expect(pairs(f.agreements.renewed)).toEqual([['Cooperation agreement', 1]]);
    expect(pairs(f.agreements.expiring)).toEqual([['Erasmus+ inter-institutional agreement', 1]]);
    expect(pairs(f.agreements.ended)).toEqual([['Mevlana protocol', 1]]);
  });
});

describe('comparing with the previous period', () => {
  it('the quarter before: the two December days of visit A, the December letter', () => {
    const { report } = buildReport(office(), { ...Q1, language: 'en', compare: true }, NOW);
    expect(report.previous?.from).toBe('2026-10-01');
    expect(report.previous?.to).toBe('2026-12-31');
    const p = report.previous?.figures;
    expect(p?.visits.total).toBe(1);
    expect(p?.guests.total).toBe(2);
    // a1: 30 and 31 December, both days and both nights; a2 came on 2 January.
    expect(p?.stay).toEqual({ guestDays: 2, guestNights: 2 });
    expect(p?.programme.total).toBe(1);
    expect(p?.letters.total).toBe(1);
  });
});

describe('labels in the report language', () => {
  it('Russian: statuses, countries and the partner named in Russian', () => {
    const { report } = buildReport(office(), { ...Q1, language: 'ru' }, NOW);
    expect(pairs(report.current.visits.byStatus)).toEqual([
      ['Подтверждён', 1],
      ['Завершён', 2],
      ['Отменён', 1],
    ]);
    expect(report.current.visits.byCountry[0]?.label).toBe('Турция');
    // p2 has no Russian name and visit B's partner name is English only: both under "—", last.
    expect(pairs(report.current.visits.byPartner)).toEqual([
      ['Анкарский университет', 2],
      ['—', 2],
    ]);
  });

  it('a title missing in the language: the figures show it marked, a document is refused', () => {
    const built = buildReport(office(), { ...Q1, language: 'ru' }, NOW);
    const b = built.report.current.visitList.find((v) => v.id === 'B');
    expect(b?.title).toBe('Moscow delegation (на английском)');
    let error: unknown;
    try {
      refuseUntranslated(built);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('textsMissing');
    expect((error as AppError).fields).toEqual([
      {
        path: 'texts.visit.hostUnit',
        code: 'notInLanguage',
        params: { language: 'ru', id: 'E', visitId: 'E', original: 'Rectorate', from: 'en' },
      },
      {
        path: 'texts.visit.title',
        code: 'notInLanguage',
        params: { language: 'ru', id: 'B', visitId: 'B', original: 'Moscow delegation', from: 'en' },
      },
    ]);
  });

  it('the host unit in the report language: written in it, or translated into it', () => {
    const az = buildReport(office(), { ...Q1, language: 'az' }, NOW).report.current;
    expect(pairs(az.visits.byHostUnit)).toEqual([
      ['Rektorluq', 2],
      ['—', 1],
    ]);
    const en = buildReport(office(), { ...Q1, language: 'en' }, NOW).report.current;
    expect(pairs(en.visits.byHostUnit)).toEqual([
      ['Rectorate', 2],
      ['—', 1],
    ]);
  });

  it('a host unit not in the language is asked for, never printed in another language', () => {
    // Only visit E, whose host unit is written in English and Azerbaijani but not in Russian.
    const onlyE = { ...office(), visits: office().visits.filter((v) => v.id === 'E') };
    const built = buildReport(onlyE, { ...Q1, language: 'ru' }, NOW);
    expect(pairs(built.report.current.visits.byHostUnit)).toEqual([['Rectorate (на английском)', 1]]);
    expect(built.missing.map((m) => [m.id, m.field, m.original])).toEqual([['E', 'hostUnit', 'Rectorate']]);
    expect(() => refuseUntranslated(built)).toThrow(AppError);
    const translated = {
      ...onlyE,
      visits: onlyE.visits.map((v) => ({
        ...v,
        translations: { ...v.translations, ru: { ...v.translations?.ru, hostUnit: 'Ректорат' } },
      })),
    };
    const after = buildReport(translated, { ...Q1, language: 'ru' }, NOW);
    expect(pairs(after.report.current.visits.byHostUnit)).toEqual([['Ректорат', 1]]);
    expect(() => refuseUntranslated(after)).not.toThrow();
  });

  it('the previous period asks for its host units too: they print in the comparison', () => {
    // Q2 compared with Q1: E's host unit counts in Q1's column.
    const Q2 = { from: '2027-04-01', to: '2027-06-30', compare: true } as const;
    const built = buildReport(office(), { ...Q2, language: 'ru' }, NOW);
    expect(built.missing.filter((m) => m.field === 'hostUnit').map((m) => m.id)).toEqual(['E']);
  });

  it('every title in the language: nothing is refused', () => {
    expect(() => refuseUntranslated(buildReport(office(), { ...Q1, language: 'en' }, NOW))).not.toThrow();
  });
});
