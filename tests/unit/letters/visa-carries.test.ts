import { describe, expect, it } from 'vitest';
import { buildVisaInvitation, LetterInputError } from '../../../src/core/letters';
import { stayLength } from '../../../src/core/letters/check';
import { emptyLeg, type GuestData } from '../../../src/shared/domain';
import type { Language } from '../../../src/shared/languages';
import type { VisaRequest } from '../../../src/shared/letters';
import { documentText } from './docx-xml';
import { sampleGuest, sampleInstitution, sampleVisa } from './fixtures';

const PLACE: Record<Language, string> = {
  az: 'Azərbaycan Respublikasının Ankaradakı Səfirliyi',
  en: 'Embassy of the Republic of Azerbaijan in Ankara',
  ru: 'Посольство Азербайджанской Республики в Анкаре',
};

const visa = (language: Language, part: Partial<VisaRequest> = {}): VisaRequest => ({
  type: 'scienceAndEducation',
  entries: 'single',
  validityDays: null,
  collection: { kind: 'embassy', place: PLACE[language] },
  ...part,
});

const guest = (overrides: Partial<GuestData> = {}) =>
  sampleGuest({ homeAddress: 'Atatürk Bulvarı 125/7, Çankaya, Ankara', ...overrides });

async function text(language: Language, overrides: Parameters<typeof sampleVisa>[1] = {}): Promise<string> {
  const institution = { ...sampleInstitution(), taxId: '1700012345' };
  return documentText(
    await buildVisaInvitation(
      sampleVisa(language, { institution, guest: guest(), visa: visa(language), ...overrides }),
    ),
  );
}

/** Written by hand from the consular rules, not from the code: what each language must print. */
const EXPECTED: Record<Language, string[]> = {
  az: [
    'Xəzər Dövlət Universiteti (VÖEN: 1700012345) aşağıda göstərilən şəxsi Azərbaycan Respublikasına dəvət edir və ona bu məktubda göstərilən vizanın verilməsini xahiş edir.',
    'Doğulduğu yer | Ankara |',
    'Yaşayış ünvanı | Atatürk Bulvarı 125/7, Çankaya, Ankara |',
    'Gəliş / gediş | 24.11.2026, TK\u00a0334 (GYD) — 28.11.2026, TK\u00a0335 (GYD) |',
    'Tələb olunan viza | Elm və təhsil məqsədli adi viza, birdəfəlik, səfər müddətinə |',
    'Vizanın alınacağı yer | Azərbaycan Respublikasının Ankaradakı Səfirliyi |',
    'Qəbul edən tərəf dəvət olunan şəxsin səfər başa çatdıqdan sonra ölkəni vaxtında tərk etməsini təmin etməyi öhdəsinə götürür.',
  ],
  en: [
    'Caspian State University (TIN: 1700012345) invites the person named below to the Republic of Azerbaijan and kindly requests that this person be issued the visa stated in this letter.',
    'Place of birth | Ankara |',
    'Home address | Atatürk Bulvarı 125/7, Çankaya, Ankara |',
    'Arrival / departure | 24.11.2026, TK\u00a0334 (GYD) — 28.11.2026, TK\u00a0335 (GYD) |',
    'Visa requested | Ordinary visa for science and education, single entry, for the dates of the stay |',
    'Visa to be collected at | Embassy of the Republic of Azerbaijan in Ankara |',
    'The host institution undertakes to ensure that the invited person leaves the country in good time at the end of the visit.',
  ],
  ru: [
    'Каспийский государственный университет (ИНН: 1700012345) приглашает в Азербайджанскую Республику указанное ниже лицо и просит выдать ему визу, указанную в настоящем письме.',
    'Место рождения | Ankara |',
    'Домашний адрес | Atatürk Bulvarı 125/7, Çankaya, Ankara |',
    'Прибытие / отъезд | 24.11.2026, TK\u00a0334 (GYD) — 28.11.2026, TK\u00a0335 (GYD) |',
    'Запрашиваемая виза | Обыкновенная виза с научной и образовательной целью, однократная, на срок визита |',
    'Место получения визы | Посольство Азербайджанской Республики в Анкаре |',
    'Принимающая сторона обязуется обеспечить своевременный выезд приглашённого лица из страны по окончании визита.',
  ],
};

