import { foldKey, type ColumnTarget, type ImportField } from '../../shared/guest-import';

/**
 * Which guest field a column's header names, in Azerbaijani, English, Russian and Turkish (partners
 * write their own language) and the usual variants. Headers are compared folded (`foldKey`: no case,
 * accents or punctuation), first whole, then by the longest known phrase inside them, so
 * "Surname (as in passport)" is a surname and "№ паспорта" a passport number.
 */
const NAMES: Record<ImportField, readonly string[]> = {
  surname: [
    'surname',
    'last name',
    'family name',
    'lastname',
    'surname in latin',
    'фамилия',
    'фамилия латиницей',
    'фамилия латинскими буквами',
    'soyad',
    'soyadı',
    'soyadi',
    'familiya',
    'nachname',
    'nom',
  ],
  givenNames: [
    'given names',
    'given name',
    'first name',
    'first names',
    'forename',
    'forenames',
    'name',
    'имя',
    'имя латиницей',
    'ad',
    'adı',
    'adi',
    'isim',
    'vorname',
    'prenom',
  ],
  fullName: [
    'full name',
    'name and surname',
    'name surname',
    'surname and name',
    'surname name',
    'фио',
    'ф и о',
    'фамилия имя отчество',
    'фамилия имя',
    'имя фамилия',
    'ad soyad',
    'adı soyadı',
    'ad və soyad',
    'soyadı adı',
    'soyad ad',
    'adı və soyadı',
    'ad soyadı',
    'participant',
    'delegate',
    'участник',
  ],
  nameCyrillic: [
    'name in cyrillic',
    'name in russian',
    'cyrillic',
    'фио на русском',
    'фио на русском языке',
    'имя на русском',
    'фамилия на русском',
    'фио кириллицей',
    'отчество',
    'patronymic',
    'middle name',
    'ata adı',
    'atasının adı',
    'baba adı',
    'kiril',
    'rus dilində',
  ],
  nameAz: ['name in azerbaijani', 'азербайджанское написание', 'azərbaycanca', 'azərbaycan dilində'],
  role: [
    'role',
    'роль',
    'rol',
    'status in delegation',
    'head of delegation',
    'руководитель делегации',
    'nümayəndə heyətinin rəhbəri',
  ],
  honorific: [
    'title',
    'academic title',
    'honorific',
    'учёное звание',
    'ученое звание',
    'звание',
    'обращение',
    'elmi ad',
    'müraciət',
    'unvan',
    'akademik unvan',
  ],
  gender: ['gender', 'sex', 'пол', 'cins', 'cinsi', 'cinsiyyət', 'cinsiyyəti', 'cinsiyet'],
  dateOfBirth: [
    'date of birth',
    'birth date',
    'birthdate',
    'dob',
    'd o b',
    'born',
    'дата рождения',
    'doğum tarixi',
    'doğum tarihi',
    'dogum tarihi',
    'geburtsdatum',
  ],
  placeOfBirth: [
    'place of birth',
    'birthplace',
    'birth place',
    'место рождения',
    'doğum yeri',
    'doğulduğu yer',
  ],
  citizenship: [
    'nationality',
    'citizenship',
    'country',
    'гражданство',
    'страна',
    'подданство',
    'vətəndaşlıq',
    'vətəndaşlığı',
    'ölkə',
    'uyruk',
    'uyruğu',
    'uyrugu',
    'vatandaşlık',
    'vatandaşlığı',
    'ülke',
    'staatsangehörigkeit',
  ],
  passportNumber: [
    'passport no',
    'passport number',
    'passport nr',
    'passport',
    'passport n',
    'document number',
    'document no',
    'travel document number',
    'номер паспорта',
    'no паспорта',
    'паспорт',
    'паспорт no',
    'серия и номер паспорта',
    'загранпаспорт',
    'номер загранпаспорта',
    'pasport',
    'pasport nömrəsi',
    'pasportun nömrəsi',
    'pasaport',
    'pasaport no',
    'pasaport numarası',
    'reisepassnummer',
  ],
  issuingCountry: [
    'issuing country',
    'country of issue',
    'issuing state',
    'state of issue',
    'passport issued by',
    'страна выдачи',
    'страна выдачи паспорта',
    'verildiyi ölkə',
    'veren ülke',
  ],
  issueDate: [
    'date of issue',
    'issue date',
    'issued',
    'issued on',
    'passport issue date',
    'passport issued',
    'дата выдачи',
    'дата выдачи паспорта',
    'паспорт выдан',
    'verilmə tarixi',
    'verildiyi tarix',
    'veriliş tarixi',
    'veriliş tarihi',
    'düzenlenme tarihi',
    'verilis tarihi',
  ],
  expiryDate: [
    'date of expiry',
    'expiry date',
    'expiry',
    'expiration date',
    'expiration',
    'expires',
    'expires on',
    'valid until',
    'valid till',
    'valid to',
    'validity',
    'passport expiry',
    'passport expiry date',
    'passport valid until',
    'срок действия',
    'срок действия паспорта',
    'действителен до',
    'дата окончания срока действия',
    'дата окончания',
    'etibarlıdır',
    'etibarlılıq müddəti',
    'qüvvədədir',
    'bitmə tarixi',
    'son geçerlilik tarihi',
    'geçerlilik tarihi',
    'gecerlilik tarihi',
  ],
  position: [
    'position',
    'job title',
    'post',
    'designation',
    'occupation',
    'должность',
    'позиция',
    'vəzifə',
    'vəzifəsi',
    'görevi',
    'görev',
    'pozisyon',
  ],
  organisation: [
    'organisation',
    'organization',
    'institution',
    'university',
    'affiliation',
    'company',
    'employer',
    'place of work',
    'организация',
    'место работы',
    'учреждение',
    'вуз',
    'университет',
    'təşkilat',
    'müəssisə',
    'iş yeri',
    'universitet',
    'kurum',
    'kuruluş',
    'üniversite',
    'çalıştığı kurum',
  ],
  email: [
    'email',
    'e mail',
    'mail',
    'email address',
    'электронная почта',
    'эл почта',
    'e poçt',
    'e poçt ünvanı',
    'e posta',
  ],
  phone: [
    'phone',
    'telephone',
    'tel',
    'тел',
    'mobile',
    'mobile phone',
    'cell',
    'phone number',
    'телефон',
    'моб телефон',
    'мобильный',
    'telefon',
    'mobil',
    'telefon nömrəsi',
    'cep telefonu',
  ],
  homeAddress: [
    'address',
    'home address',
    'residential address',
    'адрес',
    'домашний адрес',
    'ünvan',
    'ev ünvanı',
    'yaşayış ünvanı',
    'adres',
    'ev adresi',
  ],
  dietaryNeeds: [
    'dietary needs',
    'dietary requirements',
    'dietary restrictions',
    'diet',
    'food',
    'meal preferences',
    'питание',
    'диета',
    'особенности питания',
    'qidalanma',
    'pəhriz',
    'diyet',
    'yemek tercihi',
  ],
  accessNeeds: [
    'access needs',
    'accessibility',
    'special needs',
    'mobility',
    'особые потребности',
    'xüsusi ehtiyaclar',
    'özel ihtiyaçlar',
  ],
  arrivalDate: [
    'arrival date',
    'date of arrival',
    'arrival',
    'arrives',
    'дата прибытия',
    'дата приезда',
    'прибытие',
    'приезд',
    'gəliş tarixi',
    'gəliş',
    'gəlmə tarixi',
    'varış tarihi',
    'geliş tarihi',
    'varış',
  ],
  arrivalFlight: [
    'arrival flight',
    'flight in',
    'inbound flight',
    'рейс прибытия',
    'рейс прилёта',
    'рейс прилета',
    'gəliş reysi',
    'geliş uçuşu',
  ],
  departureDate: [
    'departure date',
    'date of departure',
    'departure',
    'departs',
    'дата отъезда',
    'дата убытия',
    'отъезд',
    'дата вылета',
    'gediş tarixi',
    'gediş',
    'qayıdış tarixi',
    'dönüş tarihi',
    'ayrılış tarihi',
    'dönüş',
  ],
  departureFlight: [
    'departure flight',
    'flight out',
    'outbound flight',
    'return flight',
    'рейс отъезда',
    'рейс вылета',
    'обратный рейс',
    'gediş reysi',
    'qayıdış reysi',
    'dönüş uçuşu',
  ],
};

