import { describe, expect, it } from 'vitest';
import { registerCsvText } from '../../../src/core/register-csv';
import { contract } from '../../../src/shared/contract';
import type { RegisterEntry } from '../../../src/shared/letters';

const entry: RegisterEntry = {
  id: 'e1',
  sequence: 7,
  year: 2026,
  number: 'BƏ-7/2026',
  date: '2026-10-15',
  kind: 'visaInvitation',
  language: 'en',
  visitId: 'v1',
  visitTitle: 'Ankara; Izmir, Bursa',
  guestId: 'g1',
  guestName: 'Ayşe Öztürk',
  fileName: 'x.docx',
  revision: 2,
  revisions: [],
  issuedAt: '2026-10-15T08:00:00.000Z',
};

const rows = (text: string) => text.replace(/^\uFEFF/, '').split('\r\n');

describe('the register as CSV, with the separator the officer chose', () => {
  it('splits columns by semicolons in an English register when asked', () => {
    const lines = rows(registerCsvText([entry], 'en', ';'));

    expect(lines[0]).toBe('Number;Date;Kind;Language;Guest;Visit;Revision;File name');
    expect(lines[1]).toBe(
      'BƏ-7/2026;2026-10-15;Visa support letter;EN;Ayşe Öztürk;"Ankara; Izmir, Bursa";2;x.docx',
    );
  });

  it('splits columns by commas in a Russian register when asked', () => {
    const lines = rows(registerCsvText([entry], 'ru', ','));

    expect(lines[0]).toBe('Номер,Дата,Вид,Язык,Гость,Визит,Редакция,Имя файла');
    expect(lines[1]).toBe(
      'BƏ-7/2026,2026-10-15,Письмо визовой поддержки,EN,Ayşe Öztürk,"Ankara; Izmir, Bursa",2,x.docx',
    );
  });

  it('uses what each language’s regional settings expect when nothing was chosen', () => {
    expect(rows(registerCsvText([entry], 'en'))[0]).toBe(
      'Number,Date,Kind,Language,Guest,Visit,Revision,File name',
    );
    expect(rows(registerCsvText([entry], 'az'))[0]).toBe('Nömrə;Tarix;Növ;Dil;Qonaq;Səfər;Versiya;Fayl adı');
  });

  it('accepts only a semicolon or a comma from the caller', () => {
    const input = contract['letters.registerCsv'].input;

    expect(input.safeParse({ separator: ',' }).success).toBe(true);
    expect(input.safeParse({}).success).toBe(true);
    expect(input.safeParse({ separator: '\t' }).success).toBe(false);
  });
});
