import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { errorMessage } from '../../../src/renderer/src/errors';
import { AppError } from '../../../src/shared/errors';
import en from '../../../locales/en/errors.json';

// Looks keys up in the English errors file, as i18next would with the `errors` namespace.
const t = ((key: string, values: Record<string, unknown> = {}) => {
  const value = key
    .replace(/^errors\./, '')
    .split('.')
    .reduce<unknown>(
      (node, part) =>
        typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined,
      en,
    );
  return typeof value === 'string'
    ? value.replace(/\{\{(\w+)\}\}/gu, (_, name: string) => String(values[name] ?? ''))
    : key;
}) as unknown as TFunction;

describe('the sentence for a refused request', () => {
  it('says why an official invitation to a member was refused, not only that fields need correcting', () => {
    const refused = new AppError('validation', undefined, [{ path: 'guest.role', code: 'headOnly' }]);

    expect(errorMessage(t, refused, 'en')).toBe(
      'An official invitation goes to the head of the delegation. Make this guest the head, or issue it to the head.',
    );
  });

  it('keeps the summary for field errors the form shows beside their fields', () => {
    const refused = new AppError('validation', undefined, [
      { path: 'request.options.cities', code: 'required' },
    ]);

    expect(errorMessage(t, refused, 'en')).toBe('Some fields need correcting. They are marked below.');
  });

  it('says why an archive was refused and which file inside it is at fault', () => {
    const refused = new AppError('archiveInvalid', { reason: 'reservedName', file: 'visits/CON.json' });

    expect(errorMessage(t, refused, 'en')).toBe(
      'A name in the archive (visits/CON.json) cannot be a file name on Windows (such as CON or NUL), so the archive was refused. Nothing was changed.',
    );
  });

  it('keeps the general sentence for an archive refused for a reason without its own', () => {
    const refused = new AppError('archiveInvalid', { reason: 'EIO' });

    expect(errorMessage(t, refused, 'en')).toBe(
      'This file is not a Qonaq archive, or it is damaged (EIO). Nothing was changed.',
    );
  });
});
