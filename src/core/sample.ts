import { addDays, addMonths, todayInBaku } from '../shared/dates';
import { guestInputSchema, visitInputSchema, type GuestData, type VisitData } from '../shared/domain';
import type { Language } from '../shared/languages';

/** A delegation to look around with: a week from today, five guests from a partner in Ankara. */
export function sampleDelegation(language: Language, today = todayInBaku()): { visit: VisitData; guests: GuestData[] } {
  const arrival = addDays(today, 14);
  const departure = addDays(arrival, 3);
  const text = {
    az: {
      title: 'Ankara Universiteti nümayəndə heyətinin səfəri',
      purpose: 'Tələbə mübadiləsi üzrə anlaşma memorandumunun imzalanması və birgə magistr proqramının müzakirəsi',
      hostUnit: 'Beynəlxalq əlaqələr şöbəsi',
      officer: 'Leyla Məmmədova',
      notes: 'Rektorla görüş ikinci gün saat 10:00-da planlaşdırılıb.',
    },
    en: {
      title: 'Visit of the Ankara University delegation',
      purpose: 'Signing of a memorandum of understanding on student exchange and talks on a joint master’s programme',
      hostUnit: 'International Relations Office',
      officer: 'Leyla Mammadova',
      notes: 'Meeting with the rector planned for the second day at 10:00.',
    },
    ru: {
      title: 'Визит делегации Университета Анкары',
      purpose: 'Подписание меморандума о взаимопонимании по студенческому обмену и обсуждение совместной магистерской программы',
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
  const flightIn = { date: arrival, time: '14:35', flight: 'TK 334', airport: 'GYD' };
  const flightOut = { date: departure, time: '17:50', flight: 'TK 335', airport: 'GYD' };
  const passport = (number: string, issued: string, months: number) => ({
    number,
    issuingCountry: 'TR',
    issueDate: issued,
    expiryDate: addMonths(today, months),
  });
  const guests = [
    {
      role: 'head', category: 'delegationMember', honorific: 'professor', gender: 'male',
      surname: 'Yılmaz', givenNames: 'Mehmet Ali', nameCyrillic: 'Мехмет Али Йылмаз', nameAz: 'Mehmet Əli Yılmaz',
      position: 'Rektör Yardımcısı', organisation: 'Ankara Üniversitesi', citizenship: 'TR', dateOfBirth: '1968-04-12',
      passport: passport('U12345678', '2021-03-01', 40), email: 'm.yilmaz@example.edu.tr', letterLanguage: 'en',
      arrival: flightIn, departure: flightOut,
    },
    {
      role: 'member', category: 'expert', honorific: 'associateProfessor', gender: 'female',
      surname: 'Öztürk', givenNames: 'Ayşe', nameCyrillic: 'Айше Озтюрк', position: 'Uluslararası İlişkiler Ofisi Direktörü',
      organisation: 'Ankara Üniversitesi', citizenship: 'TR', dateOfBirth: '1979-09-30',
      passport: passport('U23456789', '2022-06-15', 30), dietaryNeeds: 'Vegetarian', letterLanguage: 'en',
      arrival: flightIn, departure: flightOut,
    },
    {
      role: 'member', category: 'expert', honorific: 'dr', gender: 'male',
      surname: 'Demir', givenNames: 'Can', position: 'Öğretim Üyesi', organisation: 'Ankara Üniversitesi',
      citizenship: 'TR', dateOfBirth: '1985-01-22', passport: passport('U34567890', '2020-11-02', 2),
      letterLanguage: 'en', arrival: flightIn, departure: flightOut,
    },
    {
      role: 'member', category: 'phdCandidate', gender: 'female',
      surname: 'Kaya', givenNames: 'Zeynep', position: 'Araştırma Görevlisi', organisation: 'Ankara Üniversitesi',
      citizenship: 'TR', dateOfBirth: '1996-07-05', passport: passport('U45678901', '2023-02-10', 50),
      accessNeeds: 'Step-free access', letterLanguage: 'ru', arrival: flightIn, departure: flightOut,
    },
    {
      role: 'member', category: 'masterStudent', gender: 'male',
      surname: 'Şahin', givenNames: 'Emre', organisation: 'Ankara Üniversitesi', citizenship: 'TR',
      dateOfBirth: '2001-12-18', passport: passport('U56789012', '2024-05-20', 60), letterLanguage: 'az',
      arrival: flightIn, departure: flightOut,
    },
  ].map((g) => guestInputSchema.parse(g));
  return { visit, guests };
}
