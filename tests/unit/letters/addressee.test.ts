import { describe, expect, it } from 'vitest';
import { addresseeLines, partnerInSentence } from '../../../src/core/letters/address';
import {
  azOrganisationGenitive,
  azPositionPossessive,
  azSurnameDative,
} from '../../../src/core/letters/azerbaijani-cases';
import type { NamedGuest } from '../../../src/core/letters/names';
import {
  ruOrganisationGenitive,
  ruPositionDative,
  ruSurnameDative,
} from '../../../src/core/letters/russian-cases';
import type { Language } from '../../../src/shared/languages';

// Every expected form below is written by hand from Russian and Azerbaijani grammar, not computed.
const N = '\u00a0';

describe('Russian surnames in the dative', () => {
  it.each<[string, 'male' | 'female', string]>([
    ['Иванов', 'male', 'Иванову'],
    ['Алексеев', 'male', 'Алексееву'],
    ['Пушкин', 'male', 'Пушкину'],
    ['Шмидт', 'male', 'Шмидту'],
    ['Йылмаз', 'male', 'Йылмазу'],
    ['Достоевский', 'male', 'Достоевскому'],
    ['Толстой', 'male', 'Толстому'],
    ['Белый', 'male', 'Белому'],
    ['Гоголь', 'male', 'Гоголю'],
    ['Гайдай', 'male', 'Гайдаю'],
    ['Окуджава', 'male', 'Окуджаве'],
    ['Зозуля', 'male', 'Зозуле'],
    ['Гарсия', 'male', 'Гарсии'],
    ['Дюма', 'male', 'Дюма'],
    ['Золя', 'male', 'Золя'],
    ['Гулиа', 'male', 'Гулиа'],
    ['Шахиноглу', 'male', 'Шахиноглу'],
    ['Росси', 'male', 'Росси'],
    ['Шевченко', 'male', 'Шевченко'],
    ['Черных', 'male', 'Черных'],
    ['Петров-Водкин', 'male', 'Петрову-Водкину'],
    ['ИВАНОВ', 'male', 'ИВАНОВУ'],
    ['Кузнецова', 'female', 'Кузнецовой'],
    ['Алиева', 'female', 'Алиевой'],
    ['Пушкина', 'female', 'Пушкиной'],
    ['Достоевская', 'female', 'Достоевской'],
    ['Толстая', 'female', 'Толстой'],
    ['Шмидт', 'female', 'Шмидт'],
    ['Эрдоган', 'female', 'Эрдоган'],
    ['Окуджава', 'female', 'Окуджаве'],
    ['Гарсия', 'female', 'Гарсии'],
    ['Демирджи', 'female', 'Демирджи'],
    ['Черных', 'female', 'Черных'],
    ['Rossi', 'male', 'Rossi'],
  ])('%s (%s) -> %s', (surname, gender, expected) => {
    expect(ruSurnameDative(surname, gender)).toBe(expected);
  });
});

describe('Russian positions in the dative', () => {
  it.each<[string, string | null]>([
    ['Ректор', 'Ректору'],
    ['проректор по научной работе', 'проректору по научной работе'],
    ['Декан факультета права', 'Декану факультета права'],
    ['Генеральный директор', 'Генеральному директору'],
    ['Заведующий кафедрой', 'Заведующему кафедрой'],
    ['Заведующая кафедрой', 'Заведующей кафедрой'],
    ['Заместитель министра', 'Заместителю министра'],
    ['Председатель правления', 'Председателю правления'],
    ['Чрезвычайный и Полномочный Посол', 'Чрезвычайному и Полномочному Послу'],
    ['Исполняющий обязанности ректора', 'Исполняющему обязанности ректора'],
    ['Старший преподаватель', 'Старшему преподавателю'],
    ['Вице-президент', 'Вице-президенту'],
    ['Профессор', 'Профессору'],
    ['Глава представительства', 'Главе представительства'],
    ['Vice-Rector for Research', null],
    ['Куратор программы', null],
  ])('%s -> %s', (position, expected) => {
    expect(ruPositionDative(position)).toBe(expected);
  });
});

