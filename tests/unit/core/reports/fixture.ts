import type { ReportSources } from '../../../../src/core/reports/figures';
import type { RegisterEntry } from '../../../../src/shared/letters';
import {
  agreementInputSchema,
  partnerInputSchema,
  type Agreement,
  type AgreementInput,
  type Partner,
  type PartnerInput,
} from '../../../../src/shared/partners';
import { programmeItem, storedGuest, storedVisit } from '../../../support/builders';

/**
 * A small office, counted by hand for the first quarter of 2027 (1 January – 31 March):
 *
 * A  30 Dec 2026 – 3 Jan 2027, completed, partner p1, Türkiye, Rectorate, straddles the start
 *    a1 (Aydin) head, expert, TR, the visit's dates: days 1, 2, 3 Jan = 3; nights of 1, 2 Jan = 2
 *       (before the period: days 30, 31 Dec = 2; nights of 30, 31 Dec = 2)
 *    a2 (Berta) member, student, DE, own dates 2–3 Jan: days 2; nights 1
 *    items: meeting 31 Dec (outside), lecture 2 Jan
 * B  30 Mar – 2 Apr 2027, confirmed, free-text partner "Moscow State University", Russia, no host unit,
 *    straddles the end; written in English, no Russian title
 *    b1 (Boris) member, delegation member, RU: days 30, 31 Mar = 2; nights of 30, 31 Mar = 2
 *    b2 (Vera) member, accompanying, no citizenship: days 2; nights 2
 *    items: ceremony 31 Mar, excursion 1 Apr (outside)
 * C  10–12 Feb 2027, cancelled, France, 3 guests, a meeting: counted in the table by status only
 * D  10–12 Apr 2027: outside the period altogether
 * E  1 Feb 2027 (one day), completed, joint: p1 and p2 (p2 has no English name, E no partner name), Türkiye, Rectorate
 *    e1 (Emre) head, expert, TR: days 1; nights 0
 *    items: meeting 1 Feb
 *
 * Visits 3 (A, B, E); by status confirmed 1, completed 2, cancelled 1; by country Türkiye 2, Russia 1;
 * by partner p1 2, Moscow State University 1, — (p2) 1; by host unit Rectorate 2, — 1.
 * Host units: A's "Rectorate" is also written in az and ru, E's only in az (not yet in Russian).
 * Guests 5: expert 2, delegation member 1, student 1, accompanying 1; head 2, member 3;
 * Türkiye 2, Germany 1, Russia 1, — 1. Guest-days 3+2+2+2+1 = 10; guest-nights 2+1+2+2+0 = 7.
 * Programme items 3: meeting 1, lecture 1, ceremony 1.
 * Letters: 15 Jan visa en, 20 Feb official az (voided), 31 Dec 2026 visa en (outside), 31 Mar visa ru
 * -> 2 issued (visa 2; English 1, Russian 1), 1 voided.
 * Agreements: g1 signed 15 Feb -> signed; g2 auto-renewing, signed, term ended 1 Mar -> renewed;
 * g3 signed, ends 15 May (within 90 days of 31 Mar) -> expiring; g4 expired, ended 31 Jan -> ended;
 * g5 ends 15 Jul (too far) and g6 (a draft) -> nowhere.
 */

const STAMP = '2026-01-01T00:00:00.000Z';

function partner(id: string, input: PartnerInput): Partner {
  return { ...partnerInputSchema.parse(input), id, createdAt: STAMP, updatedAt: STAMP };
}

function agreement(id: string, input: AgreementInput): Agreement {
  return { ...agreementInputSchema.parse(input), id, createdAt: STAMP, updatedAt: STAMP };
}

function letter(
  id: string,
  date: string,
  kind: RegisterEntry['kind'],
  language: RegisterEntry['language'],
  voided = false,
): RegisterEntry {
  return {
    id,
    sequence: 1,
    year: Number(date.slice(0, 4)),
    number: id,
    date,
    kind,
    language,
    visitId: 'A',
    visitTitle: '',
    guestId: '',
    guestName: '',
    fileName: '',
    revision: 1,
    revisions: [],
    issuedAt: `${date}T09:00:00.000Z`,
    ...(voided ? { voided: { reason: 'wrong passport number', at: `${date}T10:00:00.000Z` } } : {}),
  };
}

