import { describe, expect, it } from 'vitest';
import { displayName, guestName, surnameFirst } from '../../../src/shared/guest-name';

const guest = { givenNames: ' Ayşe  Gül\t', surname: 'DEMİRCİ\n', nameAz: '', nameCyrillic: '' };

describe('the guest-name rule', () => {
  it('writes given names first, runs of white space as one space, ends trimmed', () => {
    expect(guestName(guest)).toBe('Ayşe Gül DEMİRCİ');
  });

  it('writes the surname first for the passport-name row and file names, by the same rule', () => {
    expect(surnameFirst(guest)).toBe('DEMİRCİ Ayşe Gül');
  });

  it('keeps a no-break space, which holds a name together on purpose', () => {
    expect(guestName({ givenNames: 'Jean\u00a0Paul', surname: 'Sartre' })).toBe('Jean\u00a0Paul Sartre');
  });

  it('takes the spelling in the reader’s script when one is given, else the passport’s name', () => {
    const named = { ...guest, nameAz: 'Ayşə  Gül Dəmirçi', nameCyrillic: 'Айше Гюль Демирджи' };
    expect(displayName(named, 'az')).toBe('Ayşə Gül Dəmirçi');
    expect(displayName(named, 'ru')).toBe('Айше Гюль Демирджи');
    expect(displayName(named, 'en')).toBe('Ayşe Gül DEMİRCİ');
    expect(displayName(guest, 'ru')).toBe('Ayşe Gül DEMİRCİ');
  });
});
