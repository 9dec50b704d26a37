import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ImportPreview, ReadResult } from '../../../src/shared/guest-import';
import type { VisitDetail } from '../../../src/shared/visits-contract';
import { guestInput, visitInput } from '../../support/builders';
import { coreOverFolder } from '../../support/core-over-folder';
import { toBase64 } from '../../support/guest-list-files';

/**
 * A delegation list as a partner's office makes it: typed in LibreOffice Calc (here converted by
 * Calc itself from a CSV, Russian headers, ISO dates that Calc turns into date cells) and saved as
 * .xlsx. Read and previewed through the core's API: the guest already on the visit and the passport
 * that expires too soon are caught before anything is saved.
 */
const SOFFICE = '/usr/bin/soffice';
const skip = !existsSync(SOFFICE) && !process.env.CI;
if (skip) console.warn(`Skipping the Calc import test: ${SOFFICE} is not installed (CI installs it).`);

const open = coreOverFolder('qonaq-calc-import-');
const work = mkdtemp(join(tmpdir(), 'qonaq-calc-'));
afterAll(async () => rm(await work, { recursive: true, force: true }));

const CSV = [
  'Фамилия,Имя,Дата рождения,Гражданство,Номер паспорта,Срок действия паспорта,Должность',
  'ÖZTÜRK,AYŞE,1980-02-01,Турция,U23456789,2030-06-14,Профессор',
  'YILMAZ,AHMET,1975-03-15,Турция,U34567890,2027-06-01,Ректор',
  'DEMİR,ELİF,1990-11-30,Турция,U55556666,2032-01-01,Преподаватель',
  'KARA,MURAT,1968-04-22,Турция,U77778888,2031-09-09,Декан',
  'ŞAHİN,ZEYNEP,1985-12-05,Турция,U99990000,2029-03-03,Доцент',
  'ARSLAN,CAN,1979-08-19,Турция,U12121212,2033-05-05,Проректор',
].join('\n');

/** The CSV converted to .xlsx by LibreOffice Calc (UTF-8, comma-separated). */
function calcXlsx(dir: string, csvPath: string): string {
  execFileSync(
    SOFFICE,
    [
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--headless',
      '--infilter=CSV:44,34,76,1',
      '--convert-to',
      'xlsx:Calc MS Excel 2007 XML',
      '--outdir',
      dir,
      csvPath,
    ],
    { stdio: 'pipe', timeout: 120_000 },
  );
  return csvPath.replace(/\.csv$/, '.xlsx');
}

describe.skipIf(skip)('a list saved by LibreOffice Calc', () => {
  it('is read, its guest already on the visit and its passport expiring too soon caught in the preview', async () => {
    const core = await open();
    const { visit } = await core.call<VisitDetail>('visits.create', {
      visit: visitInput({ title: 'Ankara 2027', arrivalDate: '2027-05-12', departureDate: '2027-05-15' }),
    });
    const withAyse = await core.call<VisitDetail>('guests.add', {
      visitId: visit.id,
      guest: guestInput({ arrival: { date: '2027-05-12' }, departure: { date: '2027-05-15' } }),
    });
    const existingId = withAyse.visit.guests[0]?.id ?? '';
    const dir = await work;
    const csvPath = join(dir, 'delegation.csv');
    await writeFile(csvPath, CSV, 'utf8');
    const xlsx = await readFile(calcXlsx(dir, csvPath));

    const read = await core.call<ReadResult>('guestImport.read', {
      visitId: visit.id,
      fileName: 'delegation.xlsx',
      base64: toBase64(xlsx),
    });
    expect(read.sheet.format).toBe('xlsx');
    expect(read.mapping).toEqual([
      'surname',
      'givenNames',
      'dateOfBirth',
      'citizenship',
      'passportNumber',
      'expiryDate',
      'position',
    ]);
    expect(read.sheet.rows).toHaveLength(6);
    const preview = await core.call<ImportPreview>('guestImport.preview', {
      visitId: visit.id,
      sheet: { headers: read.sheet.headers, rows: read.sheet.rows },
      mapping: read.mapping,
    });

    const [ayse, ahmet, ...others] = preview.rows;
    // Calc wrote the dates as date cells; they come back as the calendar dates typed.
    expect(ayse?.guest).toMatchObject({
      surname: 'ÖZTÜRK',
      givenNames: 'AYŞE',
      dateOfBirth: '1980-02-01',
      citizenship: 'TR',
      passport: { number: 'U23456789', expiryDate: '2030-06-14' },
    });
    expect(ayse?.duplicates).toEqual([
      expect.objectContaining({ guestId: existingId, sameVisit: true, reason: 'passport' }),
    ]);
    expect(ahmet?.problems).toContainEqual({
      code: 'passportExpiresSoon',
      params: { expiry: '2027-06-01', needed: '2027-08-15' },
    });
    expect(ahmet?.duplicates).toEqual([]);
    for (const row of others) {
      expect(row.duplicates, row.guest.surname).toEqual([]);
      // Only the letter fields a delegation list never holds (sex, passport issue) are asked for.
      expect(
        row.problems.map((p) => p.code),
        row.guest.surname,
      ).toEqual(['letterFieldsMissing']);
    }
    expect(preview.unknownCountries).toEqual([]);
  }, 180_000);
});
