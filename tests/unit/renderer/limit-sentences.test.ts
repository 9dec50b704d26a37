import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { reportWords } from '../../../src/core/reports/words';
import { errorMessage } from '../../../src/renderer/src/errors';
import { importErrorMessage } from '../../../src/renderer/src/guests/import/import-text';
import { AppError } from '../../../src/shared/errors';
import { LANGUAGES, type Language } from '../../../src/shared/languages';

const ROOT = join(__dirname, '../../..');
const translators = new Map<Language, TFunction>();
const FILES = ['errors', 'guestImport', 'reports', 'settings'];

beforeAll(async () => {
  for (const language of LANGUAGES) {
    const translation = Object.fromEntries(
      FILES.map((file): [string, unknown] => [
        file,
        JSON.parse(readFileSync(join(ROOT, 'locales', language, `${file}.json`), 'utf8')),
      ]),
    );
    const instance = i18next.createInstance();
    await instance.init({
      lng: language,
      resources: { [language]: { translation } },
      interpolation: { escapeValue: false },
    });
    translators.set(language, instance.t);
  }
});

function tr(language: Language): TFunction {
  const t = translators.get(language);
  if (!t) throw new Error(language);
  return t;
}

const unreadable = (reason: string) => new AppError('importUnreadable', { reason });

describe('sentences that state a limit say the limit the code checks', () => {
  it('says the template, archive and signed-copy sizes in megabytes', () => {
    const template = new AppError('templateInvalid', { reason: 'tooLarge' });
    const unpacked = new AppError('templateInvalid', { reason: 'tooLargeUnpacked' });
    const archive = new AppError('archiveInvalid', { reason: 'tooLarge' });
    const copy = new AppError('archiveInvalid', { reason: 'attachmentTooLarge', file: 'a.pdf' });

    expect(errorMessage(tr('en'), template, 'en')).toBe(
      'The template is larger than 2 MB. Make the images in it smaller and try again.',
    );
    expect(errorMessage(tr('az'), unpacked, 'az')).toBe(
      'Şablonun açılmış məzmunu 20 MB-dan çoxdur. Onu kiçildib yenidən cəhd edin.',
    );
    expect(errorMessage(tr('ru'), archive, 'ru')).toBe(
      'Архив больше 200 МБ — это намного больше любых данных Qonaq. Ничего не изменено.',
    );
    expect(errorMessage(tr('en'), copy, 'en')).toContain(
      '(a.pdf) is empty or larger than the 20 MB Qonaq keeps',
    );
  });

  it('says the guest list’s limits with the number grouped and the noun agreeing, as each language writes them', () => {
    expect(importErrorMessage(tr('en'), unreadable('tooManyRows'), 'en')).toMatch(
      /^The file has more than 5,000 rows\. /,
    );
    expect(importErrorMessage(tr('ru'), unreadable('tooManyRows'), 'ru')).toMatch(
      /^В файле больше 5\u00a0000 строк\. /,
    );
    expect(importErrorMessage(tr('az'), unreadable('tooManyRows'), 'az')).toMatch(
      /^Fayldakı sətirlərin sayı 5\.000 həddini aşır\. /,
    );
    expect(importErrorMessage(tr('ru'), unreadable('tooManyColumns'), 'ru')).toMatch(
      /^В таблице больше 60 столбцов\. /,
    );
    expect(importErrorMessage(tr('en'), unreadable('tooLarge'), 'en')).toMatch(
      /^The file is larger than 5 MB\. /,
    );
  });

  it('declines the Russian noun after any count a limit could be set to', () => {
    const ru = tr('ru');

    expect(ru('guestImport.unreadable.tooManyRows', { count: 21, rows: '21' })).toMatch(
      /^В файле больше 21 строки\./,
    );
    expect(ru('guestImport.unreadable.tooManyColumns', { count: 3, columns: '3' })).toMatch(
      /^В таблице больше 3 столбцов\./,
    );
    expect(ru('reports.agreements.expiring', { count: 21 })).toBe('Истекают в течение 21 дня после периода');
    expect(ru('reports.agreements.expiring', { count: 90 })).toBe('Истекают в течение 90 дней после периода');
    expect(tr('en')('reports.agreements.expiring', { count: 1 })).toBe(
      'Ending within 1 day after the period',
    );
    expect(tr('az')('reports.agreements.expiring', { count: 90 })).toBe(
      'Dövr bitəndən sonra 90 gün ərzində müddəti bitən',
    );
  });

  it('prints the days an expiring agreement is counted within in the report', () => {
    expect(reportWords('en').report.figures.expiring).toBe('Agreements expiring within 90\u00a0days');
    expect(reportWords('ru').report.figures.expiring).toBe('Соглашения, истекающие в течение 90\u00a0дней');
    expect(reportWords('az').report.figures.expiring).toBe('90\u00a0gün ərzində müddəti bitən sazişlər');
    expect(reportWords('ru').report.notes.agreements).toContain(
      'срок которых истекает в течение 90\u00a0дней после окончания периода',
    );
  });
});
