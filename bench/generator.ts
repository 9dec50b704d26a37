import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import type { Hotel, Stay } from '../src/shared/accommodation';
import { addDays } from '../src/shared/dates';
import {
  VISIT_COLOURS,
  type Guest,
  type Pickup,
  type TravelLeg,
  type Visit,
  type VisitStatus,
} from '../src/shared/domain';
import { formatOutgoingNumber, institutionSchema, type Institution } from '../src/shared/institution';
import type { Language } from '../src/shared/languages';
import type { LetterKind, RegisterEntry } from '../src/shared/letters';
import { fromMinutes, minutesOf, type ProgrammeItem } from '../src/shared/planning';
import { counterKey, letterFileName } from '../src/core/register';
import { guestName } from '../src/shared/guest-name';
import { serializeDocument, type Register, type SharedDoc } from '../src/core/store/documents';
import { SCHEMA_VERSION } from '../src/core/store/migrations';
import {
  REGISTER_DIR,
  registerFileName,
  registerLines,
  type RegisterEvent,
} from '../src/core/store/register-lines';
import { SHARED_FILE } from '../src/core/store/store';
import {
  DRIVERS,
  HOST_UNITS,
  HOSTS,
  HOTELS,
  ITEMS,
  OFFICERS,
  PARTNERS,
  PEOPLE,
  POSITIONS,
  VEHICLES,
  VISIT_PURPOSES,
  type Partner,
  type Person,
} from './pools';
import { hostUnitTexts, OFFICER_CYRILLIC, partnerTexts, purposeTexts } from './pool-texts';
import { seededRandom, type Random } from './random';

/**
 * Realistic data for the benchmarks: an office's visits over one, five or ten years, each with its
 * guests (journeys and pickups), stays, programme and letters in the register, deterministic from a
 * seed. Written in the store's own layout and serialization, so the store loads it as it is.
 */

export type SizeName = '1y' | '5y' | '10y';
export const SIZES: Readonly<Record<SizeName, { years: number; visits: number }>> = {
  '1y': { years: 1, visits: 300 },
  '5y': { years: 5, visits: 2500 },
  '10y': { years: 10, visits: 5000 },
};

/** The last day data reaches; "today" in the benchmarks is a few weeks before it. */
export const LAST_DAY = '2026-12-31';
/** A Monday. Its week carries at least 200 programme items at every size: the calendar's worst week. */
export const BUSY_WEEK = '2026-11-30';
/** The Wednesday of the busy week: the daily schedule's worst day. */
export const BUSY_DAY = '2026-12-02';
/** Visits that arrive in the busy week, each with 15 items inside it. */
const BUSY_WEEK_VISITS = 14;

export interface Dataset {
  shared: SharedDoc;
  visits: Visit[];
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const time = (minutesOfDay: number) => `${pad(Math.floor(minutesOfDay / 60))}:${pad(minutesOfDay % 60)}`;

/** A valid PNG of random pixels (which do not compress), for a logo of a chosen weight. */
export function noisePng(width: number, height: number, random: Random): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  const rows = Buffer.alloc(height * (1 + width * 3));
  for (let i = 0; i < rows.length; i++) rows[i] = i % (1 + width * 3) === 0 ? 0 : random.int(0, 255);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The institution's settings; `logoSide` pixels square of noise (800 gives a logo of about 1.9 MB). */
export function benchInstitution(logoSide = 120, seed = 7): Institution {
  const png = noisePng(logoSide, logoSide, seededRandom(seed));
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
    logo: { mime: 'image/png', data: png.toString('base64'), width: logoSide, height: logoSide },
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
    verificationContact: { name: 'Günay Quliyeva', phone: '+994 12 555 01 03', email: 'visa@csu.edu.az' },
  });
}

