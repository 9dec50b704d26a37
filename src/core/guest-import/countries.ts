import { COUNTRY_CODES, countryName, isCountryCode, type CountryCode } from '../../shared/countries';
import { foldKey } from '../../shared/guest-import';
import { LANGUAGES } from '../../shared/languages';

/**
 * A country as a partner's list writes it: its name in Azerbaijani, English or Russian (as Qonaq's
 * country list has them), its ISO code, or one of the other names and the nationality words lists
 * use most ("Turkish", "Türkiye", "Russian Federation", "USA", the passport's three-letter code).
 */
const OTHER_NAMES: Partial<Record<CountryCode, readonly string[]>> = {
  TR: [
    'Turkey',
    'Türkiye',
    'Turkiye',
    'Türkiyə',
    'Turkish',
    'TUR',
    'Türk',
    'Türkiye Cumhuriyeti',
    'Республика Турция',
    'турецкое',
    'Turkish Republic',
  ],
  RU: [
    'Russian Federation',
    'Russian',
    'RUS',
    'Российская Федерация',
    'РФ',
    'Россия',
    'Rusiya',
    'Rusiya Federasiyası',
    'Rusya',
    'российское',
  ],
  AZ: [
    'Azerbaijani',
    'Azerbaijan Republic',
    'Republic of Azerbaijan',
    'AZE',
    'Азербайджанская Республика',
    'Azərbaycan Respublikası',
    'Azerbaycan',
  ],
  GB: [
    'UK',
    'United Kingdom',
    'Great Britain',
    'Britain',
    'British',
    'England',
    'GBR',
    'Великобритания',
    'Соединённое Королевство',
    'Böyük Britaniya',
    'Birleşik Krallık',
  ],
  US: [
    'USA',
    'United States',
    'United States of America',
    'Соединенные Штаты',
    'America',
    'American',
    'U.S.',
    'U.S.A.',
    'США',
    'ABŞ',
    'Amerika Birləşmiş Ştatları',
    'ABD',
  ],
  DE: ['German', 'Germany', 'DEU', 'D', 'Deutschland', 'Almaniya', 'Almanya', 'немецкое'],
  FR: ['French', 'FRA', 'Fransa'],
  IT: ['Italian', 'ITA', 'İtaliya', 'İtalya'],
  ES: ['Spanish', 'ESP', 'İspaniya', 'İspanya'],
  NL: ['Dutch', 'Holland', 'The Netherlands', 'NLD', 'Hollandiya', 'Hollanda'],
  KZ: ['Kazakh', 'Kazakhstani', 'KAZ', 'Qazaxıstan', 'Kazakistan', 'Республика Казахстан'],
  UZ: ['Uzbek', 'UZB', 'Özbəkistan', 'Özbekistan', 'Республика Узбекистан'],
  KG: ['Kyrgyz', 'Kyrgyzstan', 'KGZ', 'Qırğızıstan', 'Kırgızistan', 'Киргизия'],
  TM: ['Turkmen', 'TKM', 'Türkmənistan', 'Türkmenistan'],
  TJ: ['Tajik', 'TJK', 'Tacikistan'],
  GE: ['Georgian', 'GEO', 'Gürcüstan', 'Gürcistan', 'Sakartvelo'],
  UA: ['Ukrainian', 'UKR', 'Ukrayna'],
  BY: ['Belarusian', 'BLR', 'Belarus Respublikası', 'Республика Беларусь', 'Белоруссия'],
  MD: ['Moldovan', 'MDA', 'Republic of Moldova'],
  CN: ['Chinese', 'CHN', "People's Republic of China", 'PRC', 'КНР', 'Çin Xalq Respublikası'],
  JP: ['Japanese', 'JPN'],
  KR: [
    'South Korea',
    'Korea',
    'Republic of Korea',
    'Korean',
    'KOR',
    'Республика Корея',
    'Южная Корея',
    'Cənubi Koreya',
    'Güney Kore',
  ],
  IR: ['Iran', 'Iranian', 'IRN', 'Islamic Republic of Iran', 'İran'],
  PK: ['Pakistani', 'PAK'],
  IN: ['Indian', 'IND', 'Hindistan'],
  IL: ['Israeli', 'ISR'],
  EG: ['Egyptian', 'EGY', 'Misir'],
  SA: ['Saudi', 'Saudi Arabian', 'SAU'],
  AE: ['UAE', 'Emirati', 'ARE', 'ОАЭ', 'BƏƏ', 'BAE'],
  PL: ['Polish', 'POL', 'Polşa', 'Polonya'],
  HU: ['Hungarian', 'HUN', 'Macarıstan', 'Macaristan'],
  CZ: ['Czech', 'Czechia', 'Czech Republic', 'CZE', 'Чехия', 'Çexiya', 'Çekya'],
  AT: ['Austrian', 'AUT'],
  CH: ['Swiss', 'CHE'],
  BE: ['Belgian', 'BEL'],
  RO: ['Romanian', 'ROU', 'Rumıniya', 'Romanya'],
  BG: ['Bulgarian', 'BGR'],
  GR: ['Greek', 'GRC', 'Yunanıstan', 'Yunanistan'],
  LT: ['Lithuanian', 'LTU'],
  LV: ['Latvian', 'LVA'],
  EE: ['Estonian', 'EST'],
  FI: ['Finnish', 'FIN'],
  SE: ['Swedish', 'SWE'],
  NO: ['Norwegian', 'NOR'],
  DK: ['Danish', 'DNK'],
  PT: ['Portuguese', 'PRT'],
  IE: ['Irish', 'IRL'],
  CA: ['Canadian', 'CAN'],
  AU: ['Australian', 'AUS'],
  IQ: ['Iraqi', 'IRQ'],
  SY: ['Syrian', 'SYR'],
  JO: ['Jordanian', 'JOR'],
  AF: ['Afghan', 'AFG'],
  MY: ['Malaysian', 'MYS'],
  ID: ['Indonesian', 'IDN'],
  HR: ['Croatian', 'HRV'],
  RS: ['Serbian', 'SRB'],
  SK: ['Slovak', 'SVK'],
  SI: ['Slovenian', 'SVN'],
  BA: ['Bosnian', 'BIH', 'Bosnia and Herzegovina'],
  MK: ['North Macedonia', 'Macedonian', 'MKD'],
  AL: ['Albanian', 'ALB'],
  MN: ['Mongolian', 'MNG'],
  TH: ['Thai', 'THA'],
  VN: ['Vietnamese', 'VNM'],
  BR: ['Brazilian', 'BRA'],
  MX: ['Mexican', 'MEX'],
  AR: ['Argentine', 'Argentinian', 'ARG'],
  NG: ['Nigerian', 'NGA'],
  ZA: ['South African', 'ZAF'],
  QA: ['Qatari', 'QAT'],
  KW: ['Kuwaiti', 'KWT'],
  OM: ['Omani', 'OMN'],
  LB: ['Lebanese', 'LBN'],
  MA: ['Moroccan', 'MAR'],
  DZ: ['Algerian', 'DZA'],
  TN: ['Tunisian', 'TUN'],
  LY: ['Libyan', 'LBY'],
  BD: ['Bangladeshi', 'BGD'],
  CY: ['Cypriot', 'CYP'],
  IS: ['Icelandic', 'ISL'],
  LU: ['Luxembourgish', 'LUX'],
  MT: ['Maltese', 'MLT'],
  NZ: ['New Zealander', 'NZL'],
  // The short forms display lists use, which Qonaq's list no longer carries.
  HK: ['Hong Kong', 'Hong Kong SAR China', 'Гонконг', 'Honkonq', 'HKG'],
  MO: ['Macao', 'Macau', 'Макао', 'MAC'],
  KP: ['North Korea', 'КНДР', 'Şimali Koreya', 'PRK'],
  CD: ['DR Congo', 'DRC', 'Congo-Kinshasa', 'ДР Конго', 'Конго-Киншаса', 'COD'],
  CG: ['Congo-Brazzaville', 'Конго-Браззавиль', 'COG'],
  MM: ['Burma', 'Бирма'],
};

