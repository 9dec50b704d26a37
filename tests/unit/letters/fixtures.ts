import { emptyLeg, type GuestData } from '../../../src/shared/domain';
import { formatOutgoingNumber, institutionSchema, type Institution } from '../../../src/shared/institution';
import type { Language } from '../../../src/shared/languages';
import type { OfficialInvitationInput, VisaInvitationInput } from '../../../src/core/letters';

/** A 160 x 160 PNG emblem, drawn for these tests. */
export const LOGO_PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAKAAAACgCAYAAACLz2ctAAAFbklEQVR42u3dy5FUMRBE0fEENzAIg/AI05o9EMRMv/pkZt2FtsNT6VCSoqXSx+v1+qDRthpBoAFQtX37/uNV0YglAEegAROAsthAeRigOrrLGEEHRgCC7i5G4AERgMC7CxF4zYMLxCCASYMHRCOAVwboIsQz8C4vMwC4NAAV3/Hr58frSUuKxQmAW8F+Cm0CZiLEKHzK4CpBJiG0h+eMbhsjAAcCuL2Gm/j3nRFa4usY+Om+K0E8CbAjUOropr7bCWFE1nMDVwUyIRueyHquP9RfyIa2+FLRdfRXGaEkPuBpQIwAOIXv2mWeFIQW+K5nveq4KCG0xse92vdjpILQEh/oauKlgHAdIPh8EFoAfNohptz5KXkToQU+UPVnwy2E4APhKkLwgXAV4ShA8GUhlAAIPhCuAQQfCJ8ibAf4lUAAZA9hxxi3AqzOfmkXxVMQdvcXfIN1W0A4CNAN39WSapUIRwC+G2BFfNT3+/zYdPXlZPaj0KROFjyFj4qnegjbAYIvC+EawKrsBzxtiNNZMDr7UYRcPwtGZj+q4ftkwZIBVdp48CSDzoakBKDT1Mu7IH5T8QjAFHyO39I5FbcDdMl+6oPsinAiC9pnP7dBdUcoBXB758tLSf3f3r0ZOZ/9Eg5EOGfB09kv6SiYaxYsAzi5+eCtuNl+VWxGvgRQffpNfjPONQu++3120++FBwsdsmCVm5bpF3w3EZYAVJ5+rz1pnwbwX99mM/1ew6fY745p2Gb3C0A9gBXTsMX67yo+xywIwDB8ajFoBai6AQFgDsA/v4vsB8LVLAhAAALwUlWqhHicAUj204wJAAGYB1BxBww+zbhU7oRZ/wFwNQsCEIAAZP13dx0YA/BapXsAAhCAAAQgAAEIQAACEIAABCAAdTAAEIDr2QiAAFyfDgEIwPX1GAD5KW59PcZPcRxGiEHIYQQAriI8CZB1oA7CyAOprAM9EHInBICrCAHIOnAVIdcyuZi+hpCL6QBcRXgeIAj3EJ4oTkQW1EVIfUAKVK4hpEAlJXrXEFKilyLlqwgpUs4zDZJvgcQ+06C6Dnw6YJcQqgL8198sO2AJQg2EW/hGAfJYoSbCzu8bfaxQeTdcMVipCKfwtT/Xqj4NO2SMS9lvBeD2NJyC0KEPXdPvfwFeyYJbEF2+vTP7PQaYkgWVKxokZ78RgI4It2+xJW0+HgF0yYITg9x9cFQRYTe+MYBJCJWbW/b7FMCqzQgIfRB+duwqvqX1IOUGwGSEU/eOK/CVAnSbitMgTt47npp6RwBuZsEUhNP3jiez35cAumZBV4gb946ns98IQBD2biSq/l7VxqMVYAJCZYhbVz638LUBVJ6KFSFuX/msmnpHAKZkwW2MKqWCN7NfK0BHhK6Xhd6t2F+JbxTgBYTp75Yo4HsEcGLdQXs+Nk9j3/2fbSQrfDYIIOxvX4n7RLYfm5pACL4WgCAEnw1AEObgkwIIQvCtAwQh+NYBdiIE4nN4avhaAFZ1CIT9WW8bnwRAEHrgswI4gRCIz2Kk8tOixe+n/wvwZYjvxkXpd22rH/FB+DwWaocq7E6SXM+GT/qveKJH+owdEHfgTR4nkz/o+XRgnDFW9E29VJ3NaeOnA+UEsaI/LnUSrY69Vw2cGsjq73aqFGt592JjUNXROWU9GYBPLwB1DHQ1zIl/37lGtv0ttEkMU00xdtEAq65DOmNUjdMpgFV3cjemyompPeltFFmAasHeXkOmwpMHWF2hwPVeb3rfzw3GpadbHcb2bFZIeinJOdtbl51wqGLlXnELgAeKkF+EFwHwOsSEsYusCAU8AIIRdLcBJmC8MDZnCzeCDoDnURJ7AI7AJJYApAGQRvu7/QY8n3dwmB31JQAAAABJRU5ErkJggg==';