function hotels(): Hotel[] {
  return HOTELS.map(([name, address], i) => ({
    id: `hotel-${i + 1}`,
    name,
    address: `${address}, Baku`,
    city: 'Baku',
    phone: `+994 12 444 ${pad(10 + i)} ${pad(20 + i)}`,
    email: '',
    notes: '',
  }));
}

/** Countries whose people write their names in Cyrillic, and whose letters go out in Russian. */
const CYRILLIC = new Set(['RU', 'KZ', 'UZ', 'BY']);

/** The car that meets guests off their flight or train, or takes them to it: one per group travelling together. */
function pickup(random: Random, minutesOfDay: number): Pickup {
  return {
    vehicle: random.pick(VEHICLES),
    driver: random.pick(DRIVERS),
    escort: random.pick(OFFICERS),
    leaveAt: random.chance(0.7) ? time(Math.max(0, minutesOfDay - 60)) : '',
  };
}

function leg(
  random: Random,
  partner: Partner,
  date: string,
  flight: string,
  minutesOfDay: number,
  car: Pickup,
): TravelLeg {
  const train = partner.flightPrefix === 'TRN';
  return {
    mode: train ? 'train' : 'flight',
    date,
    time: time(minutesOfDay),
    flight,
    airport: partner.airport,
    terminal: train ? '' : random.pick(['1', '2']),
    pickup: car,
  };
}

interface VisitPlan {
  arrival: string;
  departure: string;
  guests: number;
  items: number;
}

function guests(random: Random, partner: Partner, plan: VisitPlan, ids: () => string): Guest[] {
  const people = PEOPLE[partner.country] ?? [];
  const travel = [random.int(6 * 60, 22 * 60), random.int(6 * 60, 22 * 60)] as const;
  const flights = [random.int(100, 999), random.int(100, 999)] as const;
  // Those travelling together share one car each way, as the travel dialog saves it on each of them.
  const cars = [pickup(random, travel[0]), pickup(random, travel[1])] as const;
  return Array.from({ length: plan.guests }, (_, i): Guest => {
    const person: Person = random.pick(people);
    const born = 1958 + random.int(0, 40);
    const issued = `${2016 + random.int(0, 8)}-${pad(random.int(1, 12))}-${pad(random.int(1, 28))}`;
    const expiry = addDays(`${Number(issued.slice(0, 4)) + 10}${issued.slice(4)}`, -1);
    // Most of a delegation travels together; the odd guest comes on another flight.
    const alone = random.chance(0.15);
    const arrivalTime = alone ? random.int(6 * 60, 22 * 60) : travel[0];
    const departureTime = alone ? random.int(6 * 60, 22 * 60) : travel[1];
    const language: Language = CYRILLIC.has(partner.country) ? 'ru' : partner.country === 'TR' ? 'az' : 'en';
    return {
      id: ids(),
      role: i === 0 ? 'head' : 'member',
      category:
        i === 0
          ? 'expert'
          : random.pick(['expert', 'delegationMember', 'phdCandidate', 'masterStudent'] as const),
      honorific:
        i === 0
          ? random.pick(['professor', 'dr'] as const)
          : random.pick(['none', 'dr', 'associateProfessor'] as const),
      gender: person.gender,
      surname: person.surname,
      givenNames: person.givenNames,
      nameAz: '',
      nameCyrillic: person.cyrillic,
      position: i === 0 ? random.pick(POSITIONS.slice(0, 3)) : random.pick(POSITIONS),
      organisation: partner.name,
      citizenship: partner.country,
      dateOfBirth: `${born}-${pad(random.int(1, 12))}-${pad(random.int(1, 28))}`,
      placeOfBirth: '',
      homeAddress: '',
      passport: {
        number: `${String.fromCharCode(65 + random.int(0, 25))}${random.int(10_000_000, 99_999_999)}`,
        issuingCountry: partner.country,
        issueDate: issued,
        expiryDate: expiry,
      },
      email: `${person.surname
        .normalize('NFD')
        .replace(/[^A-Za-z]/g, '')
        .toLowerCase()}${i}@example.org`,
      phone: random.chance(0.5)
        ? `+${random.int(1, 99)} ${random.int(100, 999)} ${random.int(100_000, 999_999)}`
        : '',
      dietaryNeeds: random.chance(0.1) ? random.pick(['vegetarian', 'halal', 'no nuts']) : '',
      accessNeeds: '',
      letterLanguage: language,
      arrival: leg(
        random,
        partner,
        plan.arrival,
        `${partner.flightPrefix} ${alone ? random.int(100, 999) : flights[0]}`,
        arrivalTime,
        alone ? pickup(random, arrivalTime) : cars[0],
      ),
      departure: leg(
        random,
        partner,
        plan.departure,
        `${partner.flightPrefix} ${alone ? random.int(100, 999) : flights[1]}`,
        departureTime,
        alone ? pickup(random, departureTime) : cars[1],
      ),
    };
  });
}

