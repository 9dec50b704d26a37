import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARCHIVE_PROBLEMS } from '../../../src/shared/errors';
import { LANGUAGES } from '../../../src/shared/languages';

/** Every reason an archive is refused for is said in words in each language, naming the file at fault. */

const NAMES_A_FILE = new Set([
  'unexpectedFile',
  'damagedDocument',
  'numberOutOfRange',
  'reservedName',
  'namesDifferInCase',
  'attachmentTooLarge',
  'attachmentMismatch',
]);

describe('reasons an archive is refused', () => {
  it.each(LANGUAGES)('each has its own sentence in %s', (language) => {
    const errors = JSON.parse(
      readFileSync(join(__dirname, '../../../locales', language, 'errors.json'), 'utf8'),
    ) as {
      archiveInvalid: Record<string, string>;
    };
    expect(Object.keys(errors.archiveInvalid).sort()).toEqual([...ARCHIVE_PROBLEMS].sort());
    for (const problem of ARCHIVE_PROBLEMS) {
      expect(errors.archiveInvalid[problem]?.includes('{{file}}'), `${language}: ${problem}`).toBe(
        NAMES_A_FILE.has(problem),
      );
    }
  });

  it('says in English what is wrong with an archive of absurd numbers', () => {
    const en = JSON.parse(readFileSync(join(__dirname, '../../../locales/en/errors.json'), 'utf8')) as {
      archiveInvalid: Record<string, string>;
    };
    expect(en.archiveInvalid.numberOutOfRange).toBe(
      'The archive holds a number beyond what Qonaq can print or count ({{file}}), such as a letter number of more than eight digits. Qonaq makes no such archive, so it was refused. Nothing was changed.',
    );
  });
});
