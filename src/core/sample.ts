import { addDays, addMonths, todayInBaku } from '../shared/dates';
import { guestInputSchema, visitInputSchema, type GuestData, type VisitData } from '../shared/domain';
import type { Language } from '../shared/languages';
import {
  programmeItemInputSchema,
  type ProgrammeItemData,
  type ProgrammeItemInput,
} from '../shared/planning';

type Titled = { az: string; en: string; ru: string };

/** The sample's programme: day 0 is the arrival day. */
const PROGRAMME: (Omit<ProgrammeItemInput, 'title' | 'titles' | 'startDate' | 'endDate'> & {
  day: number;
  titles: Titled;
  venue: string;
})[] = [
  {
    day: 0,
    type: 'meal',
    startTime: '19:30',
    endTime: '21:30',
    venue: 'Şirvanşah Muzey-Restoranı',
    titles: { az: 'Xoş gəldiniz şam yeməyi', en: 'Welcome dinner', ru: 'Приветственный ужин' },
    hosts: ['Prorektor'],
    staff: 'Leyla Məmmədova',
  },
  {
    day: 1,
    type: 'meeting',
    startTime: '10:00',
    endTime: '11:00',
    venue: 'Əsas bina, rektorun qəbul otağı',
    titles: { az: 'Rektorla görüş', en: 'Meeting with the rector', ru: 'Встреча с ректором' },
    hosts: ['Rektor', 'Prorektor'],
    staff: 'Leyla Məmmədova',
    vehicle: '10-AA-001',
  },
  {
    day: 1,
    type: 'ceremony',
    startTime: '11:15',
    endTime: '12:00',
    venue: 'Əsas bina, Akt zalı',
    titles: {
      az: 'Anlaşma memorandumunun imzalanması',
      en: 'Signing of the memorandum of understanding',
      ru: 'Подписание меморандума о взаимопонимании',
    },
    hosts: ['Rektor'],
    staff: 'Leyla Məmmədova',
  },
  {
    day: 1,
    type: 'meal',
    startTime: '12:30',
    endTime: '13:45',
    venue: 'Universitet yeməkxanası',
    titles: { az: 'Nahar', en: 'Lunch', ru: 'Обед' },
  },
  {
    day: 1,
    type: 'lecture',
    startTime: '15:00',
    endTime: '16:30',
    venue: 'Auditoriya 301',
    titles: {
      az: 'Açıq mühazirə: Avropa təhsil məkanı',
      en: 'Open lecture: the European Higher Education Area',
      ru: 'Открытая лекция: Европейское пространство высшего образования',
    },
    hosts: ['Beynəlxalq əlaqələr fakültəsinin dekanı'],
  },
  {
    day: 2,
    type: 'excursion',
    startTime: '10:00',
    endTime: '13:00',
    venue: 'İçərişəhər',
    titles: { az: 'İçərişəhərə ekskursiya', en: 'Excursion to the Old City', ru: 'Экскурсия по Ичеришехер' },
    staff: 'Leyla Məmmədova',
    vehicle: '10-AA-001',
  },
  {
    day: 2,
    type: 'cultural',
    startTime: '15:00',
    endTime: '16:30',
    venue: 'Azərbaycan Xalça Muzeyi',
    titles: { az: 'Xalça Muzeyinə baxış', en: 'Visit to the Carpet Museum', ru: 'Посещение Музея ковра' },
    vehicle: '10-AA-001',
  },
  {
    day: 3,
    type: 'meeting',
    startTime: '10:00',
    endTime: '11:30',
    venue: 'Beynəlxalq əlaqələr şöbəsi',
    titles: {
      az: 'Birgə magistr proqramı üzrə işçi görüş',
      en: 'Working meeting on the joint master’s programme',
      ru: 'Рабочая встреча по совместной магистерской программе',
    },
    hosts: ['Beynəlxalq əlaqələr şöbəsinin müdiri'],
    staff: 'Leyla Məmmədova',
  },
];