function programme(
  random: Random,
  plan: VisitPlan,
  guestIds: readonly string[],
  ids: () => string,
): ProgrammeItem[] {
  const days = minutesOf(plan.departure, '00:00') / 1440 - minutesOf(plan.arrival, '00:00') / 1440 + 1;
  const items = Array.from({ length: plan.items }, (): ProgrammeItem => {
    const template = random.pick(ITEMS);
    const date = addDays(plan.arrival, random.int(0, days - 1));
    const startOfDay = random.int(9 * 4, 20 * 4) * 15;
    const end = fromMinutes(
      minutesOf(date, time(startOfDay)) + Math.min(template.minutes, 23 * 60 + 45 - startOfDay),
    );
    const some = random.chance(0.2) && guestIds.length > 2;
    return {
      id: ids(),
      type: template.type,
      title: template.titles.az,
      titles: { ...template.titles },
      startDate: date,
      startTime: time(startOfDay),
      endDate: end.date,
      endTime: end.time,
      venue: template.venue,
      allGuests: !some,
      guestIds: some ? guestIds.slice(0, 2) : [],
      hosts: template.type === 'meeting' || template.type === 'ceremony' ? [random.pick(HOSTS)] : [],
      staff: random.pick(OFFICERS),
      vehicle: template.type === 'excursion' || template.type === 'cultural' ? random.pick(VEHICLES) : '',
      agreementId: '',
      notes: random.chance(0.1) ? 'Tərcüməçi lazımdır.' : '',
    };
  });
  return items.sort((a, b) => `${a.startDate} ${a.startTime}`.localeCompare(`${b.startDate} ${b.startTime}`));
}

function stays(
  random: Random,
  plan: VisitPlan,
  guestList: readonly Guest[],
  hotelList: readonly Hotel[],
  ids: () => string,
): Stay[] {
  const hotel = random.pick(hotelList);
  const result: Stay[] = [];
  for (let i = 0; i < guestList.length;) {
    const pair = i > 0 && random.chance(0.4) && i + 1 < guestList.length;
    const sleepers = guestList.slice(i, i + (pair ? 2 : 1)).map((g) => g.id);
    i += sleepers.length;
    result.push({
      id: ids(),
      guestIds: sleepers,
      hotelId: hotel.id,
      roomNumber: String(random.int(101, 912)),
      roomType: pair ? 'twin' : 'single',
      checkIn: plan.arrival,
      checkOut: plan.departure,
      confirmation: `C${random.int(100_000, 999_999)}`,
      payer: random.pick(['host', 'partner'] as const),
    });
  }
  return result;
}

function statusOn(plan: VisitPlan, today: string, random: Random): VisitStatus {
  if (plan.departure < today) return random.chance(0.05) ? 'cancelled' : 'completed';
  if (plan.arrival <= today) return 'underWay';
  return random.pick(['draft', 'planned', 'confirmed'] as const);
}