export function office(): ReportSources {
  const visits = [
    storedVisit('A', {
      title: 'Ankara University delegation',
      lang: 'en',
      translations: {
        az: { title: 'Ankara Universitetinin nümayəndə heyəti', hostUnit: 'Rektorluq' },
        ru: { title: 'Делегация Анкарского университета', hostUnit: 'Ректорат' },
      },
      status: 'completed',
      partnerIds: ['p1'],
      partnerCountry: 'TR',
      hostUnit: 'Rectorate',
      purpose: '',
      arrivalDate: '2026-12-30',
      departureDate: '2027-01-03',
      guests: [
        storedGuest('Aydin', { role: 'head', category: 'expert', citizenship: 'TR' }),
        storedGuest('Berta', {
          category: 'student',
          citizenship: 'DE',
          arrival: { date: '2027-01-02' },
          departure: { date: '2027-01-03' },
        }),
      ],
      programme: [
        programmeItem('a-i1', { type: 'meeting', startDate: '2026-12-31', endDate: '2026-12-31' }),
        programmeItem('a-i2', { type: 'lecture', startDate: '2027-01-02', endDate: '2027-01-02' }),
      ],
    }),
    storedVisit('B', {
      title: 'Moscow delegation',
      lang: 'en',
      status: 'confirmed',
      partnerName: 'Moscow State University',
      partnerCountry: 'RU',
      hostUnit: '',
      purpose: '',
      arrivalDate: '2027-03-30',
      departureDate: '2027-04-02',
      guests: [
        storedGuest('Boris', { category: 'delegationMember', citizenship: 'RU' }),
        storedGuest('Vera', { category: 'accompanying', citizenship: '' }),
      ],
      programme: [
        programmeItem('b-i1', { type: 'ceremony', startDate: '2027-03-31', endDate: '2027-03-31' }),
        programmeItem('b-i2', { type: 'excursion', startDate: '2027-04-01', endDate: '2027-04-01' }),
      ],
    }),
    storedVisit('C', {
      title: 'Paris delegation',
      lang: 'en',
      status: 'cancelled',
      partnerCountry: 'FR',
      purpose: '',
      arrivalDate: '2027-02-10',
      departureDate: '2027-02-12',
      guests: [storedGuest('Claire'), storedGuest('Chloe'), storedGuest('Camille')],
      programme: [programmeItem('c-i1', { startDate: '2027-02-11', endDate: '2027-02-11' })],
    }),
    storedVisit('D', {
      title: 'April visit',
      lang: 'en',
      status: 'completed',
      arrivalDate: '2027-04-10',
      departureDate: '2027-04-12',
      guests: [storedGuest('Dora')],
    }),
    storedVisit('E', {
      title: 'Joint delegation',
      lang: 'en',
      translations: {
        az: { title: 'Birgə nümayəndə heyəti', hostUnit: 'Rektorluq' },
        ru: { title: 'Совместная делегация' },
      },
      status: 'completed',
      partnerName: '',
      partnerIds: ['p1', 'p2'],
      partnerCountry: 'TR',
      hostUnit: 'Rectorate',
      purpose: '',
      arrivalDate: '2027-02-01',
      departureDate: '2027-02-01',
      guests: [storedGuest('Emre', { role: 'head', category: 'expert', citizenship: 'TR' })],
      programme: [programmeItem('e-i1', { type: 'meeting', startDate: '2027-02-01', endDate: '2027-02-01' })],
    }),
  ];
  const partners = [
    partner('p1', {
      officialName: 'Ankara Üniversitesi',
      names: { az: 'Ankara Universiteti', en: 'Ankara University', ru: 'Анкарский университет' },
      country: 'TR',
    }),
    partner('p2', { officialName: 'Université Lyon 2', names: { az: '', en: '', ru: '' }, country: 'FR' }),
  ];
  const agreements = [
    agreement('g1', {
      partnerId: 'p1',
      kind: 'mou',
      title: { az: '', en: 'MoU with Ankara', ru: '' },
      status: 'signed',
      signedDate: '2027-02-15',
      validTo: '2032-02-14',
    }),
    agreement('g2', {
      partnerId: 'p2',
      kind: 'cooperation',
      title: { az: '', en: 'Cooperation', ru: '' },
      status: 'signed',
      signedDate: '2022-03-01',
      validTo: '2027-03-01',
      autoRenewal: true,
    }),
    agreement('g3', {
      partnerId: 'p1',
      kind: 'erasmusIia',
      title: { az: '', en: 'Erasmus+', ru: '' },
      status: 'signed',
      signedDate: '2024-05-15',
      validTo: '2027-05-15',
    }),
    agreement('g4', {
      partnerId: 'p2',
      kind: 'mevlana',
      title: { az: '', en: 'Mevlana', ru: '' },
      status: 'expired',
      signedDate: '2022-01-31',
      validTo: '2027-01-31',
    }),
    agreement('g5', {
      partnerId: 'p1',
      kind: 'other',
      title: { az: '', en: 'Later', ru: '' },
      status: 'signed',
      signedDate: '2022-07-15',
      validTo: '2027-07-15',
    }),
    agreement('g6', {
      partnerId: 'p1',
      kind: 'mou',
      title: { az: '', en: 'Draft', ru: '' },
      status: 'draft',
    }),
  ];
  const letters = [
    letter('L1', '2027-01-15', 'visaInvitation', 'en'),
    letter('L2', '2027-02-20', 'officialInvitation', 'az', true),
    letter('L3', '2026-12-31', 'visaInvitation', 'en'),
    letter('L4', '2027-03-31', 'visaInvitation', 'ru'),
  ];
  return { visits, letters, partners: { partners, agreements, trash: { partners: [], agreements: [] } } };
}
