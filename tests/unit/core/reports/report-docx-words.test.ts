import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../../src/core/reports/report';
import { reportDocx } from '../../../../src/core/reports/report-docx';
import type { Language } from '../../../../src/shared/languages';
import { documentText } from '../../letters/docx-xml';
import { office } from './fixture';

/** The report .docx's words where a reader of the annual report at ten years stumbled, typed by hand. */
const Q1 = { from: '2027-01-01', to: '2027-03-31', compare: false } as const;
const NOW = new Date('2027-04-02T08:30:00Z');

async function text(language: Language, guestDays?: number): Promise<string[]> {
  const built = buildReport(office(), { ...Q1, language }, NOW);
  if (guestDays !== undefined) built.report.current.stay.guestDays = guestDays;
  const file = await reportDocx(built, null);
  return documentText(Buffer.from(file.base64, 'base64'))
    .replace(/\u00a0/g, ' ')
    .split('\n');
}

describe('the list of agreements counted', () => {
  it('names its columns and the section each agreement is counted in, whatever its kind or gender', async () => {
    const expected: Record<Language, string[]> = {
      az: [
        'Tərəfdaş | Saziş | İmzalanma tarixi | Bitmə tarixi | Hesabat bölməsi | ',
        '| İmzalanmış | ',
        '| Uzadılmış | ',
        '| Müddəti bitən | ',
        '| Qüvvədən düşmüş | ',
      ],
      en: [
        'Partner | Agreement | Signed | Valid until | Report section | ',
        '| Signed | ',
        '| Renewed | ',
        '| Expiring | ',
        '| Ended | ',
      ],
      ru: [
        'Партнёр | Соглашение | Дата подписания | Срок действия до | Раздел отчёта | ',
        '| Подписанные | ',
        '| Продлённые | ',
        '| Истекающие | ',
        '| Прекратившие действие | ',
      ],
    };
    for (const language of ['az', 'en', 'ru'] as const) {
      const lines = await text(language);
      const [header, ...groups] = expected[language];
      expect(lines, language).toContain(header);
      for (const group of groups)
        expect(
          lines.some((l) => l.endsWith(group)),
          `${language} ${group}`,
        ).toBe(true);
    }
  });
});

describe('the figures', () => {
  it('print their thousands grouped as the language groups them', async () => {
    const expected: Record<Language, string> = {
      az: 'Qonaq-günlər | 12.927 | ',
      en: 'Guest-days | 12,927 | ',
      ru: 'Человеко-дни | 12 927 | ',
    };
    for (const language of ['az', 'en', 'ru'] as const)
      expect(await text(language, 12927), language).toContain(expected[language]);
  });
});

describe('the headings of the breakdowns', () => {
  it('in Russian say each by the plural, as the others do', async () => {
    const lines = await text('ru');
    for (const heading of ['Гости по категориям', 'Гости по ролям', 'Мероприятия программы по видам'])
      expect(lines).toContain(heading);
  });
});
