import type { PartnerKind } from '../src/shared/partners';
import { HOST_UNITS, OFFICERS, PARTNERS, VISIT_PURPOSES } from './pools';

/**
 * The Azerbaijani and Russian of the generator's English tables (`pools.ts`), written by hand: each
 * partner's names and its official name in its own language and script, each visit purpose and
 * each host unit. A
 * generated visit carries them as its translations, so that documents in any of the three languages
 * print without asking for a text first.
 */

export interface PartnerTexts {
  /** As the organisation writes its name, in its own language and script. */
  official: string;
  az: string;
  ru: string;
  short: string;
  kind: PartnerKind;
  website: string;
}

const university = (
  official: string,
  az: string,
  ru: string,
  short: string,
  website: string,
): PartnerTexts => ({
  official,
  az,
  ru,
  short,
  kind: 'university',
  website,
});

/** By the partner's English name in `PARTNERS`. */
export const PARTNER_TEXTS: Readonly<Record<string, PartnerTexts>> = {
  'Ankara University': university(
    'Ankara Üniversitesi',
    'Ankara Universiteti',
    'Анкарский университет',
    'AÜ',
    'www.ankara.edu.tr',
  ),
  'Istanbul Technical University': university(
    'İstanbul Teknik Üniversitesi',
    'İstanbul Texniki Universiteti',
    'Стамбульский технический университет',
    'İTÜ',
    'www.itu.edu.tr',
  ),
  'Lomonosov Moscow State University': university(
    'Московский государственный университет имени М. В. Ломоносова',
    'M. V. Lomonosov adına Moskva Dövlət Universiteti',
    'Московский государственный университет имени М. В. Ломоносова',
    'МГУ',
    'www.msu.ru',
  ),
  'Saint Petersburg State University': university(
    'Санкт-Петербургский государственный университет',
    'Sankt-Peterburq Dövlət Universiteti',
    'Санкт-Петербургский государственный университет',
    'СПбГУ',
    'spbu.ru',
  ),
  'Kazan Federal University': university(
    'Казанский федеральный университет',
    'Kazan Federal Universiteti',
    'Казанский федеральный университет',
    'КФУ',
    'kpfu.ru',
  ),
  'Al-Farabi Kazakh National University': university(
    'Әл-Фараби атындағы Қазақ ұлттық университеті',
    'Əl-Farabi adına Qazax Milli Universiteti',
    'Казахский национальный университет имени аль-Фараби',
    'КазНУ',
    'www.kaznu.kz',
  ),
  'National University of Uzbekistan': university(
    'O‘zbekiston Milliy universiteti',
    'Özbəkistan Milli Universiteti',
    'Национальный университет Узбекистана',
    'НУУз',
    'nuu.uz',
  ),
  'Belarusian State University': university(
    'Беларускі дзяржаўны ўніверсітэт',
    'Belarus Dövlət Universiteti',
    'Белорусский государственный университет',
    'БГУ',
    'bsu.by',
  ),
  'Tbilisi State University': university(
    'ივანე ჯავახიშვილის სახელობის თბილისის სახელმწიფო უნივერსიტეტი',
    'İvane Cavaxişvili adına Tbilisi Dövlət Universiteti',
    'Тбилисский государственный университет имени Иване Джавахишвили',
    'TSU',
    'www.tsu.ge',
  ),
  'Humboldt-Universität zu Berlin': university(
    'Humboldt-Universität zu Berlin',
    'Berlin Humboldt Universiteti',
    'Берлинский университет имени Гумбольдта',
    'HU Berlin',
    'www.hu-berlin.de',
  ),
  'Université Paris-Saclay': university(
    'Université Paris-Saclay',
    'Paris-Sakle Universiteti',
    'Университет Париж-Сакле',
    'UPSaclay',
    'www.universite-paris-saclay.fr',
  ),
  'University of Warsaw': university(
    'Uniwersytet Warszawski',
    'Varşava Universiteti',
    'Варшавский университет',
    'UW',
    'www.uw.edu.pl',
  ),
  'Politecnico di Milano': university(
    'Politecnico di Milano',
    'Milan Politexnik Universiteti',
    'Миланский политехнический университет',
    'PoliMi',
    'www.polimi.it',
  ),
  'University of Edinburgh': university(
    'The University of Edinburgh',
    'Edinburq Universiteti',
    'Эдинбургский университет',
    'UoE',
    'www.ed.ac.uk',
  ),
  'Purdue University': university(
    'Purdue University',
    'Purdue Universiteti',
    'Университет Пердью',
    'Purdue',
    'www.purdue.edu',
  ),
  'Tsinghua University': university(
    '清华大学',
    'Tsinghua Universiteti',
    'Университет Цинхуа',
    'THU',
    'www.tsinghua.edu.cn',
  ),
  'Seoul National University': university(
    '서울대학교',
    'Seul Milli Universiteti',
    'Сеульский национальный университет',
    'SNU',
    'www.snu.ac.kr',
  ),
  'Tehran University of Medical Sciences': university(
    'دانشگاه علوم پزشکی تهران',
    'Tehran Tibb Elmləri Universiteti',
    'Тегеранский университет медицинских наук',
    'TUMS',
    'www.tums.ac.ir',
  ),
  'University of Tartu': university(
    'Tartu Ülikool',
    'Tartu Universiteti',
    'Тартуский университет',
    'UT',
    'www.ut.ee',
  ),
  'Universidad de Salamanca': university(
    'Universidad de Salamanca',
    'Salamanka Universiteti',
    'Саламанкский университет',
    'USAL',
    'www.usal.es',
  ),
};