/** Folded phrase -> field, and the phrases by length (longest first) for matching inside a header. */
const EXACT = new Map<string, ImportField>();
const PHRASES: { words: string; field: ImportField; length: number }[] = [];
for (const [field, names] of Object.entries(NAMES) as [ImportField, readonly string[]][]) {
  for (const name of names) {
    const key = foldKey(name);
    if (!EXACT.has(key)) EXACT.set(key, field);
    PHRASES.push({ words: ` ${key} `, field, length: key.split(' ').length });
  }
}
PHRASES.sort((a, b) => b.length - a.length);

export interface HeaderMatch {
  field: ImportField;
  /** How sure: over 10 for the whole header (more for more words), else the words of the phrase found in it. */
  score: number;
}

/** The field a header names, or null. */
export function matchHeader(header: string): HeaderMatch | null {
  const key = foldKey(header);
  if (key === '') return null;
  const exact = EXACT.get(key);
  if (exact) return { field: exact, score: 10 + key.split(' ').length };
  // The longest phrase found; of equally long ones, the one written first ("Surname (as in passport)").
  const padded = ` ${key} `;
  let found: { field: ImportField; length: number; at: number } | null = null;
  for (const phrase of PHRASES) {
    if (found && phrase.length < found.length) break;
    const at = padded.indexOf(phrase.words);
    if (at >= 0 && (!found || at < found.at)) found = { field: phrase.field, length: phrase.length, at };
  }
  return found ? { field: found.field, score: found.length } : null;
}