/**
 * Words a country's name may carry or leave out ("the", "Republic of", "and" or "&"): compared
 * without them.
 */
const FILLER: ReadonlySet<string> = new Set([
  'the',
  'and',
  'и',
  've',
  'of',
  'republic',
  'республика',
  'respublikasi',
  'cumhuriyeti',
]);

function countryKey(text: string): string {
  return foldKey(text)
    .split(' ')
    .filter((word) => !FILLER.has(word))
    .join(' ');
}

const INDEX = new Map<string, CountryCode>();
function add(name: string, code: CountryCode): void {
  const key = countryKey(name);
  if (key !== '' && !INDEX.has(key)) INDEX.set(key, code);
}
// Other names first: where an alias and a list name fold alike, both name the same country anyway.
for (const [code, names] of Object.entries(OTHER_NAMES) as [CountryCode, readonly string[]][])
  names.forEach((n) => add(n, code));
for (const code of COUNTRY_CODES) for (const language of LANGUAGES) add(countryName(language, code), code);

/** The ISO code of a country as written, or null when Qonaq does not know it. */
export function matchCountry(text: string): CountryCode | null {
  const value = text.trim();
  if (value === '') return null;
  const upper = value.toUpperCase();
  if (value.length === 2 && isCountryCode(upper)) return upper;
  return INDEX.get(countryKey(value)) ?? null;
}
