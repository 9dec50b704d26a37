import type { CountryCode } from '../src/shared/countries';

/**
 * What generated visits are made of: partners, people, places and programme items of the kind a
 * university's protocol office in Baku sees. Guests' names are as printed in passports (Latin), with
 * a Cyrillic spelling for guests from countries that write their names in Cyrillic.
 */

export interface Person {
  surname: string;
  givenNames: string;
  gender: 'female' | 'male';
  /** The passport spelling's Cyrillic form, where the guest's country writes names in Cyrillic. */
  cyrillic: string;
}

export interface Partner {
  name: string;
  country: CountryCode;
  city: string;
  airport: string;
  flightPrefix: string;
}

export const PARTNERS: readonly Partner[] = [
  { name: 'Ankara University', country: 'TR', city: 'Ankara', airport: 'GYD', flightPrefix: 'TK' },
  {
    name: 'Istanbul Technical University',
    country: 'TR',
    city: 'Istanbul',
    airport: 'GYD',
    flightPrefix: 'TK',
  },
  {
    name: 'Lomonosov Moscow State University',
    country: 'RU',
    city: 'Moscow',
    airport: 'GYD',
    flightPrefix: 'SU',
  },
  {
    name: 'Saint Petersburg State University',
    country: 'RU',
    city: 'Saint Petersburg',
    airport: 'GYD',
    flightPrefix: 'SU',
  },
  { name: 'Kazan Federal University', country: 'RU', city: 'Kazan', airport: 'GYD', flightPrefix: 'J2' },
  {
    name: 'Al-Farabi Kazakh National University',
    country: 'KZ',
    city: 'Almaty',
    airport: 'GYD',
    flightPrefix: 'KC',
  },
  {
    name: 'National University of Uzbekistan',
    country: 'UZ',
    city: 'Tashkent',
    airport: 'GYD',
    flightPrefix: 'HY',
  },
  { name: 'Belarusian State University', country: 'BY', city: 'Minsk', airport: 'GYD', flightPrefix: 'B2' },
  {
    name: 'Tbilisi State University',
    country: 'GE',
    city: 'Tbilisi',
    airport: 'Bakı Dəmiryol Vağzalı',
    flightPrefix: 'TRN',
  },
  {
    name: 'Humboldt-Universität zu Berlin',
    country: 'DE',
    city: 'Berlin',
    airport: 'GYD',
    flightPrefix: 'LH',
  },
  { name: 'Université Paris-Saclay', country: 'FR', city: 'Paris', airport: 'GYD', flightPrefix: 'AF' },
  { name: 'University of Warsaw', country: 'PL', city: 'Warsaw', airport: 'GYD', flightPrefix: 'LO' },
  { name: 'Politecnico di Milano', country: 'IT', city: 'Milan', airport: 'GYD', flightPrefix: 'J2' },
  { name: 'University of Edinburgh', country: 'GB', city: 'Edinburgh', airport: 'GYD', flightPrefix: 'J2' },
  { name: 'Purdue University', country: 'US', city: 'West Lafayette', airport: 'GYD', flightPrefix: 'TK' },
  { name: 'Tsinghua University', country: 'CN', city: 'Beijing', airport: 'GYD', flightPrefix: 'CZ' },
  { name: 'Seoul National University', country: 'KR', city: 'Seoul', airport: 'GYD', flightPrefix: 'KE' },
  {
    name: 'Tehran University of Medical Sciences',
    country: 'IR',
    city: 'Tehran',
    airport: 'GYD',
    flightPrefix: 'IR',
  },
  { name: 'University of Tartu', country: 'EE', city: 'Tartu', airport: 'GYD', flightPrefix: 'J2' },
  { name: 'Universidad de Salamanca', country: 'ES', city: 'Salamanca', airport: 'GYD', flightPrefix: 'J2' },
];

const cyr = (surname: string, givenNames: string, gender: Person['gender'], cyrillic: string): Person => ({
  surname,
  givenNames,
  gender,
  cyrillic,
});
const lat = (surname: string, givenNames: string, gender: Person['gender']): Person => ({
  surname,
  givenNames,
  gender,
  cyrillic: '',
});

