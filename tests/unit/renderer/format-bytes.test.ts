import { describe, expect, it } from 'vitest';
import { createInstance } from 'i18next';
import { formatBytes } from '../../../src/renderer/src/backups/format-bytes';
import az from '../../../locales/az/backups.json';
import en from '../../../locales/en/backups.json';
import ru from '../../../locales/ru/backups.json';

async function tIn(lng: 'az' | 'en' | 'ru') {
  const i18n = createInstance();
  await i18n.init({
    lng,
    resources: {
      az: { translation: { backups: az } },
      en: { translation: { backups: en } },
      ru: { translation: { backups: ru } },
    },
    interpolation: { escapeValue: false },
  });
  return i18n.t;
}

describe('a size on the Backups page', () => {
  it('is written as Windows shows it, in each language', async () => {
    const sizes = [0, 900, 1024, 1536, 10 * 1024 + 600, 500 * 1024 * 1024, 1.25 * 1024 ** 3];
    const [inAz, inEn, inRu] = await Promise.all([tIn('az'), tIn('en'), tIn('ru')]);

    expect(sizes.map((b) => formatBytes(inEn, b))).toEqual([
      '0 bytes',
      '900 bytes',
      '1 KB',
      '1.5 KB',
      '11 KB',
      '500 MB',
      '1.3 GB',
    ]);
    expect(sizes.map((b) => formatBytes(inRu, b))).toEqual([
      '0 Б',
      '900 Б',
      '1 КБ',
      '1,5 КБ',
      '11 КБ',
      '500 МБ',
      '1,3 ГБ',
    ]);
    expect(sizes.map((b) => formatBytes(inAz, b))).toEqual([
      '0 bayt',
      '900 bayt',
      '1 KB',
      '1,5 KB',
      '11 KB',
      '500 MB',
      '1,3 GB',
    ]);
  });
});