/** By the purpose in `VISIT_PURPOSES`; lower case, as they follow the partner's name in a title. */
export const PURPOSE_TEXTS: Readonly<Record<string, { az: string; ru: string }>> = {
  'talks on a joint master’s programme': {
    az: 'birgə magistr proqramı üzrə danışıqlar',
    ru: 'переговоры о совместной магистерской программе',
  },
  'signing of a memorandum of understanding': {
    az: 'anlaşma memorandumunun imzalanması',
    ru: 'подписание меморандума о взаимопонимании',
  },
  'an Erasmus+ staff exchange': {
    az: 'Erasmus+ çərçivəsində əməkdaş mübadiləsi',
    ru: 'обмен сотрудниками по программе Erasmus+',
  },
  'a summer school on the Caspian region': {
    az: 'Xəzər regionu üzrə yay məktəbi',
    ru: 'летняя школа по Каспийскому региону',
  },
  'a conference on energy transition': {
    az: 'enerji keçidi üzrə konfrans',
    ru: 'конференция по энергетическому переходу',
  },
  'talks on joint research in chemistry': {
    az: 'kimya sahəsində birgə tədqiqatlar üzrə danışıqlar',
    ru: 'переговоры о совместных исследованиях в области химии',
  },
};

/** The officers of `OFFICERS` as Russian documents spell them. */
export const OFFICER_CYRILLIC: Readonly<Record<string, string>> = {
  'Leyla Məmmədova': 'Лейла Мамедова',
  'Rəşad Həsənov': 'Рашад Гасанов',
  'Günay Quliyeva': 'Гюнай Кулиева',
  'Orxan Əliyev': 'Орхан Алиев',
  'Nərgiz İsmayılova': 'Наргиз Исмайлова',
};

/** By the host unit in `HOST_UNITS`. */
export const HOST_UNIT_TEXTS: Readonly<Record<string, { az: string; ru: string }>> = {
  'International Relations Office': {
    az: 'Beynəlxalq əlaqələr şöbəsi',
    ru: 'Отдел международных связей',
  },
  'Faculty of Engineering': { az: 'Mühəndislik fakültəsi', ru: 'Инженерный факультет' },
  'Faculty of Economics': { az: 'İqtisadiyyat fakültəsi', ru: 'Экономический факультет' },
  'Faculty of Philology': { az: 'Filologiya fakültəsi', ru: 'Филологический факультет' },
  'Institute of Chemistry': { az: 'Kimya İnstitutu', ru: 'Институт химии' },
};

function lookup<T>(table: Readonly<Record<string, T>>, key: string, what: string): T {
  const found = table[key];
  if (found === undefined) throw new Error(`no Azerbaijani and Russian for the ${what} "${key}"`);
  return found;
}

export const partnerTexts = (name: string): PartnerTexts => lookup(PARTNER_TEXTS, name, 'partner');
export const purposeTexts = (purpose: string): { az: string; ru: string } =>
  lookup(PURPOSE_TEXTS, purpose, 'purpose');
export const hostUnitTexts = (unit: string): { az: string; ru: string } =>
  lookup(HOST_UNIT_TEXTS, unit, 'host unit');

/** Every English text of the tables that has no Azerbaijani and Russian here (none, when complete). */
export function untranslatedPools(): string[] {
  return [
    ...PARTNERS.map((p) => p.name).filter((n) => !(n in PARTNER_TEXTS)),
    ...VISIT_PURPOSES.filter((p) => !(p in PURPOSE_TEXTS)),
    ...HOST_UNITS.filter((u) => !(u in HOST_UNIT_TEXTS)),
    ...OFFICERS.filter((o) => !(o in OFFICER_CYRILLIC)),
  ];
}
