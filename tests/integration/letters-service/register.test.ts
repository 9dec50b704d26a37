import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../src/core/dispatch';
import { csvCell, registerCsvText } from '../../../src/core/register-csv';
import type { RegisterQuery } from '../../../src/shared/letters-contract';
import type { RegisterEntry } from '../../../src/shared/letters';
import {
  letterCores,
  letterRequest,
  letterVisit,
  setUpInstitution,
  visitWithGuest,
  type Core,
} from './setup';

const cores = letterCores('qonaq-register-');
afterEach(() => cores.cleanUp());

/** Two visits, four letters: en visa and ru official for Demirci (2026), az visa for Şahin in 2026 and 2027. */
async function registerWithLetters(core: Core) {
  await setUpInstitution(core);
  const ankara = await visitWithGuest(core);
  const baku = await visitWithGuest(core, { surname: 'Şahin', givenNames: 'Emre' });
  await core.ok('visits.update', {
    id: baku.visitId,
    visit: letterVisit({ title: 'Summer school, "Caspian" 2026' }),
  });
  await core.ok('letters.issue', { request: letterRequest(ankara, 'en') });
  await core.ok('letters.issue', { request: letterRequest(ankara, 'ru', 'officialInvitation') });
  await core.ok('letters.issue', { request: letterRequest(baku, 'az') });
  core.clock.now = new Date('2027-01-05T09:00:00Z');
  await core.ok('letters.issue', { request: letterRequest(baku, 'az') });
  return { ankara, baku };
}

const numbers = (entries: RegisterEntry[]) => entries.map((e) => e.number);

describe('letters.register', () => {
  it('lists every letter newest first', async () => {
    const core = await cores.open();
    await registerWithLetters(core);

    expect(numbers(await core.ok('letters.register', {}))).toEqual([
      'BƏ-0001/2027',
      'BƏ-0003/2026',
      'BƏ-0002/2026',
      'BƏ-0001/2026',
    ]);
  });

  it('finds by guest, visit or number, ignoring case, diacritics and the dotless i', async () => {
    const core = await cores.open();
    await registerWithLetters(core);
    const find = async (text: string) => numbers(await core.ok('letters.register', { text }));

    expect(await find('sahin')).toEqual(['BƏ-0001/2027', 'BƏ-0003/2026']);
    expect(await find('AYSE demirci')).toEqual(['BƏ-0002/2026', 'BƏ-0001/2026']);
    expect(await find('caspian')).toEqual(['BƏ-0001/2027', 'BƏ-0003/2026']);
    expect(await find('0003')).toEqual(['BƏ-0003/2026']);
    expect(await find('bə-0001/2027')).toEqual(['BƏ-0001/2027']);
    expect(await find('nobody')).toEqual([]);
  });

  it('filters by kind, language, year and visit, and combines them', async () => {
    const core = await cores.open();
    const { ankara, baku } = await registerWithLetters(core);
    const find = async (query: RegisterQuery) => numbers(await core.ok('letters.register', query));

    expect(await find({ kind: 'officialInvitation' })).toEqual(['BƏ-0002/2026']);
    expect(await find({ language: 'az' })).toEqual(['BƏ-0001/2027', 'BƏ-0003/2026']);
    expect(await find({ year: 2026 })).toEqual(['BƏ-0003/2026', 'BƏ-0002/2026', 'BƏ-0001/2026']);
    expect(await find({ visitId: ankara.visitId })).toEqual(['BƏ-0002/2026', 'BƏ-0001/2026']);
    expect(await find({ visitId: baku.visitId, year: 2027, kind: 'visaInvitation', language: 'az' })).toEqual(
      ['BƏ-0001/2027'],
    );
  });

  it('refuses a query it does not understand', async () => {
    const core = await cores.open();

    expect(await dispatch(core.handlers, 'letters.register', { kind: 'memo' })).toEqual({
      ok: false,
      error: { code: 'validation', fields: [{ path: 'kind', code: 'invalidChoice' }] },
    });
  });
});

