import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { GuestInput } from '../../../src/shared/domain';
import type { ProgrammeItemInput } from '../../../src/shared/planning';
import type { RunningHost } from '../../support/web-host';
import { callApi } from '../arrange';

const run = promisify(execFile);

/** The busy day of the tests: three visits under way on 13 May 2026. */
export const BUSY_DAY = '2026-05-13';

export async function setInstitution(host: RunningHost): Promise<void> {
  await callApi(host, 'institution.update', {
    institution: {
      name: {
        az: 'Bakı Dövlət Universiteti',
        en: 'Baku State University',
        ru: 'Бакинский государственный университет',
      },
      address: {
        az: 'Z. Xəlilov küç. 33, Bakı',
        en: '33 Z. Khalilov St, Baku',
        ru: 'ул. З. Халилова 33, Баку',
      },
      phone: '+994 12 539 05 35',
      email: 'protocol@bsu.edu.az',
      verificationContact: { name: 'Nigar Əliyeva', phone: '+994 50 123 45 67', email: 'nigar@bsu.edu.az' },
    },
  });
}

interface VisitPlan {
  title: string;
  partnerName: string;
  arrivalDate: string;
  departureDate: string;
  officer: string;
  /** The officer's name as Russian documents print it. */
  officerInRussian?: string;
  guests: GuestInput[];
  items: ProgrammeItemInput[];
}

/** Creates a visit with its guests, a hotel stay for all of them and its programme; answers its id. */
export async function createPlannedVisit(
  host: RunningHost,
  plan: VisitPlan,
  hotelId: string,
): Promise<string> {
  const { visit } = await callApi(host, 'visits.create', {
    visit: {
      title: plan.title,
      partnerName: plan.partnerName,
      status: 'confirmed',
      arrivalDate: plan.arrivalDate,
      departureDate: plan.departureDate,
      responsibleOfficer: plan.officer,
      ...(plan.officerInRussian && {
        translations: { ru: { responsibleOfficer: plan.officerInRussian } },
      }),
    },
  });
  let guestIds: string[] = [];
  for (const guest of plan.guests) {
    guestIds = (await callApi(host, 'guests.add', { visitId: visit.id, guest })).visit.guests.map(
      (g) => g.id,
    );
  }
  await callApi(host, 'stays.save', {
    visitId: visit.id,
    stay: { guestIds, hotelId, roomNumber: '512', checkIn: plan.arrivalDate, checkOut: plan.departureDate },
  });
  for (const item of plan.items) await callApi(host, 'programme.save', { visitId: visit.id, item });
  return visit.id;
}

export async function createHotel(host: RunningHost): Promise<string> {
  return (
    await callApi(host, 'hotels.save', {
      hotel: { name: 'Qafqaz Hotel', address: 'Azadlıq pr. 1', city: 'Bakı', phone: '+994 12 404 00 00' },
    })
  ).id;
}

const item = (
  title: string,
  date: string,
  start: string,
  end: string,
  extra: Partial<ProgrammeItemInput> = {},
): ProgrammeItemInput => ({
  type: 'meeting',
  title,
  startDate: date,
  startTime: start,
  endDate: extra.endDate ?? date,
  endTime: end,
  venue: 'Main building, room 301',
  hosts: ['Prof. Elçin Babayev'],
  staff: 'Nigar Əliyeva',
  vehicle: 'Kia 10-AB-123',
  ...extra,
});

const guest = (givenNames: string, surname: string, extra: Partial<GuestInput> = {}): GuestInput => ({
  category: 'expert',
  givenNames,
  surname,
  ...extra,
});

/**
 * Three visits on the busy day: arrivals and departures on it, and enough items to run over a page.
 * Answers the titles of the day's programme items in the order the schedule must list them.
 */
