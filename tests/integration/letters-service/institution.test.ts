import { afterEach, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { dispatch } from '../../../src/core/dispatch';
import { SHARED_FILE } from '../../../src/core/store/store';
import { LOGO_MAX_BYTES } from '../../../src/shared/institution';
import { LOGO_PNG_BASE64, sampleInstitution } from '../../unit/letters/fixtures';
import { letterCores } from './setup';

const cores = letterCores('qonaq-institution-');
afterEach(() => cores.cleanUp());

const onDisk = async (dataDir: string) =>
  JSON.parse(await readFile(join(dataDir, SHARED_FILE), 'utf8')) as Record<string, unknown>;

describe('the institution', () => {
  it('is not set in a new data folder', async () => {
    const core = await cores.open();

    expect(await core.ok('institution.get', {})).toEqual({ institution: null });
  });

  it('is saved with its logo and read back, also after reopening the folder', async () => {
    const core = await cores.open();
    const institution = sampleInstitution();

    const saved = await core.ok('institution.update', { institution });
    await cores.closeAll();
    const reopened = await cores.open({ dataDir: core.dataDir });

    // Signed by the officer (the computer's account, no name being set) at the store's clock.
    const signed = { ...institution, changedBy: expect.any(String), changedAt: '2026-10-15T08:00:00.000Z' };
    expect(saved).toEqual({ institution: signed });
    expect(await reopened.ok('institution.get', {})).toEqual({ institution: signed });
    expect((await onDisk(core.dataDir)).institution).toEqual(signed);
    expect(institution.logo?.data).toBe(LOGO_PNG_BASE64);
  });

  it('fills what was left out with defaults: no logo, numbers as {prefix}{n}/{year} restarting each year', async () => {
    const core = await cores.open();

    const { institution } = await core.ok('institution.update', {
      institution: { name: { az: 'Xəzər Universiteti', en: 'Khazar University', ru: 'Университет Хазар' } },
    });

    expect(institution.logo).toBeNull();
    expect(institution.signatories).toEqual([]);
    expect(institution.outgoingNumber).toEqual({
      prefix: '',
      padding: 0,
      yearlyRestart: true,
      pattern: '{prefix}{n}/{year}',
    });
  });

  it.each([
    [
      'bytes that are not an image',
      { mime: 'image/png', data: Buffer.from('GIF89a not really').toString('base64'), width: 1, height: 1 },
      'invalid',
    ],
    [
      'a JPEG declared as PNG',
      { mime: 'image/jpeg', data: LOGO_PNG_BASE64, width: 160, height: 160 },
      'invalid',
    ],
    [
      'a size that is not the image’s',
      { mime: 'image/png', data: LOGO_PNG_BASE64, width: 16, height: 16 },
      'invalid',
    ],
    [
      'text that is not base64',
      { mime: 'image/png', data: 'not base64!', width: 160, height: 160 },
      'invalid',
    ],
    [
      'an image over 2 MB',
      {
        mime: 'image/png',
        data: 'A'.repeat(Math.ceil(((LOGO_MAX_BYTES + 16) / 3) * 4)),
        width: 1,
        height: 1,
      },
      'tooLong',
    ],
  ])('refuses %s as a logo and keeps what was saved before', async (_, logo, code) => {
    const core = await cores.open();
    const before = await readFile(join(core.dataDir, SHARED_FILE), 'utf8');

    const result = await dispatch(core.handlers, 'institution.update', {
      institution: { ...sampleInstitution(), logo },
    });

    expect(result).toEqual({
      ok: false,
      error: { code: 'validation', fields: [{ path: 'institution.logo.data', code }] },
    });
    expect(await readFile(join(core.dataDir, SHARED_FILE), 'utf8')).toBe(before);
    expect(await core.ok('institution.get', {})).toEqual({ institution: null });
  });

  it('refuses a name left empty and a number pattern without the running number, naming the fields', async () => {
    const core = await cores.open();
    const institution = sampleInstitution();

    const result = await dispatch(core.handlers, 'institution.update', {
      institution: {
        ...institution,
        name: { ...institution.name, ru: ' ' },
        outgoingNumber: { ...institution.outgoingNumber, pattern: '{prefix}/{year}' },
      },
    });

    expect(result).toEqual({
      ok: false,
      error: {
        code: 'validation',
        fields: [
          { path: 'institution.name.ru', code: 'required' },
          { path: 'institution.outgoingNumber.pattern', code: 'invalid' },
        ],
      },
    });
  });

  it('refuses two signatories with one id: a letter names its signatory by id', async () => {
    const core = await cores.open();
    const institution = sampleInstitution();
    const [signatory] = institution.signatories;
    if (!signatory) throw new Error('the sample has a signatory');

    const error = await core.fails('institution.update', {
      institution: { ...institution, signatories: [signatory, { ...signatory }] },
    });

    expect(error).toEqual({
      code: 'validation',
      fields: [{ path: 'institution.signatories.1.id', code: 'invalid' }],
    });
  });
});
