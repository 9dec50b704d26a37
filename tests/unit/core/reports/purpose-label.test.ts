import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../../src/core/reports/report';
import { upperFirst } from '../../../../src/shared/languages';
import { office } from './fixture';

const Q1 = { from: '2027-01-01', to: '2027-03-31', compare: false } as const;
const NOW = new Date('2027-04-02T08:30:00Z');

/** The office with visit A's purpose typed, as a letter's sentence wants it, in the three languages. */
function withPurpose() {
  const sources = office();
  return {
    ...sources,
    visits: sources.visits.map((v) =>
      v.id === 'A'
        ? {
            ...v,
            purpose: 'talks on joint research in chemistry',
            translations: {
              az: { ...v.translations?.az, purpose: 'iqtisadi əməkdaşlıq üzrə danışıqlar' },
              ru: { ...v.translations?.ru, purpose: 'переговоры о совместных исследованиях' },
            },
          }
        : v,
    ),
  };
}

describe("a report's purposes", () => {
  it('begin with a capital by the language’s rules, the rest as typed', () => {
    const labels = (language: 'az' | 'en' | 'ru') =>
      buildReport(withPurpose(), { ...Q1, language }, NOW).report.current.visits.byPurpose.map(
        (c) => c.label,
      );
    expect(labels('az')).toEqual(['İqtisadi əməkdaşlıq üzrə danışıqlar', '—']);
    expect(labels('en')).toEqual(['Talks on joint research in chemistry', '—']);
    expect(labels('ru')).toEqual(['Переговоры о совместных исследованиях', '—']);
  });

  it('upperFirst leaves an empty text, a capital and what follows the first letter alone', () => {
    expect(upperFirst('', 'az')).toBe('');
    expect(upperFirst('ırmaq', 'az')).toBe('Irmaq');
    expect(upperFirst('iPhone', 'en')).toBe('IPhone');
    expect(upperFirst('Erasmus+ staff exchange', 'en')).toBe('Erasmus+ staff exchange');
  });
});