/** A delegation to look around with: a week from today, five guests from a partner in Ankara. */
export function sampleDelegation(
  language: Language,
  today = todayInBaku(),
): { visit: VisitData; guests: GuestData[]; programme: ProgrammeItemData[] } {
  const arrival = addDays(today, 14);
  const departure = addDays(arrival, 3);
  const text = {
    az: {
      title: 'Ankara Universiteti nümayəndə heyətinin səfəri',
      purpose:
        'Tələbə mübadiləsi üzrə anlaşma memorandumunun imzalanması və birgə magistr proqramının müzakirəsi',
      hostUnit: 'Beynəlxalq əlaqələr şöbəsi',
      officer: 'Leyla Məmmədova',
      notes: 'Rektorla görüş ikinci gün saat 10:00-da planlaşdırılıb.',
    },
    en: {
      title: 'Visit of the Ankara University delegation',
      purpose:
        'Signing of a memorandum of understanding on student exchange and talks on a joint master’s programme',
      hostUnit: 'International Relations Office',
      officer: 'Leyla Mammadova',
      notes: 'Meeting with the rector planned for the second day at 10:00.',
    },
    ru: {
      title: 'Визит делегации Университета Анкары',
      purpose:
        'Подписание меморандума о взаимопонимании по студенческому обмену и обсуждение совместной магистерской программы',
      hostUnit: 'Отдел международных связей',
      officer: 'Лейла Мамедова',
      notes: 'Встреча с ректором запланирована на второй день в 10:00.',
    },
  }[language];
  const visit = visitInputSchema.parse({
    title: text.title,
    partnerName: 'Ankara Üniversitesi',
    partnerCountry: 'TR',
    purpose: text.purpose,
    hostUnit: text.hostUnit,
    status: 'planned',
    arrivalDate: arrival,
    departureDate: departure,
    responsibleOfficer: text.officer,
    colour: '#e8590c',
    notes: text.notes,
  });
  const flightIn = {
    date: arrival,
    time: '14:35',
    flight: 'TK 334',
    airport: 'GYD',
    terminal: '1',
    pickup: { vehicle: '10-AA-001', driver: 'Rauf Əliyev', escort: text.officer, leaveAt: '13:30' },
  };
  const flightOut = {
    date: departure,
    time: '17:50',
    flight: 'TK 335',
    airport: 'GYD',
    terminal: '1',
    pickup: { vehicle: '10-AA-001', driver: 'Rauf Əliyev', escort: text.officer, leaveAt: '14:30' },
  };
  const passport = (number: string, issued: string, months: number) => ({
    number,
    issuingCountry: 'TR',
    issueDate: issued,
    expiryDate: addMonths(today, months),
  });
  const guests = [
    {
      role: 'head',
      category: 'delegationMember',
      honorific: 'professor',
      gender: 'male',
      surname: 'Yılmaz',
      givenNames: 'Mehmet Ali',
      nameCyrillic: 'Мехмет Али Йылмаз',
      nameAz: 'Mehmet Əli Yılmaz',
      position: 'Rektör Yardımcısı',
      organisation: 'Ankara Üniversitesi',
      citizenship: 'TR',
      dateOfBirth: '1968-04-12',
      passport: passport('U12345678', '2021-03-01', 40),
      email: 'm.yilmaz@example.edu.tr',
      letterLanguage: 'en',
      arrival: flightIn,
      departure: flightOut,
    },
    {
      role: 'member',
      category: 'expert',
      honorific: 'associateProfessor',
      gender: 'female',
      surname: 'Öztürk',
      givenNames: 'Ayşe',
      nameCyrillic: 'Айше Озтюрк',
      position: 'Uluslararası İlişkiler Ofisi Direktörü',
      organisation: 'Ankara Üniversitesi',
      citizenship: 'TR',
      dateOfBirth: '1979-09-30',
      passport: passport('U23456789', '2022-06-15', 30),
      dietaryNeeds: 'Vegetarian',
      letterLanguage: 'en',
      arrival: flightIn,
      departure: flightOut,
    },
    {
      role: 'member',
      category: 'expert',
      honorific: 'dr',
      gender: 'male',
      surname: 'Demir',
      givenNames: 'Can',
      position: 'Öğretim Üyesi',
      organisation: 'Ankara Üniversitesi',
      citizenship: 'TR',
      dateOfBirth: '1985-01-22',
      passport: passport('U34567890', '2020-11-02', 2),
      letterLanguage: 'en',
      arrival: flightIn,
      departure: flightOut,
    },
    {
      role: 'member',
      category: 'phdCandidate',
      gender: 'female',
      surname: 'Kaya',
      givenNames: 'Zeynep',
      position: 'Araştırma Görevlisi',
      organisation: 'Ankara Üniversitesi',
      citizenship: 'TR',
      dateOfBirth: '1996-07-05',
      passport: passport('U45678901', '2023-02-10', 50),
      accessNeeds: 'Step-free access',
      letterLanguage: 'ru',
      arrival: flightIn,
      departure: flightOut,
    },
    {
      role: 'member',
      category: 'masterStudent',
      gender: 'male',
      surname: 'Şahin',
      givenNames: 'Emre',
      organisation: 'Ankara Üniversitesi',
      citizenship: 'TR',
      dateOfBirth: '2001-12-18',
      passport: passport('U56789012', '2024-05-20', 60),
      letterLanguage: 'az',
      arrival: flightIn,
      departure: flightOut,
    },
  ].map((g) => guestInputSchema.parse(g));
  const programme = PROGRAMME.map(({ day, titles, ...item }) =>
    programmeItemInputSchema.parse({
      ...item,
      title: titles[language],
      titles,
      startDate: addDays(arrival, day),
      endDate: addDays(arrival, day),
    }),
  );
  return { visit, guests, programme };
}