describe('letters.registerCsv', () => {
  it('exports what the filter finds as UTF-8 with a BOM, headed in the interface language', async () => {
    const core = await cores.open();
    await registerWithLetters(core);

    const csv = await core.ok('letters.registerCsv', { language: 'az' });

    const bytes = Buffer.from(csv.base64, 'base64');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines).toEqual([
      'Nömrə;Tarix;Növ;Dil;Qonaq;Səfər;Versiya;Fayl adı',
      'BƏ-0001/2027;2027-01-05;Viza dəstəyi məktubu;AZ;Emre Şahin;"Summer school, ""Caspian"" 2026";1;Şahin Emre - Viza dəstəyi məktubu - AZ - BƏ-0001-2027.docx',
      'BƏ-0003/2026;2026-10-15;Viza dəstəyi məktubu;AZ;Emre Şahin;"Summer school, ""Caspian"" 2026";1;Şahin Emre - Viza dəstəyi məktubu - AZ - BƏ-0003-2026.docx',
      '',
    ]);
    expect(csv.fileName).toBe('Çıxan məktubların reyestri 2027-01-05.csv');
  });

  it('separates with commas for an English interface, as Excel does with English regional settings', async () => {
    const core = await cores.open();
    await registerWithLetters(core);
    await core.ok('settings.update', { uiLanguage: 'en' });

    const csv = await core.ok('letters.registerCsv', { kind: 'officialInvitation' });

    expect(Buffer.from(csv.base64, 'base64').toString('utf8')).toBe(
      '\uFEFFNumber,Date,Kind,Language,Guest,Visit,Revision,File name\r\n' +
        'BƏ-0002/2026,2026-10-15,Letter of invitation,RU,Ayşe Gül Demirci,Ankara University delegation visit,1,' +
        'Demirci Ayşe Gül - Письмо-приглашение - RU - BƏ-0002-2026.docx\r\n',
    );
  });
});

describe('CSV cells', () => {
  it.each([
    ['plain text', 'Ayşe Demirci', 'Ayşe Demirci'],
    ['a comma', 'Baku, Ganja', '"Baku, Ganja"'],
    ['a semicolon', 'a;b', '"a;b"'],
    ['quotes', 'the "Caspian" school', '"the ""Caspian"" school"'],
    ['a line break', 'line one\nline two', '"line one\nline two"'],
    ['a carriage return', 'a\r\nb', '"a\r\nb"'],
    [
      'a formula',
      '=HYPERLINK("http://evil.example","click")',
      `"'=HYPERLINK(""http://evil.example"",""click"")"`,
    ],
    ['a plus', '+994 12 555 01 02', "'+994 12 555 01 02"],
    ['a minus', '-2+3', "'-2+3"],
    ['an at sign', '@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['a leading tab', '\t=1', "'\t=1"],
    ['a leading space', ' x', '" x"'],
    ['an empty cell', '', ''],
  ])('%s', (_, value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('make a file whose rows a CSV reader splits back into the values', () => {
    const entry: RegisterEntry = {
      id: 'e1',
      sequence: 1,
      year: 2026,
      number: '=1+1',
      date: '2026-10-15',
      kind: 'visaInvitation',
      language: 'en',
      visitId: 'v1',
      visitTitle: 'Title with, comma; "quotes"\nand a line break',
      guestId: 'g1',
      guestName: '@guest',
      fileName: 'x.docx',
      revision: 1,
      revisions: [],
      issuedAt: '2026-10-15T08:00:00.000Z',
    };

    const text = registerCsvText([entry], 'ru');

    expect(text.startsWith('\uFEFFНомер;Дата;Вид;Язык;Гость;Визит;Редакция;Имя файла\r\n')).toBe(true);
    expect(text.split('\r\n')[1]).toBe(
      `'=1+1;2026-10-15;Письмо визовой поддержки;EN;'@guest;"Title with, comma; ""quotes""\nand a line break";1;x.docx`,
    );
  });
});

describe('restoring a backup', () => {
  it('keeps the letters issued since: their numbers are never given again', async () => {
    const core = await cores.open();
    await setUpInstitution(core);
    const ids = await visitWithGuest(core);
    await core.ok('letters.issue', { request: letterRequest(ids) });
    const backup = await core.ok('backups.create', {});
    await core.ok('letters.issue', { request: letterRequest(ids) });
    await core.ok('settings.update', { uiLanguage: 'ru' });

    await core.ok('backups.restore', { id: backup.id });
    const next = await core.ok('letters.issue', { request: letterRequest(ids) });

    expect((await core.ok('app.status', {})).settings.uiLanguage).toBe('az');
    expect(next.entry.number).toBe('BƏ-0003/2026');
    expect(numbers(await core.ok('letters.register', {}))).toEqual([
      'BƏ-0003/2026',
      'BƏ-0002/2026',
      'BƏ-0001/2026',
    ]);
  });
});