/** People by country; a guest is drawn from the partner's country. */
export const PEOPLE: Readonly<Partial<Record<CountryCode, readonly Person[]>>> = {
  TR: [
    lat('Öztürk', 'Ayşe', 'female'),
    lat('Demirci', 'Mehmet Ali', 'male'),
    lat('Yıldız', 'Zeynep', 'female'),
    lat('Kaya', 'Emre', 'male'),
    lat('Şahin', 'Elif Nur', 'female'),
    lat('Çelik', 'Burak', 'male'),
    lat('Aydın', 'Gülşen', 'female'),
    lat('Koç', 'Oğuz', 'male'),
  ],
  RU: [
    cyr('Ivanova', 'Anna', 'female', 'Анна Иванова'),
    cyr('Smirnov', 'Dmitrii', 'male', 'Дмитрий Смирнов'),
    cyr('Kuznetsova', 'Elena', 'female', 'Елена Кузнецова'),
    cyr('Popov', 'Sergei', 'male', 'Сергей Попов'),
    cyr('Sokolova', 'Olga', 'female', 'Ольга Соколова'),
    cyr('Lebedev', 'Aleksandr', 'male', 'Александр Лебедев'),
    cyr('Vasileva', 'Mariia', 'female', 'Мария Васильева'),
    cyr('Morozov', 'Pavel', 'male', 'Павел Морозов'),
  ],
  KZ: [
    cyr('Nurlanov', 'Yerlan', 'male', 'Ерлан Нурланов'),
    cyr('Abenova', 'Aigerim', 'female', 'Айгерим Абенова'),
    cyr('Seitkali', 'Dauren', 'male', 'Даурен Сейткали'),
    cyr('Zhaksylykova', 'Saule', 'female', 'Сауле Жаксылыкова'),
  ],
  UZ: [
    cyr('Karimov', 'Jasur', 'male', 'Жасур Каримов'),
    cyr('Rashidova', 'Dilnoza', 'female', 'Дилноза Рашидова'),
    cyr('Tursunov', 'Bekzod', 'male', 'Бекзод Турсунов'),
    cyr('Yusupova', 'Malika', 'female', 'Малика Юсупова'),
  ],
  BY: [
    cyr('Kovalenko', 'Andrei', 'male', 'Андрей Коваленко'),
    cyr('Novik', 'Tatsiana', 'female', 'Татьяна Новик'),
    cyr('Shevchuk', 'Ihar', 'male', 'Игорь Шевчук'),
  ],
  GE: [
    lat('Beridze', 'Nino', 'female'),
    lat('Kapanadze', 'Giorgi', 'male'),
    lat('Lomidze', 'Tamar', 'female'),
    lat('Gelashvili', 'Levan', 'male'),
  ],
  DE: [
    lat('Müller', 'Katharina', 'female'),
    lat('Schröder', 'Jörg', 'male'),
    lat('Weiß', 'Anneliese', 'female'),
    lat('Becker', 'Lukas', 'male'),
  ],
  FR: [
    lat('Lefèvre', 'Hélène', 'female'),
    lat('Dubois', 'François', 'male'),
    lat('Moreau', 'Céline', 'female'),
    lat('Girard', 'Étienne', 'male'),
  ],
  PL: [
    lat('Wiśniewska', 'Małgorzata', 'female'),
    lat('Kowalski', 'Łukasz', 'male'),
    lat('Zając', 'Agnieszka', 'female'),
  ],
  IT: [
    lat('Rossi', 'Giulia', 'female'),
    lat('Bianchi', 'Marco', 'male'),
    lat('De Luca', 'Francesca', 'female'),
  ],
  GB: [
    lat('Smith', 'Eleanor', 'female'),
    lat('O’Connor', 'James', 'male'),
    lat('Clarke', 'Hannah', 'female'),
  ],
  US: [
    lat('Johnson', 'Emily', 'female'),
    lat('Miller', 'Robert J.', 'male'),
    lat('Davis', 'Sarah', 'female'),
  ],
  CN: [lat('Wang', 'Li', 'female'), lat('Zhang', 'Wei', 'male'), lat('Liu', 'Yang', 'male')],
  KR: [lat('Kim', 'Min-jun', 'male'), lat('Park', 'Seo-yeon', 'female'), lat('Lee', 'Ji-ho', 'male')],
  IR: [lat('Hosseini', 'Maryam', 'female'), lat('Rezaei', 'Ali', 'male'), lat('Ahmadi', 'Sara', 'female')],
  EE: [lat('Tamm', 'Kadri', 'female'), lat('Saar', 'Mart', 'male'), lat('Mägi', 'Liis', 'female')],
  ES: [lat('García', 'Lucía', 'female'), lat('Fernández', 'Javier', 'male'), lat('Núñez', 'Pilar', 'female')],
};

export const POSITIONS = [
  'Rector',
  'Vice-Rector for International Relations',
  'Dean of the Faculty of Engineering',
  'Professor of Economics',
  'Associate Professor of Chemistry',
  'Head of the International Office',
  'Senior Lecturer',
  'PhD candidate',
  'Master’s student',
  'Project coordinator',
];