export function sampleInstitution(withLogo = true): Institution {
  return institutionSchema.parse({
    name: {
      az: 'Xəzər Dövlət Universiteti',
      en: 'Caspian State University',
      ru: 'Каспийский государственный университет',
    },
    address: {
      az: 'Akademik Zahid Xəlilov küçəsi 33, Bakı AZ1148, Azərbaycan',
      en: '33 Academician Zahid Khalilov Street, Baku AZ1148, Azerbaijan',
      ru: 'ул. Академика Захида Халилова, 33, Баку AZ1148, Азербайджан',
    },
    city: { az: 'Bakı', en: 'Baku', ru: 'Баку' },
    phone: '+994 12 555 01 02',
    email: 'protocol@csu.edu.az',
    website: 'www.csu.edu.az',
    logo: withLogo ? { mime: 'image/png', data: LOGO_PNG_BASE64, width: 160, height: 160 } : null,
    signatories: [
      {
        id: 'vice-rector',
        name: { az: 'Elçin Əliyev', en: 'Elchin Aliyev', ru: 'Эльчин Алиев' },
        position: {
          az: 'Beynəlxalq əlaqələr üzrə prorektor',
          en: 'Vice-Rector for International Relations',
          ru: 'Проректор по международным связям',
        },
      },
    ],
    outgoingNumber: { prefix: 'BƏ-', padding: 4, yearlyRestart: true, pattern: '{prefix}{n}/{year}' },
    verificationContact: {
      name: 'Günay Quliyeva',
      phone: '+994 12 555 01 03',
      email: 'visa@csu.edu.az',
      lang: 'az',
      translations: { en: { name: 'Gunay Guliyeva' }, ru: { name: 'Гюнай Гулиева' } },
    },
  });
}

export function sampleGuest(overrides: Partial<GuestData> = {}): GuestData {
  return {
    role: 'head',
    category: 'expert',
    honorific: 'professor',
    gender: 'female',
    surname: 'Demirci',
    givenNames: 'Ayşe Gül',
    nameAz: 'Ayşə Gül Dəmirçi',
    nameCyrillic: 'Айше Гюль Демирджи',
    position: 'Vice-Rector for Research',
    organisation: 'Ankara University',
    lang: 'en',
    translations: {
      az: { position: 'Elmi işlər üzrə prorektor', organisation: 'Ankara Universiteti' },
      ru: { position: 'Проректор по научной работе', organisation: 'Анкарский университет' },
    },
    citizenship: 'TR',
    dateOfBirth: '1975-03-14',
    placeOfBirth: 'Ankara',
    homeAddress: '',
    passport: {
      number: 'U12345678',
      issuingCountry: 'TR',
      issueDate: '2020-01-15',
      expiryDate: '2030-01-14',
    },
    email: 'ayse.demirci@example.org',
    phone: '',
    dietaryNeeds: '',
    accessNeeds: '',
    letterLanguage: 'en',
    arrival: { ...emptyLeg, date: '2026-11-24', time: '14:35', flight: 'TK 334', airport: 'GYD' },
    departure: { ...emptyLeg, date: '2026-11-28', time: '09:10', flight: 'TK 335', airport: 'GYD' },
    ...overrides,
  };
}