describe('Russian organisations in the genitive', () => {
  it.each<[string, string | null]>([
    ['Анкарский университет', 'Анкарского университета'],
    ['Университет Анкары', 'Университета Анкары'],
    [
      'Московский государственный университет имени М. В. Ломоносова',
      'Московского государственного университета имени М. В. Ломоносова',
    ],
    ['Национальная академия наук', 'Национальной академии наук'],
    ['Высшая школа экономики', 'Высшей школы экономики'],
    ['Российский технический институт', 'Российского технического института'],
    ['Ankara University', null],
    ['«Роснано»', null],
  ])('%s -> %s', (organisation, expected) => {
    expect(ruOrganisationGenitive(organisation)).toBe(expected);
  });
});

describe('Azerbaijani endings', () => {
  it.each<[string, string]>([
    ['Yılmaz', 'Yılmaza'],
    ['Öztürk', 'Öztürkə'],
    ['Rossi', 'Rossiyə'],
    ['Şahinoğlu', 'Şahinoğluna'],
    ['ŞAHİNOĞLU', 'ŞAHİNOĞLUNA'],
    ['Əliyeva', 'Əliyevaya'],
    ['Məmmədov', 'Məmmədova'],
    ['Müller', 'Müllerə'],
    ['Kuznetsova', 'Kuznetsovaya'],
    ['Rəsulzadə', 'Rəsulzadəyə'],
    ['Ivanov', 'Ivanova'],
    ['Smith', 'Smithə'],
  ])('dative: %s -> %s', (surname, expected) => {
    expect(azSurnameDative(surname)).toBe(expected);
  });

  it.each<[string, string | null]>([
    ['Ankara Universiteti', 'Ankara Universitetinin'],
    ['Bakı Dövlət Universiteti', 'Bakı Dövlət Universitetinin'],
    ['Təhsil Nazirliyi', 'Təhsil Nazirliyinin'],
    ['Milli Elmlər Akademiyası', 'Milli Elmlər Akademiyasının'],
    ['Türk Dil Qurumu', 'Türk Dil Qurumunun'],
    ['Avropa Birlik', 'Avropa Birliyin'],
    ['Mərkəz', 'Mərkəzin'],
    ['Ankara Universiteti (Türkiyə)', null],
  ])('genitive: %s -> %s', (organisation, expected) => {
    expect(azOrganisationGenitive(organisation)).toBe(expected);
  });

  it.each<[string, string | null]>([
    ['rektor', 'rektoru'],
    ['Rektor', 'Rektoru'],
    ['Elmi işlər üzrə prorektor', 'Elmi işlər üzrə prorektoru'],
    ['dekan', 'dekanı'],
    ['kafedra müdiri', 'kafedra müdiri'],
    ['səfir', 'səfiri'],
    ['Vice-Rector for Research', null],
  ])('possessive: %s -> %s', (position, expected) => {
    expect(azPositionPossessive(position)).toBe(expected);
  });
});

const sahinoglu: NamedGuest = {
  surname: 'ŞAHİNOĞLU',
  givenNames: 'İSMAİL HAKKI',
  nameAz: 'İsmail Hakkı Şahinoğlu',
  nameCyrillic: 'Исмаил Хакки Шахиноглу',
  gender: 'male',
  honorific: 'professor',
  citizenship: 'TR',
};
const kuznetsova: NamedGuest = {
  surname: 'KUZNETSOVA',
  givenNames: 'ANNA SERGEEVNA',
  nameAz: 'Anna Sergeyevna Kuznetsova',
  nameCyrillic: 'Анна Сергеевна Кузнецова',
  gender: 'female',
  honorific: 'none',
  citizenship: 'RU',
};

