import { describe, expect, it } from 'vitest';
import {
  azToEnglish,
  azToRussian,
  latinToRussian,
  passportNameToAz,
  passportNameToRussian,
  russianToAz,
  russianToEnglish,
  suggestName,
} from '../../../src/shared/transliterate';

// Expected spellings written by hand, as Russian and Azerbaijani texts spell these names.
describe('azToRussian', () => {
  it.each([
    ['Əliyev', 'Алиев'],
    ['Məmmədova', 'Мамедова'],
    ['Hüseynov', 'Гусейнов'],
    ['Leyla', 'Лейла'],
    ['Günay', 'Гюнай'],
    ['Quliyeva', 'Гулиева'],
    ['Şahin', 'Шахин'],
    ['Çingiz', 'Чингиз'],
    ['Xəyyam', 'Хайям'],
    ['Həsənov', 'Гасанов'],
    ['Cəfərova', 'Джафарова'],
    ['Elçin', 'Эльчин'],
    ['Gülnarə', 'Гюльнара'],
    ['Tofiq', 'Тофик'],
    ['Mehmet Ali Yılmaz', 'Мехмет Али Йылмаз'],
    ['Leyla Məmmədova', 'Лейла Мамедова'],
    ['Heydər Əliyev', 'Гейдар Алиев'],
    ['Vüqar Əli oğlu', 'Вюгар Али оглы'],
    ['ƏLİYEV', 'Алиев'],
    ['Əli-Heydər', 'Али-Гейдар'],
  ])('%s -> %s', (az, ru) => {
    expect(azToRussian(az)).toBe(ru);
  });
});

describe('russianToAz', () => {
  it.each([
    ['Иванов', 'İvanov'],
    ['Сергей', 'Sergey'],
    ['Кузнецова', 'Kuznetsova'],
    ['Шишкин', 'Şişkin'],
    ['Чехов', 'Çexov'],
    ['Журавлёв', 'Juravlyov'],
    ['Крылов', 'Krılov'],
    ['Юрий', 'Yuriy'],
    ['Яна', 'Yana'],
    ['Щукин', 'Şşukin'],
    ['Афанасьев', 'Afanasyev'],
    ['Елена Андреевна', 'Yelena Andreyevna'],
    ['Игорь', 'İgor'],
    ['Сергей Петрович Иванов', 'Sergey Petroviç İvanov'],
  ])('%s -> %s', (ru, az) => {
    expect(russianToAz(ru)).toBe(az);
  });
});

describe('latinToRussian (passport spellings)', () => {
  it.each([
    ['IVANOV', 'Иванов'],
    ['SERGEI', 'Сергей'],
    ['PETROVICH', 'Петрович'],
    ['KUZNETSOVA', 'Кузнецова'],
    ['ZHUKOV', 'Жуков'],
    ['KHRUSHCHEV', 'Хрущев'],
    ['IULIIA', 'Юлия'],
    ['Rossi', 'Росси'],
    ['MÜLLER', 'Мюллер'],
  ])('%s -> %s', (latin, ru) => {
    expect(latinToRussian(latin)).toBe(ru);
  });
});

describe('English spellings', () => {
  it('of Azerbaijani names', () => {
    expect(azToEnglish('Leyla Məmmədova')).toBe('Leyla Mammadova');
    expect(azToEnglish('Şahin Cəfərov')).toBe('Shahin Jafarov');
  });
  it('of Russian names', () => {
    expect(russianToEnglish('Сергей Кузнецов')).toBe('Sergey Kuznetsov');
    expect(russianToEnglish('Жанна Чехова')).toBe('Zhanna Chekhova');
  });
});

describe('suggestName', () => {
  it('by the languages the name is written in and wanted in', () => {
    expect(suggestName('Leyla Məmmədova', 'az', 'ru')).toBe('Лейла Мамедова');
    expect(suggestName('Сергей Иванов', 'ru', 'az')).toBe('Sergey İvanov');
    expect(suggestName('Leyla Məmmədova', 'az', 'en')).toBe('Leyla Mammadova');
    expect(suggestName('John Smith', 'en', 'az')).toBeNull();
    expect(suggestName('   ', 'az', 'ru')).toBeNull();
  });
});

describe('names from the passport', () => {
  it('in Cyrillic by the passport alphabet', () => {
    expect(passportNameToRussian('İSMAİL ŞAHİNOĞLU', 'TR')).toBe('Исмаил Шахиноглу');
    expect(passportNameToRussian('SERGEI IVANOV', 'RU')).toBe('Сергей Иванов');
    expect(passportNameToRussian('HAKAN HÜSEYİN ERDEM', 'TR')).toBe('Хакан Хюсейин Эрдем');
    expect(passportNameToRussian('HÜSEYN ƏLİYEV', 'AZ')).toBe('Гусейн Алиев');
  });
  it('in Azerbaijani', () => {
    expect(passportNameToAz('İSMAİL ŞAHİNOĞLU', 'TR')).toBe('İsmail Şahinoğlu');
    expect(passportNameToAz('SERGEI IVANOV', 'RU')).toBe('Sergey İvanov');
    expect(passportNameToAz("SEAN O'BRIEN", 'IE')).toBe("Sean O'Brien");
  });
});