export async function arrangeBusyDay(
  host: RunningHost,
): Promise<{ visitIds: string[]; itemTitles: string[] }> {
  await setInstitution(host);
  const hotelId = await createHotel(host);
  const d = BUSY_DAY;
  const ankara = await createPlannedVisit(
    host,
    {
      title: 'Ankara University delegation',
      partnerName: 'Ankara Üniversitesi',
      arrivalDate: '2026-05-12',
      departureDate: '2026-05-15',
      officer: 'Nigar Əliyeva',
      guests: [
        guest('Ayşe', 'Öztürk', {
          departure: {
            date: d,
            time: '19:40',
            flight: 'TK 335',
            airport: 'GYD',
            terminal: '1',
            pickup: { vehicle: 'Kia 10-AB-123', driver: 'Elçin', escort: 'Nigar', leaveAt: '16:30' },
          },
        }),
        guest('Burak', 'Kaya'),
      ],
      items: [
        item('A01 Breakfast meeting with the dean', d, '08:00', '08:45', { type: 'meal' }),
        item('A02 Meeting with the rector', d, '09:00', '10:00'),
        item('A03 Lecture on soil science', d, '10:15', '11:45', { type: 'lecture' }),
        item('A04 Laboratory visit', d, '12:00', '12:45'),
        item('A05 Lunch', d, '13:00', '14:00', { type: 'meal' }),
        item('A06 Signing of the memorandum', d, '14:30', '15:00', { type: 'ceremony' }),
        item('A07 Night walk on the boulevard', d, '22:30', '01:00', {
          type: 'cultural',
          endDate: '2026-05-14',
        }),
      ],
    },
    hotelId,
  );
  const berlin = await createPlannedVisit(
    host,
    {
      title: 'Humboldt-Universität zu Berlin',
      partnerName: 'Humboldt-Universität',
      arrivalDate: d,
      departureDate: '2026-05-16',
      officer: 'Rəşad Məmmədov',
      guests: [
        guest('Jonas', 'Weber', {
          arrival: {
            date: d,
            time: '07:05',
            flight: 'LH 1742',
            airport: 'GYD',
            terminal: '1',
            pickup: { vehicle: 'Hyundai 90-XY-777', driver: 'Vüqar', escort: 'Rəşad', leaveAt: '06:15' },
          },
        }),
        guest('Lena', 'Fischer', {
          arrival: {
            date: d,
            time: '07:05',
            flight: 'LH 1742',
            airport: 'GYD',
            terminal: '1',
            pickup: { vehicle: 'Hyundai 90-XY-777', driver: 'Vüqar', escort: 'Rəşad', leaveAt: '06:15' },
          },
        }),
      ],
      items: [
        item('B01 Check-in and rest', d, '09:30', '11:00', { type: 'freeTime', hosts: [], vehicle: '' }),
        item('B02 Meeting with the Faculty of Physics', d, '11:00', '12:30', { venue: 'Physics building' }),
        item('B03 Lunch with the vice-rector', d, '13:10', '14:15', {
          type: 'meal',
          venue: 'Restaurant Firuzə',
        }),
        item('B04 Seminar on quantum optics', d, '15:00', '16:30', { type: 'lecture' }),
        item('B05 Old City tour', d, '17:00', '19:00', { type: 'excursion', venue: 'İçərişəhər' }),
        item('B06 Dinner', d, '19:30', '21:30', { type: 'meal', venue: 'Şirvanşah Muzey Restoran' }),
      ],
    },
    hotelId,
  );
  const moscow = await createPlannedVisit(
    host,
    {
      title: 'Московский государственный университет',
      partnerName: 'МГУ',
      arrivalDate: '2026-05-11',
      departureDate: d,
      officer: 'Aysel Hüseynova',
      guests: [
        guest('Ivan', 'Petrov', {
          nameCyrillic: 'Иван Петров',
          departure: { date: d, time: '21:15', flight: 'J2 811', airport: 'GYD', terminal: '1' },
        }),
      ],
      items: [
        item('C01 Round table on linguistics', d, '09:45', '11:00', {
          venue: 'Philology building',
          vehicle: '',
        }),
        item('C02 Visit to the library', d, '11:30', '12:30', { venue: 'Central library', vehicle: '' }),
        item('C03 Farewell lunch', d, '13:30', '15:00', {
          type: 'meal',
          venue: 'Restaurant Nərgiz',
          vehicle: '',
        }),
        item('C04 Shopping in Nizami street', d, '15:30', '17:00', {
          type: 'freeTime',
          hosts: [],
          vehicle: '',
        }),
      ],
    },
    hotelId,
  );
  const itemTitles = [
    'A01',
    'A02',
    'B01',
    'C01',
    'A03',
    'B02',
    'C02',
    'A04',
    'A05',
    'B03',
    'C03',
    'A06',
    'B04',
    'C04',
    'B05',
    'B06',
    'A07',
  ];
  return { visitIds: [ankara, berlin, moscow], itemTitles };
}

/** The text of a PDF as `pdftotext -layout` reads it, and its page count. */
export async function pdfText(pdf: Buffer): Promise<{ text: string; pages: number; landscape: boolean }> {
  const dir = await mkdtemp(join(tmpdir(), 'qonaq-pdf-'));
  const path = join(dir, 'doc.pdf');
  await writeFile(path, pdf);
  const { stdout } = await run('pdftotext', ['-layout', path, '-']);
  const info = await run('pdfinfo', [path]);
  const pages = Number(/Pages:\s+(\d+)/.exec(info.stdout)?.[1] ?? 0);
  const [width, height] = (/Page size:\s+([\d.]+) x ([\d.]+)/.exec(info.stdout) ?? []).slice(1).map(Number);
  return { text: stdout, pages, landscape: (width ?? 0) > (height ?? 0) };
}

/** Converts .docx files with LibreOffice and answers the text of each PDF, in order. */
export async function docxTexts(files: { name: string; bytes: Buffer }[]): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), 'qonaq-docx-'));
  const paths = await Promise.all(
    files.map(async (f, i) => {
      const path = join(dir, `${i}.docx`);
      await writeFile(path, f.bytes);
      return path;
    }),
  );
  await run(
    'soffice',
    [
      '--headless',
      `-env:UserInstallation=file://${dir}/profile`,
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      ...paths,
    ],
    {
      timeout: 120_000,
    },
  );
  return Promise.all(
    paths.map(async (p) => (await pdfText(await readFile(p.replace(/\.docx$/, '.pdf')))).text),
  );
}