/** Free text as an officer would type it for a letter in each language. */
const TEXT: Record<
  Language,
  { title: string; purpose: string; partner: string; cities: string; hotel: string }
> = {
  az: {
    title: 'Ankara Universitetinin nümayəndə heyətinin səfəri',
    purpose: 'birgə magistr proqramları üzrə danışıqlar və anlaşma memorandumunun imzalanması',
    partner: 'Ankara Universiteti',
    cities: 'Bakı və Gəncə',
    hotel: '“Qafqaz” mehmanxanası, Bakı, Neftçilər prospekti 12',
  },
  en: {
    title: 'Ankara University delegation visit',
    purpose: 'talks on joint master’s programmes and signing of a memorandum of understanding',
    partner: 'Ankara University',
    cities: 'Baku and Ganja',
    hotel: 'Hotel Qafqaz, 12 Neftchilar Avenue, Baku',
  },
  ru: {
    title: 'Визит делегации Анкарского университета',
    purpose: 'переговоры о совместных магистерских программах и подписание меморандума о взаимопонимании',
    partner: 'Анкарский университет',
    cities: 'Баку и Гянджа',
    hotel: 'гостиница «Кавказ», Баку, проспект Нефтяников, 12',
  },
};

export function sampleVisa(
  language: Language,
  overrides: Partial<VisaInvitationInput> = {},
): VisaInvitationInput {
  const institution = sampleInstitution();
  const text = TEXT[language];
  const signatory = institution.signatories[0];
  if (!signatory) throw new Error('The sample institution has a signatory');
  return {
    institution,
    signatory,
    language,
    number: formatOutgoingNumber(institution.outgoingNumber, 42, 2026),
    issueDate: '2026-10-15',
    addressee: { kind: 'toWhomItMayConcern' },
    guest: sampleGuest(),
    visit: {
      title: text.title,
      purpose: text.purpose,
      arrivalDate: '2026-11-24',
      departureDate: '2026-11-28',
      partnerName: text.partner,
    },
    cities: text.cities,
    accommodation: text.hotel,
    costs: [
      { item: 'accommodation', payer: 'host' },
      { item: 'meals', payer: 'host' },
      { item: 'localTransport', payer: 'host' },
      { item: 'internationalTravel', payer: 'partner' },
      { item: 'medicalInsurance', payer: 'guest' },
    ],
    ...overrides,
  };
}

const HIGHLIGHTS: Record<Language, string[]> = {
  az: [
    'Rektorla görüş',
    'Anlaşma memorandumunun imzalanması',
    'Magistr tələbələri qarşısında mühazirə',
    'İçərişəhərə ekskursiya',
  ],
  en: [
    'Meeting with the Rector',
    'Signing of the memorandum of understanding',
    'Lecture for master’s students',
    'Tour of the Old City',
  ],
  ru: [
    'Встреча с ректором',
    'Подписание меморандума о взаимопонимании',
    'Лекция для магистрантов',
    'Экскурсия по Ичеришехеру',
  ],
};

export function sampleOfficial(
  language: Language,
  overrides: Partial<OfficialInvitationInput> = {},
): OfficialInvitationInput {
  const { addressee: _addressee, ...common } = sampleVisa(language);
  return {
    ...common,
    number: formatOutgoingNumber(common.institution.outgoingNumber, 43, 2026),
    highlights: HIGHLIGHTS[language],
    ...overrides,
  };
}
