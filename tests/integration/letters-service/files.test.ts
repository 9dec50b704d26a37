import { afterEach, describe, expect, it } from 'vitest';
import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathInFolder } from '../../../src/core/files';
import { letterCores } from './setup';

const cores = letterCores('qonaq-files-');
afterEach(() => cores.cleanUp());

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

/** A desktop core whose user picks `folder` (or cancels when it is null); counts the dialogs shown. */
async function desktop(folder: string | null) {
  const dialogs = { shown: 0 };
  const core = await cores.open({
    host: {
      kind: 'desktop',
      chooseFolder: async () => {
        dialogs.shown += 1;
        return folder;
      },
    },
  });
  return { core, dialogs };
}

async function chosenFolder(): Promise<{ parent: string; folder: string }> {
  const parent = await cores.makeDir();
  const folder = join(parent, 'letters');
  await mkdir(folder);
  return { parent, folder };
}

describe('files.save on the desktop', () => {
  it('writes each file into the folder the user chose, byte for byte, and says what it wrote', async () => {
    const { folder } = await chosenFolder();
    const { core } = await desktop(folder);

    const result = await core.ok('files.save', {
      files: [
        {
          name: 'Demirci Ayşe Gül - Visa support letter - EN - BƏ-0001-2026.docx',
          base64: b64('first letter'),
        },
        { name: 'Реестр 2026.csv', base64: b64('\uFEFFНомер;Дата') },
      ],
    });

    expect(result).toEqual({
      folder,
      written: ['Demirci Ayşe Gül - Visa support letter - EN - BƏ-0001-2026.docx', 'Реестр 2026.csv'],
    });
    expect(
      await readFile(join(folder, 'Demirci Ayşe Gül - Visa support letter - EN - BƏ-0001-2026.docx'), 'utf8'),
    ).toBe('first letter');
    expect(await readFile(join(folder, 'Реестр 2026.csv'), 'utf8')).toBe('\uFEFFНомер;Дата');
    expect((await readdir(folder)).sort()).toEqual([
      'Demirci Ayşe Gül - Visa support letter - EN - BƏ-0001-2026.docx',
      'Реестр 2026.csv',
    ]);
  });

  it('never replaces a file: a taken name gets (2), (3) ..., also within one batch', async () => {
    const { folder } = await chosenFolder();
    await writeFile(join(folder, 'Letter.docx'), 'the officer’s own file');
    const { core } = await desktop(folder);

    const result = await core.ok('files.save', {
      files: [
        { name: 'Letter.docx', base64: b64('new 1') },
        { name: 'Letter.docx', base64: b64('new 2') },
      ],
    });

    expect(result).toEqual({ folder, written: ['Letter (2).docx', 'Letter (3).docx'] });
    expect(await readFile(join(folder, 'Letter.docx'), 'utf8')).toBe('the officer’s own file');
    expect(await readFile(join(folder, 'Letter (2).docx'), 'utf8')).toBe('new 1');
    expect(await readFile(join(folder, 'Letter (3).docx'), 'utf8')).toBe('new 2');
  });

  it('keeps every file inside the folder whatever its name says, with a safe name', async () => {
    const { parent, folder } = await chosenFolder();
    const { core } = await desktop(folder);
    const hostile = [
      '../../escape.docx',
      '/etc/passwd',
      '..\\..\\win.docx',
      'C:\\Windows\\evil.dll',
      '..',
      'CON.docx',
      'a\u0000b\u202E.docx',
      '.hidden',
    ];

    const result = await core.ok('files.save', {
      files: hostile.map((name) => ({ name, base64: b64(name) })),
    });

    expect(result).toEqual({
      folder,
      written: [
        'escape.docx',
        'etc-passwd',
        'win.docx',
        'C-Windows-evil.dll',
        'file',
        '_CON.docx',
        'a b.docx',
        'file.hidden',
      ],
    });
    expect(await readdir(parent)).toEqual(['letters']);
    expect((await readdir(folder)).sort()).toEqual('written' in result ? [...result.written].sort() : []);
  });

  it('does not write through a symbolic link that has the file’s name', async () => {
    const { parent, folder } = await chosenFolder();
    await writeFile(join(parent, 'outside.docx'), 'outside');
    await symlink(join(parent, 'outside.docx'), join(folder, 'Letter.docx'));
    const { core } = await desktop(folder);

    const result = await core.ok('files.save', { files: [{ name: 'Letter.docx', base64: b64('new') }] });

    expect(result).toEqual({ folder, written: ['Letter (2).docx'] });
    expect(await readFile(join(parent, 'outside.docx'), 'utf8')).toBe('outside');
  });

  it('answers { cancelled: true } and writes nothing when the user cancels the dialog', async () => {
    const { core, dialogs } = await desktop(null);

    expect(await core.ok('files.save', { files: [{ name: 'Letter.docx', base64: b64('x') }] })).toEqual({
      cancelled: true,
    });
    expect(dialogs.shown).toBe(1);
  });

  it('refuses bytes that are not base64 before asking for a folder', async () => {
    const { folder } = await chosenFolder();
    const { core, dialogs } = await desktop(folder);

    const error = await core.fails('files.save', {
      files: [
        { name: 'a.docx', base64: b64('fine') },
        { name: 'b.docx', base64: 'not base64!' },
      ],
    });

    expect(error).toEqual({ code: 'validation', fields: [{ path: 'files.1.base64', code: 'invalid' }] });
    expect(dialogs.shown).toBe(0);
    expect(await readdir(folder)).toEqual([]);
  });

  it('answers notFound when the chosen folder is gone', async () => {
    const { folder } = await chosenFolder();
    const { core } = await desktop(join(folder, 'missing'));

    expect(await core.fails('files.save', { files: [{ name: 'a.docx', base64: b64('x') }] })).toMatchObject({
      code: 'notFound',
    });
  });

  it('reports the desktop host in app.status', async () => {
    const { core } = await desktop(null);

    expect(await core.ok('app.status', {})).toMatchObject({ host: 'desktop' });
  });
});

describe('files.save in the browser host', () => {
  it('answers unsupported: the page downloads files itself', async () => {
    const core = await cores.open({ host: { kind: 'browser' } });

    expect(await core.fails('files.save', { files: [{ name: 'a.docx', base64: b64('x') }] })).toEqual({
      code: 'unsupported',
    });
    expect(await core.ok('app.status', {})).toMatchObject({ host: 'browser' });
  });
});

describe('pathInFolder', () => {
  it.each(['../x.docx', '../../etc/passwd', '/etc/passwd', 'a/b.docx', 'a/../../b', '..', '.', ''])(
    'refuses %j',
    (name) => {
      expect(pathInFolder('/data/letters', name)).toBeNull();
    },
  );

  it('places a plain name in the folder', () => {
    expect(pathInFolder('/data/letters', 'Letter (2).docx')).toBe('/data/letters/Letter (2).docx');
  });
});