export const VISIT_PURPOSES = [
  'talks on a joint master’s programme',
  'signing of a memorandum of understanding',
  'an Erasmus+ staff exchange',
  'a summer school on the Caspian region',
  'a conference on energy transition',
  'talks on joint research in chemistry',
];

export const HOST_UNITS = [
  'International Relations Office',
  'Faculty of Engineering',
  'Faculty of Economics',
  'Faculty of Philology',
  'Institute of Chemistry',
];

export const OFFICERS = [
  'Leyla Məmmədova',
  'Rəşad Həsənov',
  'Günay Quliyeva',
  'Orxan Əliyev',
  'Nərgiz İsmayılova',
];

export const HOSTS = [
  'Rektor',
  'Prorektor',
  'Mühəndislik fakültəsinin dekanı',
  'İqtisadiyyat fakültəsinin dekanı',
  'Beynəlxalq əlaqələr şöbəsinin müdiri',
  'Kimya institutunun direktoru',
  'Tələbə şurasının sədri',
];

export const VEHICLES = ['10-AA-001', '10-AA-002', '10-AB-117', '90-KS-345', '77-QN-512'];
export const DRIVERS = ['Elçin Babayev', 'Tural Rzayev', 'Vüqar Nəbiyev', 'Ramil Kazımov'];

export interface ItemTemplate {
  type: 'meeting' | 'lecture' | 'ceremony' | 'cultural' | 'excursion' | 'meal' | 'transfer' | 'freeTime';
  minutes: number;
  venue: string;
  titles: { az: string; en: string; ru: string };
}

export const ITEMS: readonly ItemTemplate[] = [
  {
    type: 'meeting',
    minutes: 60,
    venue: 'Əsas bina, rektorun qəbul otağı',
    titles: { az: 'Rektorla görüş', en: 'Meeting with the rector', ru: 'Встреча с ректором' },
  },
  {
    type: 'ceremony',
    minutes: 45,
    venue: 'Əsas bina, Akt zalı',
    titles: { az: 'Memorandumun imzalanması', en: 'Signing of the memorandum', ru: 'Подписание меморандума' },
  },
  {
    type: 'lecture',
    minutes: 90,
    venue: 'Auditoriya 301',
    titles: { az: 'Açıq mühazirə', en: 'Open lecture', ru: 'Открытая лекция' },
  },
  {
    type: 'meeting',
    minutes: 90,
    venue: 'Beynəlxalq əlaqələr şöbəsi',
    titles: { az: 'İşçi görüş', en: 'Working meeting', ru: 'Рабочая встреча' },
  },
  {
    type: 'meal',
    minutes: 75,
    venue: 'Universitet yeməkxanası',
    titles: { az: 'Nahar', en: 'Lunch', ru: 'Обед' },
  },
  {
    type: 'meal',
    minutes: 120,
    venue: 'Şirvanşah Muzey-Restoranı',
    titles: { az: 'Şam yeməyi', en: 'Dinner', ru: 'Ужин' },
  },
  {
    type: 'excursion',
    minutes: 180,
    venue: 'İçərişəhər',
    titles: { az: 'İçərişəhərə ekskursiya', en: 'Excursion to the Old City', ru: 'Экскурсия по Ичеришехер' },
  },
  {
    type: 'cultural',
    minutes: 90,
    venue: 'Azərbaycan Xalça Muzeyi',
    titles: { az: 'Xalça Muzeyinə baxış', en: 'Visit to the Carpet Museum', ru: 'Посещение Музея ковра' },
  },
  {
    type: 'lecture',
    minutes: 120,
    venue: 'Laboratoriya korpusu, 2-ci mərtəbə',
    titles: {
      az: 'Laboratoriyalarla tanışlıq',
      en: 'Tour of the laboratories',
      ru: 'Знакомство с лабораториями',
    },
  },
  {
    type: 'freeTime',
    minutes: 120,
    venue: '',
    titles: { az: 'Sərbəst vaxt', en: 'Free time', ru: 'Свободное время' },
  },
];

export const HOTELS = [
  ['Hotel Qafqaz', '12 Neftchilar Avenue'],
  ['Old City Inn', '7 Kichik Qala Street'],
  ['Caspian Plaza', '1 Khagani Street'],
  ['Baku Boulevard Hotel', '5 Bulvar Street'],
  ['Landmark Residence', '90A Nizami Street'],
  ['Sahil Hotel', '34 Azadlig Avenue'],
  ['Nizami Park Hotel', '44 Rashid Behbudov Street'],
  ['University Guest House', '33 Zahid Khalilov Street'],
] as const;