const TEXTS: Record<Language, { position: string; organisation: string }> = {
  ru: { position: 'Ректор', organisation: 'Анкарский университет' },
  az: { position: 'Rektor', organisation: 'Ankara Universiteti' },
  en: { position: 'Rector', organisation: 'Ankara University' },
};

describe('addressee block of the official invitation', () => {
  it.each<[Language, NamedGuest, { position: string; organisation: string }, string[]]>([
    ['ru', sahinoglu, TEXTS.ru, ['Ректору Анкарского университета', `профессору И.${N}Х.${N}Шахиноглу`]],
    ['az', sahinoglu, TEXTS.az, ['Ankara Universitetinin rektoru', `professor İ.${N}H.${N}Şahinoğluna`]],
    ['en', sahinoglu, TEXTS.en, ['Professor İsmail Hakkı Şahinoğlu', 'Rector', 'Ankara University']],
    [
      'ru',
      kuznetsova,
      { position: 'Декан', organisation: 'Высшая школа экономики' },
      ['Декану Высшей школы экономики', `госпоже А.${N}С.${N}Кузнецовой`],
    ],
    [
      'ru',
      { ...sahinoglu, honorific: 'none' },
      { position: 'Директор', organisation: 'Ankara Üniversitesi' },
      ['Директору', 'Ankara Üniversitesi', `господину И.${N}Х.${N}Шахиноглу`],
    ],
    [
      'ru',
      { ...sahinoglu, nameCyrillic: '' },
      { position: 'Куратор программы', organisation: '' },
      ['Куратор программы', `профессору İ.${N}H.${N}Şahinoğlu`],
    ],
    [
      'ru',
      { ...sahinoglu, honorific: 'excellency', nameCyrillic: 'Иван Петров' },
      { position: 'Чрезвычайный и Полномочный Посол', organisation: '' },
      ['Чрезвычайному и Полномочному Послу', `Его Превосходительству господину И.${N}Петрову`],
    ],
    [
      'az',
      kuznetsova,
      { position: 'dekan', organisation: 'Bakı Dövlət Universiteti' },
      ['Bakı Dövlət Universitetinin dekanı', `xanım A.${N}S.${N}Kuznetsovaya`],
    ],
    [
      'az',
      kuznetsova,
      { position: 'Vice-Rector', organisation: 'HSE (Moscow)' },
      ['HSE (Moscow)', 'Vice-Rector', `xanım A.${N}S.${N}Kuznetsovaya`],
    ],
    ['en', kuznetsova, { position: '', organisation: '' }, ['Ms Anna Sergeevna Kuznetsova']],
    [
      'en',
      { ...kuznetsova, honorific: 'excellency' },
      { position: 'Ambassador', organisation: '' },
      ['Her Excellency Ms Anna Sergeevna Kuznetsova', 'Ambassador'],
    ],
  ])('%s %o %o', (language, guest, texts, expected) => {
    expect(addresseeLines(language, guest, texts).map((l) => l.text)).toEqual(expected);
  });

  it('sets the line with the name in bold, and refuses a guest without gender', () => {
    expect(addresseeLines('ru', sahinoglu, TEXTS.ru).map((l) => l.name)).toEqual([false, true]);
    expect(() => addresseeLines('ru', { ...sahinoglu, gender: '' }, TEXTS.ru)).toThrow(/gender/);
  });

  it.each<[Language, string, string]>([
    ['ru', 'Анкарский университет', 'Анкарского университета'],
    ['ru', 'Ankara Üniversitesi', 'Ankara Üniversitesi'],
    ['az', 'Ankara Universiteti', 'Ankara Universitetinin'],
    ['en', 'Ankara University', 'Ankara University'],
  ])('names the partner in the sentence: %s %s -> %s', (language, partner, expected) => {
    expect(partnerInSentence(language, partner)).toBe(expected);
  });
});