/** Visits spread over the years ending on LAST_DAY, the last few packed into the busy week. */
function plans(random: Random, count: number, years: number): VisitPlan[] {
  const span = years * 365;
  const first = addDays(LAST_DAY, -span);
  return Array.from({ length: count }, (_, i): VisitPlan => {
    const busy = i >= count - BUSY_WEEK_VISITS;
    const arrival = busy ? addDays(BUSY_WEEK, random.int(0, 1)) : addDays(first, random.int(0, span - 7));
    const length = busy ? random.int(3, 4) : random.int(2, 5);
    return {
      arrival,
      departure: addDays(arrival, length),
      guests: random.int(3, 9),
      items: busy ? 15 : random.int(10, 20),
    };
  });
}

/** Letters issued before each visit: a visa invitation for most guests, an official one for the head. */
function register(
  visits: readonly Visit[],
  institution: Institution,
  random: Random,
  ids: () => string,
): Register {
  const letters: { date: string; kind: LetterKind; language: Language; visit: Visit; guest: Guest }[] = [];
  for (const visit of visits) {
    const date = addDays(visit.arrivalDate, -random.int(20, 40));
    for (const guest of visit.guests) {
      const language = guest.letterLanguage === '' ? 'en' : guest.letterLanguage;
      if (random.chance(0.6)) letters.push({ date, kind: 'visaInvitation', language, visit, guest });
      if (guest.role === 'head') letters.push({ date, kind: 'officialInvitation', language, visit, guest });
    }
  }
  letters.sort((a, b) => a.date.localeCompare(b.date));
  // Numbered as `addEntry` numbers them, without its check against every number taken (quadratic here).
  const counters: Record<string, number> = {};
  const entries = letters.map((l): RegisterEntry => {
    const year = Number(l.date.slice(0, 4));
    const key = counterKey(institution.outgoingNumber, year);
    const sequence = (counters[key] ?? 0) + 1;
    counters[key] = sequence;
    const number = formatOutgoingNumber(institution.outgoingNumber, sequence, year);
    const issuedAt = `${l.date}T07:${pad(random.int(0, 59))}:00.000Z`;
    return {
      id: ids(),
      sequence,
      year,
      number,
      date: l.date,
      kind: l.kind,
      language: l.language,
      visitId: l.visit.id,
      visitTitle: l.visit.title,
      guestId: l.guest.id,
      guestName: guestName(l.guest),
      fileName: letterFileName(l.guest, l.kind, l.language, number),
      revision: 1,
      revisions: [{ revision: 1, date: l.date, issuedAt }],
      issuedAt,
    };
  });
  return { entries, counters };
}

/** A visit's title, purpose, partner and host unit in Azerbaijani and Russian, from the tables' own translations. */
function visitTranslations(
  partnerName: string,
  titlePurpose: string,
  purpose: string,
  hostUnit: string,
): Visit['translations'] {
  const partner = partnerTexts(partnerName);
  const unit = hostUnitTexts(hostUnit);
  const titled = purposeTexts(titlePurpose);
  const purposes = purposeTexts(purpose);
  const texts = (language: 'az' | 'ru') => ({
    title: `${partner[language]}: ${titled[language]}`,
    purpose: purposes[language],
    partnerName: partner[language],
    hostUnit: unit[language],
  });
  return { az: texts('az'), ru: texts('ru') };
}

/** The officer's Cyrillic spelling, which Russian programmes and itineraries print. */
function withOfficerInRussian(visit: Visit): Visit {
  const ru = {
    ...visit.translations?.ru,
    responsibleOfficer: OFFICER_CYRILLIC[visit.responsibleOfficer] ?? '',
  };
  return { ...visit, translations: { ...visit.translations, ru } };
}

export interface GenerateOptions {
  size: SizeName;
  seed: number;
  /** "Today" for the statuses of visits. */
  today?: string;
  /** Side of the logo in pixels: 800 gives the 2 MB a logo may weigh at most. */
  logoSide?: number;
}