describe('what a visa invitation carries for a visa officer', () => {
  it.each(['az', 'en', 'ru'] as const)(
    'prints place of birth, address, flights, the visa and VÖEN in %s',
    async (language) => {
      const printed = await text(language);

      for (const line of EXPECTED[language]) expect(printed).toContain(line);
    },
  );

  it.each([
    [
      'az',
      'Qəbul edən tərəf dəvət olunan şəxsin olduğu yer üzrə Azərbaycan Respublikasının Dövlət Miqrasiya Xidmətində qeydiyyata alınmasını və səfər başa çatdıqdan sonra ölkəni vaxtında tərk etməsini təmin etməyi öhdəsinə götürür.',
    ],
    [
      'en',
      'The host institution undertakes to register the invited person at the place of stay with the State Migration Service of the Republic of Azerbaijan and to ensure that they leave the country in good time at the end of the visit.',
    ],
    [
      'ru',
      'Принимающая сторона обязуется зарегистрировать приглашённое лицо по месту пребывания в Государственной миграционной службе Азербайджанской Республики и обеспечить его своевременный выезд из страны по окончании визита.',
    ],
  ] as const)(
    'promises registration with the State Migration Service for a stay of 16 days in %s',
    async (language, sentence) => {
      // 1 to 16 December counts 16 days with both ends: more than the 15 a foreigner may stay unregistered.
      const long = guest({
        arrival: { ...emptyLeg, date: '2026-12-01', flight: 'TK 334', airport: 'GYD' },
        departure: { ...emptyLeg, date: '2026-12-16', flight: 'TK 335', airport: 'GYD' },
      });

      const printed = await text(language, { guest: long });

      expect(printed).toContain(sentence);
    },
  );

  it('counts both the day of arrival and of departure', () => {
    expect([stayLength('2026-12-01', '2026-12-15'), stayLength('2026-12-01', '2026-12-16')]).toEqual([
      15, 16,
    ]);
    expect(stayLength('', '2026-12-16')).toBe(0);
  });

  it.each([
    ['ru', 1, 'сроком на 1 день'],
    ['ru', 3, 'сроком на 3 дня'],
    ['ru', 30, 'сроком на 30 дней'],
    ['ru', 21, 'сроком на 21 день'],
    ['en', 1, 'valid for 1 day'],
    ['en', 365, 'valid for 365 days'],
    ['az', 90, '90 gün müddətinə'],
  ] as const)('writes a validity of %s days in the %s plural', async (language, days, words) => {
    const entries = days > 90 ? 'multiple' : 'single';

    const printed = await text(language, { visa: visa(language, { validityDays: days, entries }) });

    expect(printed).toContain(words);
  });

  it.each([
    ['az', 'Vizanın alınacağı yer | Elektron viza (ASAN Viza), evisa.gov.az portalı |'],
    ['en', 'Visa to be collected at | Electronic visa (ASAN Visa) at evisa.gov.az |'],
    ['ru', 'Место получения визы | Электронная виза (ASAN Viza), портал evisa.gov.az |'],
  ] as const)('names the ASAN e-visa as the place of collection in %s', async (language, row) => {
    const printed = await text(language, { visa: visa(language, { collection: { kind: 'eVisa' } }) });

    expect(printed).toContain(row);
  });

  it('leaves out what was not given: no address, no flights, no visa, no VÖEN', async () => {
    const bare = sampleGuest({
      placeOfBirth: '',
      homeAddress: '',
      arrival: { ...emptyLeg, date: '2026-11-24' },
      departure: { ...emptyLeg, date: '2026-11-28' },
    });

    const printed = documentText(await buildVisaInvitation(sampleVisa('en', { guest: bare })));

    expect(printed).toContain(
      'Caspian State University invites the person named below to the Republic of Azerbaijan and kindly requests that an entry visa be issued for the period of the visit.',
    );
    for (const label of [
      'Place of birth',
      'Home address',
      'Arrival / departure',
      'Visa requested',
      'Visa to be collected at',
      'VÖEN',
      'TIN:',
    ])
      expect(printed).not.toContain(label);
  });
});

