import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { VisitDetail } from '../../../src/shared/visits-contract';
import type { ImportOutcome, ImportPreview, ReadResult } from '../../../src/shared/guest-import';
import { guestInput, visitInput } from '../../support/builders';
import { coreOverFolder } from '../../support/core-over-folder';
import { delegationXlsx, encodeCodePage, toBase64 } from '../../support/guest-list-files';

const open = coreOverFolder('qonaq-guest-import-');

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** An earlier visit from the same partner with Mehmet Kaya, and this one with Ayşe Öztürk already on it. */
async function arrange() {
  const core = await open();
  const earlier = await core.call<VisitDetail>('visits.create', {
    visit: visitInput({ title: 'Ankara 2025', arrivalDate: '2025-10-01', departureDate: '2025-10-03' }),
  });
  await core.call('guests.add', {
    visitId: earlier.visit.id,
    guest: guestInput({
      surname: 'KAYA',
      givenNames: 'MEHMET',
      nameCyrillic: 'Кая Мехмет',
      passport: {
        number: 'U11112222',
        issuingCountry: 'TR',
        issueDate: '2021-01-01',
        expiryDate: '2031-01-01',
      },
      position: 'Dean',
      arrival: { date: '2025-10-01' },
      departure: { date: '2025-10-03' },
    }),
  });
  const current = await core.call<VisitDetail>('visits.create', {
    visit: visitInput({
      title: 'Ankara 2027',
      arrivalDate: '2027-05-12',
      departureDate: '2027-05-15',
      purpose: 'Talks',
    }),
  });
  const withGuest = await core.call<VisitDetail>('guests.add', {
    visitId: current.visit.id,
    guest: guestInput({ arrival: { date: '2027-05-12' }, departure: { date: '2027-05-15' } }),
  });
  return {
    core,
    visitId: current.visit.id,
    existingId: withGuest.visit.guests[0]?.id ?? '',
    earlierId: earlier.visit.id,
  };
}

const ROWS = [
  ['ÖZTÜRK', 'AYŞE', d('1980-02-01'), 'Türkiye', 'U23456789', d('2030-06-14'), 'Professor', 'F'],
  ['Yılmaz', 'Ahmet', '15.03.1975', 'Turkey', 'U 3456 7890', '2027-06-01', 'Rector', 'M'],
  ['KAYA', 'MEHMET', '1970-07-07', 'TR', 'U11112222', '01.01.2031', 'Dean', 'Erkek'],
  ['Demir', 'Elif', '31.02.1990', 'Narnia', 'U55556666', '2032-01-01', 'Lecturer', 'K'],
  ['', '', '', '', '', '', '', ''],
];

