import { afterEach, describe, expect, it, vi } from 'vitest';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { saveFiles } from '../../../src/core/files';
import { tempDirs } from '../../support/temp-dir';

// A FAT or exFAT stick, or a network share, where hard links do not exist: `link` fails with EPERM.
vi.mock('node:fs/promises', async (importOriginal) => {
  const original = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...original,
    link: vi.fn(async () => {
      throw Object.assign(new Error('EPERM: operation not permitted, link'), { code: 'EPERM' });
    }),
  };
});

const dirs = tempDirs('qonaq-files-fat-');
afterEach(() => dirs.removeAll());

describe('saving to a folder without hard links', () => {
  it('writes in place instead, still never replacing a file, and leaves no temp file', async () => {
    const folder = join(await dirs.make(), 'stick');
    await mkdir(folder);
    await writeFile(join(folder, 'Letter.docx'), 'old');

    const result = await saveFiles(folder, [
      { name: 'Letter.docx', bytes: Buffer.from('new') },
      { name: 'Other.docx', bytes: Buffer.from('other') },
    ]);

    expect(result).toEqual({ folder, written: ['Letter (2).docx', 'Other.docx'] });
    expect(await readFile(join(folder, 'Letter.docx'), 'utf8')).toBe('old');
    expect(await readFile(join(folder, 'Letter (2).docx'), 'utf8')).toBe('new');
    expect((await readdir(folder)).sort()).toEqual(['Letter (2).docx', 'Letter.docx', 'Other.docx']);
  });
});