/** Where each of `needles` first appears in `text`; -1 where it does not. */
export function positions(text: string, needles: readonly string[]): number[] {
  return needles.map((n) => text.indexOf(n));
}

/** An item of the five-day programme, titled in all three languages. */
function translated(
  date: string,
  start: string,
  end: string,
  titles: { az: string; en: string; ru: string },
  extra: Partial<ProgrammeItemInput> = {},
): ProgrammeItemInput {
  return item(titles.az, date, start, end, { titles, ...extra });
}

/** The five-day programme (12-16 May 2026), by day, with each item's title in az, en and ru. */
export const FIVE_DAYS = [
  [
    '2026-05-12',
    '16:00',
    '17:00',
    { az: 'P01 Rektorla görüş', en: 'P01 Meeting with the rector', ru: 'P01 Встреча с ректором' },
  ],
  [
    '2026-05-12',
    '19:00',
    '21:00',
    { az: 'P02 Xoş gəldin şam yeməyi', en: 'P02 Welcome dinner', ru: 'P02 Приветственный ужин' },
  ],
  [
    '2026-05-13',
    '09:30',
    '11:00',
    {
      az: 'P03 Fizika fakültəsində seminar',
      en: 'P03 Seminar at the Faculty of Physics',
      ru: 'P03 Семинар на физическом факультете',
    },
  ],
  [
    '2026-05-13',
    '11:30',
    '13:00',
    { az: 'P04 Laboratoriyalara baxış', en: 'P04 Tour of the laboratories', ru: 'P04 Осмотр лабораторий' },
  ],
  [
    '2026-05-13',
    '15:00',
    '16:30',
    {
      az: 'P05 Magistrantlar üçün mühazirə',
      en: 'P05 Lecture for master’s students',
      ru: 'P05 Лекция для магистрантов',
    },
  ],
  [
    '2026-05-14',
    '10:00',
    '10:45',
    {
      az: 'P06 Anlaşma memorandumunun imzalanması',
      en: 'P06 Signing of the memorandum',
      ru: 'P06 Подписание меморандума',
    },
  ],
  [
    '2026-05-14',
    '11:00',
    '12:00',
    { az: 'P07 Mətbuat konfransı', en: 'P07 Press conference', ru: 'P07 Пресс-конференция' },
  ],
  [
    '2026-05-14',
    '14:00',
    '18:00',
    { az: 'P08 İçərişəhərə ekskursiya', en: 'P08 Old City tour', ru: 'P08 Экскурсия по Ичеришехеру' },
  ],
  [
    '2026-05-15',
    '10:00',
    '13:00',
    { az: 'P09 Qobustan qoruğuna səfər', en: 'P09 Trip to Gobustan', ru: 'P09 Поездка в Гобустан' },
  ],
  [
    '2026-05-15',
    '20:00',
    '23:30',
    { az: 'P10 Vida şam yeməyi', en: 'P10 Farewell dinner', ru: 'P10 Прощальный ужин' },
  ],
] as const;

export async function arrangeFiveDayVisit(host: RunningHost): Promise<string> {
  await setInstitution(host);
  const hotelId = await createHotel(host);
  const pickup = { vehicle: 'Kia 10-AB-123', driver: 'Elçin', escort: 'Nigar', leaveAt: '' };
  return createPlannedVisit(
    host,
    {
      title: 'Ankara Universiteti nümayəndə heyəti',
      partnerName: 'Ankara Üniversitesi',
      arrivalDate: '2026-05-12',
      departureDate: '2026-05-16',
      officer: 'Nigar Əliyeva',
      officerInRussian: 'Нигяр Алиева',
      guests: [
        guest('Mehmet Ali', 'Yılmaz', {
          nameAz: 'Məhməd Əli Yılmaz',
          nameCyrillic: 'Мехмет Али Йылмаз',
          arrival: {
            date: '2026-05-12',
            time: '13:20',
            flight: 'TK 334',
            airport: 'GYD',
            terminal: '1',
            pickup: { ...pickup, leaveAt: '12:30' },
          },
          departure: {
            date: '2026-05-16',
            time: '11:05',
            flight: 'TK 335',
            airport: 'GYD',
            terminal: '1',
            pickup: { ...pickup, leaveAt: '08:00' },
          },
        }),
        guest('Ayşe', 'Öztürk', {
          nameAz: 'Ayşə Öztürk',
          nameCyrillic: 'Айше Озтюрк',
          arrival: {
            date: '2026-05-12',
            time: '13:20',
            flight: 'TK 334',
            airport: 'GYD',
            terminal: '1',
            pickup: { ...pickup, leaveAt: '12:30' },
          },
          departure: {
            date: '2026-05-16',
            time: '11:05',
            flight: 'TK 335',
            airport: 'GYD',
            terminal: '1',
            pickup: { ...pickup, leaveAt: '08:00' },
          },
        }),
      ],
      items: FIVE_DAYS.map(([date, start, end, titles]) =>
        translated(date, start, end, titles, { venue: 'Bakı Dövlət Universiteti, əsas bina' }),
      ),
    },
    hotelId,
  );
}