/** Fields that several columns may fill together (their texts joined): a name in parts. */
export const JOINABLE: ReadonlySet<ImportField> = new Set([
  'givenNames',
  'nameCyrillic',
  'nameAz',
  'homeAddress',
]);

/**
 * A target for each column from its header: each field given to the column that names it best (two
 * columns naming one field: the other is left out), except the parts of a name. A lone "Name" column
 * (no surname column beside it) holds the full name.
 */
export function proposeMapping(headers: readonly string[]): ColumnTarget[] {
  const matches = headers.map(matchHeader);
  const best = new Map<ImportField, number>();
  matches.forEach((m, column) => {
    if (!m || JOINABLE.has(m.field)) return;
    const held = best.get(m.field);
    if (held === undefined || (matches[held]?.score ?? 0) < m.score) best.set(m.field, column);
  });
  const targets: ColumnTarget[] = matches.map((m, column) => {
    if (!m) return '';
    return JOINABLE.has(m.field) || best.get(m.field) === column ? m.field : '';
  });
  const has = (field: ImportField) => targets.includes(field);
  if (!has('surname') && !has('fullName')) {
    const nameColumns = targets.flatMap((t, i) => (t === 'givenNames' ? [i] : []));
    if (nameColumns.length === 1 && nameColumns[0] !== undefined) targets[nameColumns[0]] = 'fullName';
  }
  return targets;
}

/** How many different fields a row's cells name as headers: the header row is the row naming most. */
export function headerScore(cells: readonly string[]): number {
  return new Set(cells.map((c) => matchHeader(c)?.field).filter((f) => f !== undefined)).size;
}
