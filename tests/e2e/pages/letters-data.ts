import { readFile } from 'node:fs/promises';
import type { Download } from '@playwright/test';
import type { GuestInput } from '../../../src/shared/domain';
import type { InstitutionInput } from '../../../src/shared/institution';
import type { LetterRequest } from '../../../src/shared/letters';
import { documentText } from '../../unit/letters/docx-xml';
import type { RunningHost } from '../../support/web-host';
import { callApi } from '../arrange';

/**
 * A visit of 12–15 May 2026 with its purpose, which every visa letter states, written in Azerbaijani
 * and translated into English and Russian (a letter prints only texts of its own language).
 */
export async function createLetterVisit(host: RunningHost): Promise<string> {
  const detail = await callApi(host, 'visits.create', {
    visit: {
      title: 'Ankara Universiteti nümayəndə heyəti',
      partnerName: 'Ankara Üniversitesi',
      partnerCountry: 'TR',
      purpose: 'Tədqiqat əməkdaşlığı üzrə danışıqlar',
      status: 'planned',
      arrivalDate: '2026-05-12',
      departureDate: '2026-05-15',
      lang: 'az',
      translations: {
        en: {
          title: 'Delegation of Ankara University',
          partnerName: 'Ankara University',
          purpose: 'Talks on research cooperation',
        },
        ru: {
          title: 'Делегация Анкарского университета',
          partnerName: 'Анкарский университет',
          purpose: 'Переговоры о научном сотрудничестве',
        },
      },
    },
  });
  return detail.visit.id;
}

/** A guest with every field a visa invitation states. */
export const MEHMET: GuestInput = {
  role: 'head',
  category: 'delegationMember',
  honorific: 'professor',
  gender: 'male',
  surname: 'YILMAZ',
  givenNames: 'Mehmet Ali',
  position: 'Prorektor',
  organisation: 'Ankara Üniversitesi',
  lang: 'az',
  translations: {
    en: { position: 'Vice-Rector', organisation: 'Ankara University' },
    ru: { position: 'Проректор', organisation: 'Анкарский университет' },
  },
  citizenship: 'TR',
  dateOfBirth: '1970-03-14',
  passport: { number: 'U12345678', issuingCountry: 'TR', issueDate: '2020-01-10', expiryDate: '2030-01-09' },
  letterLanguage: 'en',
};

export const AYSE: GuestInput = {
  ...MEHMET,
  role: 'member',
  honorific: 'dr',
  gender: 'female',
  surname: 'ÖZTÜRK',
  givenNames: 'Ayşe',
  passport: { number: 'U87654321', issuingCountry: 'TR', issueDate: '2021-06-01', expiryDate: '2031-05-31' },
  letterLanguage: 'ru',
};

/** A guest known by name only: no passport, no date of birth. */
export const CAN: GuestInput = { role: 'member', category: 'expert', surname: 'DEMIR', givenNames: 'Can' };

export async function addGuest(host: RunningHost, visitId: string, guest: GuestInput): Promise<string> {
  const detail = await callApi(host, 'guests.add', { visitId, guest });
  const added = detail.visit.guests.find((g) => g.surname === guest.surname);
  if (!added) throw new Error(`${guest.surname} was not added`);
  return added.id;
}

/** An institution set up through the API, for tests about something other than Settings. */
export const INSTITUTION: InstitutionInput = {
  name: {
    az: 'Bakı Dövlət Universiteti',
    en: 'Baku State University',
    ru: 'Бакинский государственный университет',
  },
  city: { az: 'Bakı', en: 'Baku', ru: 'Баку' },
  phone: '+994 12 539 05 35',
  email: 'international@bsu.edu.az',
  signatories: [
    {
      id: 'rector',
      name: { az: 'Elçin Babayev', en: 'Elchin Babayev', ru: 'Эльчин Бабаев' },
      position: { az: 'Rektor', en: 'Rector', ru: 'Ректор' },
    },
  ],
  verificationContact: {
    name: 'Leyla Məmmədova',
    phone: '+994 12 539 05 36',
    email: 'protocol@bsu.edu.az',
    lang: 'az',
    translations: { en: { name: 'Leyla Mammadova' }, ru: { name: 'Лейла Мамедова' } },
  },
  outgoingNumber: { prefix: 'BDU-', padding: 0, yearlyRestart: true, pattern: '{prefix}{n}/{year}' },
};

/** A visa invitation in Azerbaijani for a guest, signed by the rector, for Baku and the Qafqaz. */
export function visaRequest(visitId: string, guestId: string): LetterRequest {
  return {
    visitId,
    guestId,
    kind: 'visaInvitation',
    language: 'az',
    signatoryId: 'rector',
    options: { cities: 'Bakı', accommodation: 'Qafqaz Hoteli, Bakı', costs: [] },
  };
}

export async function setInstitution(host: RunningHost): Promise<void> {
  await callApi(host, 'institution.update', { institution: INSTITUTION });
}

/** The verification contact's name in English and Russian, for an institution set up in Settings. */
export async function translateContact(host: RunningHost): Promise<void> {
  const ru = INSTITUTION.verificationContact?.translations?.ru?.name ?? '';
  const en = INSTITUTION.verificationContact?.translations?.en?.name ?? '';
  await callApi(host, 'texts.translate', {
    texts: [
      { owner: 'contact', id: 'institution', field: 'name', language: 'en', value: en },
      { owner: 'contact', id: 'institution', field: 'name', language: 'ru', value: ru },
    ],
  });
}

/** The text of a downloaded letter as a reader of the .docx sees it. */
export async function downloadedText(download: Download, folder: string): Promise<string> {
  const path = `${folder}/${download.suggestedFilename()}`;
  await download.saveAs(path);
  return documentText(await readFile(path));
}

/**
 * Month names as each language writes a date in a letter (Russian in the genitive), typed out here so
 * the test does not check the app's date code against itself.
 */
const MONTHS = {
  az: [
    'yanvar',
    'fevral',
    'mart',
    'aprel',
    'may',
    'iyun',
    'iyul',
    'avqust',
    'sentyabr',
    'oktyabr',
    'noyabr',
    'dekabr',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  ru: [
    'января',
    'февраля',
    'марта',
    'апреля',
    'мая',
    'июня',
    'июля',
    'августа',
    'сентября',
    'октября',
    'ноября',
    'декабря',
  ],
} as const;

/** The moment the letter tests run at (`test.use({ now: LETTERS_NOW })`): a morning in Baku. */
export const LETTERS_NOW = '2026-11-24T09:00:00+04:00';

/** The day of LETTERS_NOW in Baku, as the register dates letters. */
export function bakuToday(): { day: number; month: number; year: number } {
  return { day: 24, month: 11, year: 2026 };
}

/** The no-break space a letter's date holds between its words, so that it never breaks across lines. */
export const NBSP = '\u00a0';
/** The non-breaking hyphen of an Azerbaijani year's suffix (`2026‑cı il`). */
export const NB_HYPHEN = '\u2011';

/** `24 noyabr 2026`, `24 November 2026`, `24 ноября 2026`: the start of today's letter date. */
export function letterDate(language: keyof typeof MONTHS): string {
  const { day, month, year } = bakuToday();
  return [day, MONTHS[language][month - 1], year].join(NBSP);
}
