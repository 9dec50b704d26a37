import { describe, expect, it } from 'vitest';
import { transferLine, transferPlace } from '../../../src/renderer/src/format';
import { formatLetterDate } from '../../../src/shared/dates';

const word = (terminal: string) => `terminal ${terminal}`;

describe('transfer labels', () => {
  it('names the terminal as a terminal and sets the flight apart from the airport', () => {
    expect(transferLine('TK 334', transferPlace('GYD', '1', word))).toBe('TK 334 · GYD, terminal 1');
    expect(transferPlace('GYD', '1', (t) => `терминал ${t}`)).toBe('GYD, терминал 1');
  });

  it('leaves out what is not known, without stray separators', () => {
    expect(transferPlace('GYD', '', word)).toBe('GYD');
    expect(transferPlace('', '', word)).toBe('');
    expect(transferLine('', transferPlace('GYD', '2', word))).toBe('GYD, terminal 2');
    expect(transferLine('TK 334', '')).toBe('TK 334');
  });

  it('printouts write Russian dates as letters do', () => {
    expect(formatLetterDate('ru', '2027-03-15')).toBe('15\u00a0марта\u00a02027\u00a0г.');
  });
});
