import { describe, expect, it } from 'vitest';
import { startupMessage, systemLanguage } from '../../../src/main/startup-messages';
import { AppError } from '../../../src/shared/errors';
import { LANGUAGES } from '../../../src/shared/languages';

describe('startup messages', () => {
  it("speak the system's first language that Qonaq knows, Azerbaijani otherwise", () => {
    expect(systemLanguage(['ru-RU', 'az-Latn-AZ'])).toBe('ru');
    expect(systemLanguage(['de-DE', 'en-GB'])).toBe('en');
    expect(systemLanguage(['az_AZ'])).toBe('az');
    expect(systemLanguage(['tr-TR'])).toBe('az');
    expect(systemLanguage([])).toBe('az');
  });

  it.each(LANGUAGES)('name the folder and the versions when the data is newer (%s)', (language) => {
    const error = new AppError('storeNewerVersion', { found: 7, supported: 3 });
    const { title, message } = startupMessage(error, '/home/user/.config/Qonaq/data', language);
    expect(title).not.toBe('');
    expect(message).toContain('/home/user/.config/Qonaq/data');
    expect(message).toMatch(/\b7\b[^]*\b3\b/);
  });

  it('tell a locked folder, a newer version and anything else apart', () => {
    const folder = '/data';
    const titles = new Set(
      [
        new AppError('storeLocked'),
        new AppError('storeNewerVersion'),
        Object.assign(new Error('x'), { code: 'EACCES' }),
      ].map((error) => startupMessage(error, folder, 'en').title),
    );
    expect(titles.size).toBe(3);
    expect(startupMessage(Object.assign(new Error('x'), { code: 'EACCES' }), folder, 'az').message).toContain(
      'EACCES',
    );
  });
});