export function generateDataset({ size, seed, today = '2026-11-29', logoSide }: GenerateOptions): Dataset {
  const random = seededRandom(seed);
  const ids = () => random.hex(20);
  const hotelList = hotels();
  const { years, visits: count } = SIZES[size];
  const visits = plans(random, count, years).map((plan, i): Visit => {
    const partner = random.pick(PARTNERS);
    const id = ids();
    const guestList = guests(random, partner, plan, ids);
    const created = `${addDays(plan.arrival, -45)}T09:${pad(i % 60)}:00.000Z`;
    // Drawn in the order they always were (the title's purpose, then the visit's), so the data stays the same.
    const titlePurpose = random.pick(VISIT_PURPOSES);
    const purpose = random.pick(VISIT_PURPOSES);
    const hostUnit = random.pick(HOST_UNITS);
    return withOfficerInRussian({
      id,
      title: `${partner.name}: ${titlePurpose}`,
      partnerName: partner.name,
      partnerCountry: partner.country,
      partnerIds: [],
      purpose,
      hostUnit,
      status: statusOn(plan, today, random),
      arrivalDate: plan.arrival,
      departureDate: plan.departure,
      responsibleOfficer: random.pick(OFFICERS),
      colour: random.pick(VISIT_COLOURS),
      notes: random.chance(0.3) ? 'Nümayəndə heyəti hava limanında qarşılanmalıdır.' : '',
      guests: guestList,
      stays: stays(random, plan, guestList, hotelList, ids),
      programme: programme(
        random,
        plan,
        guestList.map((g) => g.id),
        ids,
      ),
      roomBlocks: [],
      createdAt: created,
      updatedAt: created,
      lang: 'en',
      translations: visitTranslations(partner.name, titlePurpose, purpose, hostUnit),
    });
  });
  const institution = benchInstitution(logoSide);
  const shared: SharedDoc = {
    schemaVersion: SCHEMA_VERSION,
    settings: { uiLanguage: 'en' },
    institution,
    register: register(visits, institution, random, ids),
    hotels: hotelList,
  };
  return { shared, visits };
}

export const visitFileName = (id: string): string => join('visits', `${id}.json`);

/** The register as the store keeps it: one log per year, a line per letter numbered. */
function registerFiles(register: Register, outgoing: Institution['outgoingNumber']): Map<string, string> {
  const byYear = new Map<number, RegisterEvent[]>();
  for (const entry of register.entries) {
    const event: RegisterEvent = { type: 'numbered', counter: counterKey(outgoing, entry.year), entry };
    byYear.set(entry.year, [...(byYear.get(entry.year) ?? []), event]);
  }
  return new Map(
    [...byYear].map(([year, events]) => [join(REGISTER_DIR, registerFileName(year)), registerLines(events)]),
  );
}

/** Every file of the data folder, by path relative to it, as the store serializes them. */
export function datasetFiles(data: Dataset): Map<string, string> {
  const { register, ...shared } = data.shared;
  const files = new Map<string, string>([[SHARED_FILE, serializeDocument(shared)]]);
  if (register && data.shared.institution) {
    for (const [path, text] of registerFiles(register, data.shared.institution.outgoingNumber))
      files.set(path, text);
  }
  for (const visit of data.visits) {
    files.set(visitFileName(visit.id), serializeDocument({ schemaVersion: SCHEMA_VERSION, visit }));
  }
  return files;
}

/** Writes the data set as a fresh data folder (whatever was there goes). Answers the bytes written. */
export async function writeDataset(dir: string, data: Dataset): Promise<number> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(join(dir, 'visits'), { recursive: true });
  await mkdir(join(dir, REGISTER_DIR), { recursive: true });
  let bytes = 0;
  for (const [path, text] of datasetFiles(data)) {
    await writeFile(join(dir, path), text);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}
