import { describe, expect, it } from 'vitest';
import { bindInitials } from '../../../src/shared/sanitize';

const NB = '\u00a0';

describe('initials are bound to each other and to their name', () => {
  it('binds initials before a surname', () => {
    expect(bindInitials('МГУ имени М. В. Ломоносова')).toBe(`МГУ имени М.${NB}В.${NB}Ломоносова`);
    expect(bindInitials('Prof. A. Smith')).toBe(`Prof. A.${NB}Smith`);
    expect(bindInitials('Ə. Əliyev')).toBe(`Ə.${NB}Əliyev`);
  });

  it('binds initials after a surname', () => {
    expect(bindInitials('Иванов И. И.')).toBe(`Иванов${NB}И.${NB}И.`);
    expect(bindInitials('Иванов И. И., Петров П. П.')).toBe(`Иванов${NB}И.${NB}И., Петров${NB}П.${NB}П.`);
  });

  it('leaves lower-case abbreviations, tabs, line breaks and other words as typed', () => {
    expect(bindInitials('г. Баку, ул. Низами')).toBe('г. Баку, ул. Низами');
    expect(bindInitials('Ректор\tА. Б.')).toBe(`Ректор\tА.${NB}Б.`);
    expect(bindInitials('М.\nЛомоносов')).toBe('М.\nЛомоносов');
    expect(bindInitials('Meeting with the rector')).toBe('Meeting with the rector');
    expect(bindInitials('ABŞ-ın Dövlət Departamenti')).toBe('ABŞ-ın Dövlət Departamenti');
  });
});