describe('guest list import through the contract', () => {
  it('reads an .xlsx with a title row and a two-row header, previews problems and duplicates, imports once and undoes', async () => {
    const { core, visitId, existingId, earlierId } = await arrange();
    const xlsx = await delegationXlsx(ROWS);

    const read = await core.call<ReadResult>('guestImport.read', {
      visitId,
      fileName: 'delegation.xlsx',
      base64: toBase64(xlsx),
    });
    expect(read.sheet.format).toBe('xlsx');
    expect(read.sheet.sheetName).toBe('Delegation');
    expect(read.sheet.headers).toEqual([
      'Surname',
      'Given names',
      'Date of birth',
      'Nationality',
      'Passport No',
      'Passport Valid until',
      'Position',
      'Sex',
      'Notes on meals',
    ]);
    expect(read.mapping).toEqual([
      'surname',
      'givenNames',
      'dateOfBirth',
      'citizenship',
      'passportNumber',
      'expiryDate',
      'position',
      'gender',
      '',
    ]);
    // The empty row between the second and third guest, and the empty last one, are not rows.
    expect(read.sheet.rows.map((r) => r.line)).toEqual([4, 5, 7, 8]);

    const preview = await core.call<ImportPreview>('guestImport.preview', {
      visitId,
      sheet: { headers: read.sheet.headers, rows: read.sheet.rows },
      mapping: read.mapping,
    });
    const [ayse, ahmet, mehmet, elif] = preview.rows;
    expect(ayse?.guest).toMatchObject({
      surname: 'ÖZTÜRK',
      givenNames: 'AYŞE',
      dateOfBirth: '1980-02-01',
      citizenship: 'TR',
      gender: 'female',
    });
    expect(ayse?.duplicates).toEqual([
      expect.objectContaining({ guestId: existingId, sameVisit: true, reason: 'passport' }),
    ]);
    expect(ahmet?.guest).toMatchObject({
      dateOfBirth: '1975-03-15',
      passport: { number: 'U34567890', expiryDate: '2027-06-01' },
    });
    expect(ahmet?.problems).toContainEqual({
      code: 'passportExpiresSoon',
      params: { expiry: '2027-06-01', needed: '2027-08-15' },
    });
    expect(mehmet?.duplicates).toEqual([
      expect.objectContaining({ visitId: earlierId, sameVisit: false, reason: 'passport' }),
    ]);
    expect(elif?.problems).toEqual(
      expect.arrayContaining([
        { code: 'invalidDate', field: 'dateOfBirth', params: { value: '31.02.1990' } },
        { code: 'unknownCountry', field: 'citizenship', params: { value: 'Narnia' } },
        { code: 'unknownValue', field: 'gender', params: { value: 'K' } },
      ]),
    );
    expect(elif?.blocked).toBe(false);
    expect(preview.unknownCountries).toEqual(['Narnia']);
    const answered = await core.call<ImportPreview>('guestImport.preview', {
      visitId,
      sheet: { headers: read.sheet.headers, rows: read.sheet.rows },
      mapping: read.mapping,
      countries: { Narnia: 'TR' },
    });
    expect(answered.rows[3]?.guest.citizenship).toBe('TR');
    expect(answered.unknownCountries).toEqual([]);

    const committed = await core.call<{ detail: VisitDetail; outcome: ImportOutcome }>('guestImport.commit', {
      visitId,
      rows: [
        { line: ayse?.line, action: 'update', guest: ayse?.guest, target: { visitId, guestId: existingId } },
        { line: ahmet?.line, action: 'add', guest: ahmet?.guest },
        {
          line: mehmet?.line,
          action: 'update',
          guest: mehmet?.guest,
          target: { visitId: earlierId, guestId: mehmet?.duplicates[0]?.guestId },
        },
        { line: elif?.line, action: 'add', guest: elif?.guest },
      ],
      remember: { headers: read.sheet.headers, mapping: read.mapping },
    });
    expect(committed.outcome).toMatchObject({ added: 3, updated: 1, mappingRemembered: true });
    const names = committed.detail.visit.guests.map((g) => `${g.givenNames} ${g.surname}`);
    expect(names).toEqual(['AYŞE ÖZTÜRK', 'Ahmet Yılmaz', 'MEHMET KAYA', 'Elif Demir']);
    // Brought from the earlier visit: the Cyrillic spelling known there, this visit's dates.
    expect(committed.detail.visit.guests[2]).toMatchObject({
      nameCyrillic: 'Кая Мехмет',
      arrival: { date: '2027-05-12' },
    });

    const onDisk = JSON.parse(await readFile(join(core.dataDir, 'visits', `${visitId}.json`), 'utf8')) as {
      visit: { guests: unknown[] };
    };
    expect(onDisk.visit.guests).toHaveLength(4);
    const shared = JSON.parse(await readFile(join(core.dataDir, 'qonaq.json'), 'utf8')) as {
      guestImportMappings: Record<string, { columns: Record<string, string> }>;
    };
    expect(shared.guestImportMappings['ankara universitesi']?.columns['passport no']).toBe('passportNumber');

    const undone = await core.call<VisitDetail>('guestImport.undo', {
      visitId,
      undo: committed.outcome.undo,
    });
    expect(undone.visit.guests.map((g) => `${g.givenNames} ${g.surname}`)).toEqual(['Ayşe Öztürk']);
  });

  it('previews a list again with the guests as they are after an import and after its undo', async () => {
    const { core, visitId } = await arrange();
    const read = await core.call<ReadResult>('guestImport.read', {
      visitId,
      fileName: 'delegation.xlsx',
      base64: toBase64(await delegationXlsx(ROWS)),
    });
    const previewNow = () =>
      core.call<ImportPreview>('guestImport.preview', {
        visitId,
        sheet: { headers: read.sheet.headers, rows: read.sheet.rows },
        mapping: read.mapping,
      });
    const ahmetFound = async () =>
      ((await previewNow()).rows[1]?.duplicates ?? []).map(
        (d) => `${d.name}:${d.reason}:${String(d.sameVisit)}`,
      );
    const before = await previewNow();
    expect(await ahmetFound()).toEqual([]);

    const committed = await core.call<{ detail: VisitDetail; outcome: ImportOutcome }>('guestImport.commit', {
      visitId,
      rows: [{ line: before.rows[1]?.line, action: 'add', guest: before.rows[1]?.guest }],
    });
    expect(await ahmetFound()).toEqual(['Ahmet Yılmaz:passport:true']);

    await core.call<VisitDetail>('guestImport.undo', { visitId, undo: committed.outcome.undo });
    expect(await ahmetFound()).toEqual([]);
  });

  it('reads a Windows-1251 CSV with semicolons and proposes the Russian headers', async () => {
    const { core, visitId } = await arrange();
    const text =
      'Фамилия;Имя;ФИО на русском;Дата рождения;Гражданство;№ паспорта;Действителен до\r\n' +
      'IVANOV;IVAN;Иванов Иван Петрович;03.04.1970;Россия;751234567;15.03.2030\r\n';
    const read = await core.call<ReadResult>('guestImport.read', {
      visitId,
      fileName: 'список.csv',
      base64: toBase64(encodeCodePage(text, 'windows-1251')),
    });
    expect(read.sheet).toMatchObject({ format: 'csv', encoding: 'windows-1251', separator: ';' });
    expect(read.mapping).toEqual([
      'surname',
      'givenNames',
      'nameCyrillic',
      'dateOfBirth',
      'citizenship',
      'passportNumber',
      'expiryDate',
    ]);
    const preview = await core.call<ImportPreview>('guestImport.preview', {
      visitId,
      sheet: { headers: read.sheet.headers, rows: read.sheet.rows },
      mapping: read.mapping,
    });
    expect(preview.rows[0]?.guest).toMatchObject({
      surname: 'IVANOV',
      givenNames: 'IVAN',
      nameCyrillic: 'Иванов Иван Петрович',
      dateOfBirth: '1970-04-03',
      citizenship: 'RU',
      passport: { number: '751234567', expiryDate: '2030-03-15' },
    });
  });

  it('asks for the order of slash dates the file does not show, and reads them as answered', async () => {
    const { core, visitId } = await arrange();
    const text = 'Surname,Given names,Date of birth\nDOE,JANE,03/04/1975\nROE,RICHARD,05/06/1980\n';
    const read = await core.call<ReadResult>('guestImport.read', {
      visitId,
      fileName: 'us.csv',
      base64: toBase64(new TextEncoder().encode(text)),
    });
    const sheet = { headers: read.sheet.headers, rows: read.sheet.rows };
    const unanswered = await core.call<ImportPreview>('guestImport.preview', {
      visitId,
      sheet,
      mapping: read.mapping,
    });
    expect(unanswered.dates).toEqual({ order: null, ambiguous: 2, example: '03/04/1975', mixed: false });
    expect(unanswered.rows[0]?.problems).toContainEqual({
      code: 'ambiguousDate',
      field: 'dateOfBirth',
      params: { value: '03/04/1975', dayFirst: '1975-04-03', monthFirst: '1975-03-04' },
    });
    const answered = await core.call<ImportPreview>('guestImport.preview', {
      visitId,
      sheet,
      mapping: read.mapping,
      dateOrder: 'mdy',
    });
    expect(answered.rows.map((r) => r.guest.dateOfBirth)).toEqual(['1975-03-04', '1980-05-06']);
  });

  it('remembers a corrected mapping for the partner and proposes it next time', async () => {
    const { core, visitId } = await arrange();
    const text = 'Surname,Given names,Remarks\nDOE,JANE,Vegetarian\n';
    const base64 = toBase64(new TextEncoder().encode(text));
    const first = await core.call<ReadResult>('guestImport.read', { visitId, fileName: 'a.csv', base64 });
    expect(first.mapping).toEqual(['surname', 'givenNames', '']);
    const preview = await core.call<ImportPreview>('guestImport.preview', {
      visitId,
      sheet: { headers: first.sheet.headers, rows: first.sheet.rows },
      mapping: ['surname', 'givenNames', 'dietaryNeeds'],
    });
    await core.call('guestImport.commit', {
      visitId,
      rows: [{ line: 2, action: 'add', guest: preview.rows[0]?.guest }],
      remember: { headers: first.sheet.headers, mapping: ['surname', 'givenNames', 'dietaryNeeds'] },
    });
    const again = await core.call<ReadResult>('guestImport.read', { visitId, fileName: 'b.csv', base64 });
    expect(again.mapping).toEqual(['surname', 'givenNames', 'dietaryNeeds']);
    expect(again.remembered).toEqual([true, true, true]);
  });

  it('refuses files it cannot read with a reason, and changes nothing', async () => {
    const { core, visitId } = await arrange();
    const before = await readFile(join(core.dataDir, 'visits', `${visitId}.json`), 'utf8');
    const reason = async (bytes: Uint8Array, fileName: string) =>
      (await core.fails('guestImport.read', { visitId, fileName, base64: toBase64(bytes) })).params?.reason;
    expect(
      await reason(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'old.xls'),
    ).toBe('xls');
    const ods = new TextEncoder().encode(
      'PK\u0003\u0004\u0014\u0000\u0000\u0000\u0000\u0000mimetypeapplication/vnd.oasis.opendocument.spreadsheet',
    );
    expect(await reason(ods, 'list.ods')).toBe('ods');
    expect(await reason(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]), 'list.xlsx')).toBe(
      'damaged',
    );
    expect(await reason(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), 'photo.png')).toBe('encoding');
    expect(await reason(new TextEncoder().encode('\n\n;;\n'), 'empty.csv')).toBe('empty');
    const many = `Surname,Given names\n${'A,B\n'.repeat(5001)}`;
    expect(await reason(new TextEncoder().encode(many), 'many.csv')).toBe('tooManyRows');
    expect(await readFile(join(core.dataDir, 'visits', `${visitId}.json`), 'utf8')).toBe(before);
  });

  it('a crafted .xlsx that unpacks to far more than it weighs ends its worker, not the core, which answers meanwhile', async () => {
    const { core, visitId } = await arrange();
    // 4.5 MB packed, 85 MB of sheet XML: half a million rows that ExcelJS would hold in memory at once.
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('S').addRow(['Surname', 'Given names']);
    const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
    const sheetPath = Object.keys(zip.files).find((name) => name.startsWith('xl/worksheets/sheet')) ?? '';
    const rows = Array.from(
      { length: 520_000 },
      (_, i) =>
        `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>AAAAAAAAAAAAAAAAAAAA</t></is></c>` +
        `<c r="B${i + 1}" t="inlineStr"><is><t>BBBBBBBBBBBBBBBBBBBBBBBB</t></is></c></row>`,
    );
    zip.file(
      sheetPath,
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join('')}</sheetData></worksheet>`,
    );
    const bomb = await zip.generateAsync({
      type: 'uint8array',
      compression: 'DEFLATE',
      compressionOptions: { level: 9 },
    });
    expect(bomb.byteLength).toBeLessThan(5 * 1024 * 1024);

    let settled = false;
    const refused = core
      .fails('guestImport.read', { visitId, fileName: 'bomb.xlsx', base64: toBase64(bomb) })
      .finally(() => {
        settled = true;
      });
    // The core answers another call while the file is being read.
    const listed = await core.call<unknown[]>('visits.list', {});
    expect(listed).toHaveLength(2);
    expect(settled).toBe(false);

    const error = await refused;
    expect(error).toMatchObject({ code: 'importUnreadable' });
    expect(['tooLarge', 'tooManyRows']).toContain(error.params?.reason);
    // And the next file is read by a fresh worker.
    const next = await core.call<ReadResult>('guestImport.read', {
      visitId,
      fileName: 'ok.csv',
      base64: toBase64(new TextEncoder().encode('Surname,Given names\nDOE,JANE\n')),
    });
    expect(next.sheet.rows).toHaveLength(1);
  });
});
