import { describe, expect, it } from 'vitest';
import { sheetName } from '../../../../src/core/reports/report-xlsx';

describe('sheet names Excel accepts', () => {
  it('drops the characters Excel refuses and apostrophes at the ends', () => {
    expect(sheetName("'Visits [by] status: 1/2?*'", new Set())).toBe('Visits by status 1 2');
  });

  it('keeps within 31 characters, whole words where it can, and never repeats a name', () => {
    const used = new Set<string>();
    expect(sheetName('Визиты по принимающим подразделениям', used)).toBe('Визиты по принимающим');
    expect(sheetName('Визиты по принимающим подразделениям', used)).toBe('Визиты по принимающим 2');
    expect(sheetName('Summary', used)).toBe('Summary');
    expect(sheetName('SUMMARY', used)).toBe('SUMMARY 2');
    expect(sheetName('Abcdefghijklmnopqrstuvwxyz0123456789', used)).toBe('Abcdefghijklmnopqrstuvwxyz01234');
  });
});
