import { describe, expect, it } from 'vitest';
import {
  formatStamp,
  lockedFolderQuestion,
  startupMessage,
  systemLanguage,
} from '../../../src/shared/startup-messages';
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

describe('the question when another Qonaq holds the data folder', () => {
  /** Local times, so the expected strings hold in any time zone. */
  const since = new Date(2026, 10, 24, 9, 5).toISOString();
  const lastSeen = new Date(2026, 10, 24, 17, 40).toISOString();
  const alive = new AppError('storeLocked', { host: 'reception-pc', since, lastSeen, state: 'alive' });
  const stale = new AppError('storeLocked', { host: 'reception-pc', since, lastSeen, state: 'stale' });

  it("names the holder's computer and since when, in Azerbaijani, English and Russian", () => {
    expect(lockedFolderQuestion(alive, '/data', 'az', 'office-pc')).toMatchObject({
      title: 'Qonaq artıq açıqdır',
      message:
        'Məlumat qovluğu 24.11.2026, 09:05 vaxtından bəri «reception-pc» kompüterindəki Qonaq tərəfindən istifadə olunur.',
      takeOver: 'Qovluğu götür',
      quit: 'Çıxış',
    });
    expect(lockedFolderQuestion(alive, '/data', 'en', 'office-pc')).toMatchObject({
      title: 'Qonaq is already open',
      message: 'The data folder is in use by Qonaq on the computer “reception-pc” since 24.11.2026, 09:05.',
      takeOver: 'Take over',
      quit: 'Quit',
    });
    expect(lockedFolderQuestion(alive, '/data', 'ru', 'office-pc')).toMatchObject({
      title: 'Qonaq уже открыт',
      message: 'Папка данных с 24.11.2026, 09:05 используется программой Qonaq на компьютере «reception-pc».',
      takeOver: 'Забрать папку',
      quit: 'Выйти',
    });
  });

  it('says what taking over does to a Qonaq that is still open', () => {
    expect(lockedFolderQuestion(alive, '/data', 'en', 'office-pc').detail).toBe(
      'Data folder:\n/data\n\n' +
        'If that Qonaq is still open, close it and start Qonaq again. If it is not (the computer was switched off, or Qonaq stopped without closing), take the folder over.\n\n' +
        'If you take the folder over while the other Qonaq is still open, that one stops saving: whatever was typed there and not yet saved is lost.',
    );
  });

  it('says when a holder that looks stopped last showed signs of life', () => {
    expect(lockedFolderQuestion(stale, '/data', 'en', 'office-pc').detail).toContain(
      'It has shown no sign of life since 24.11.2026, 17:40: it has most likely stopped. Take the folder over to go on.',
    );
    expect(lockedFolderQuestion(stale, '/data', 'az', 'office-pc').detail).toContain(
      'O, 24.11.2026, 17:40 vaxtından bəri heç bir fəaliyyət göstərmir: yəqin ki, dayanıb. Davam etmək üçün qovluğu götürün.',
    );
    expect(lockedFolderQuestion(stale, '/data', 'ru', 'office-pc').detail).toContain(
      'С 24.11.2026, 17:40 он не подаёт признаков жизни: вероятно, он завершился. Чтобы продолжить, заберите папку.',
    );
  });

  it('speaks of this computer, or of another Qonaq, when the holder is here or unknown', () => {
    expect(lockedFolderQuestion(alive, '/data', 'en', 'reception-pc').message).toBe(
      'The data folder is in use by another Qonaq on this computer since 24.11.2026, 09:05.',
    );
    expect(lockedFolderQuestion(new AppError('storeLocked'), '/data', 'az', 'office-pc').message).toBe(
      'Məlumat qovluğu başqa bir Qonaq tərəfindən istifadə olunur.',
    );
    expect(
      lockedFolderQuestion(new AppError('storeLocked', { host: 'x', since: 'garbage' }), '/data', 'ru', 'y')
        .message,
    ).toBe('Папка данных используется программой Qonaq на компьютере «x».');
  });

  it('writes times as day.month.year, hours:minutes, and nothing for a time it cannot read', () => {
    expect(formatStamp(new Date(2027, 0, 3, 23, 59).toISOString())).toBe('03.01.2027, 23:59');
    expect(formatStamp('')).toBe('');
    expect(formatStamp('yesterday')).toBe('');
  });
});