const MEMBERS: Partial<GuestData>[] = [
  {
    surname: 'Yılmaz',
    givenNames: 'Mehmet Ali',
    gender: 'male',
    dateOfBirth: '1968-07-02',
    position: 'Professor',
    passport: {
      number: 'U98765432',
      issuingCountry: 'TR',
      issueDate: '2021-05-05',
      expiryDate: '2031-05-04',
    },
  },
  {
    surname: "O'Brien",
    givenNames: 'Siobhan',
    gender: 'female',
    citizenship: 'IE',
    dateOfBirth: '1990-11-30',
    position: 'International Relations Officer',
    passport: {
      number: 'PA1234567',
      issuingCountry: 'IE',
      issueDate: '2022-01-10',
      expiryDate: '2032-01-09',
    },
  },
];
const members = () => MEMBERS.map((m) => sampleGuest({ role: 'member', ...m }));

describe('a visa invitation for a delegation', () => {
  it('invites the head and the members listed in the annex, one row each with passport data', async () => {
    const printed = await text('en', { delegation: members() });

    expect(printed).toContain(
      'Caspian State University (TIN: 1700012345) invites the head of the delegation named below and the members of the delegation listed in the annex to the Republic of Azerbaijan, and kindly requests that they be issued the visas stated in this letter.',
    );
    expect(printed).toContain(
      'The host institution undertakes to ensure that the members of the delegation leave the country in good time at the end of the visit.',
    );
    expect(printed).toContain('Annex to letter Ref. No. BƏ-0042/2026 of 15.10.2026');
    expect(printed).toContain('List of the members of the delegation');
    expect(printed).toContain(
      'No. | Full name (as in passport) | Date of birth | Sex | Citizenship | Passport number | Passport valid until | Position |',
    );
    expect(printed).toContain(
      '1 | Demirci Ayşe Gül | 14.03.1975 | Female | Türkiye | U12345678 | 14.01.2030 | Vice-Rector for Research (head of the delegation) |',
    );
    expect(printed).toContain(
      '2 | Yılmaz Mehmet Ali | 02.07.1968 | Male | Türkiye | U98765432 | 04.05.2031 | Professor |',
    );
    expect(printed).toContain(
      "3 | O'Brien Siobhan | 30.11.1990 | Female | Ireland | PA1234567 | 09.01.2032 | International Relations Officer |",
    );
  });

  it.each([
    ['az', '15.10.2026 tarixli № BƏ-0042/2026 məktuba əlavə', 'Nümayəndə heyəti üzvlərinin siyahısı'],
    ['ru', 'Приложение к письму исх. № BƏ-0042/2026 от 15.10.2026', 'Список членов делегации'],
  ] as const)('heads the annex in %s', async (language, reference, title) => {
    const printed = await text(language, { delegation: members() });

    expect(printed).toContain(reference);
    expect(printed).toContain(title);
  });

  it('refuses a member without passport data, naming the member and the field', async () => {
    const [first, second] = members();
    if (!first || !second) throw new Error('two members');
    const input = sampleVisa('en', {
      delegation: [first, { ...second, passport: { ...second.passport, number: '' }, gender: '' }],
    });

    const refusal = await buildVisaInvitation(input).catch((e: unknown) => e);

    expect(refusal).toBeInstanceOf(LetterInputError);
    expect((refusal as LetterInputError).fields).toEqual([
      'delegation.1.gender',
      'delegation.1.passport.number',
    ]);
  });
});
