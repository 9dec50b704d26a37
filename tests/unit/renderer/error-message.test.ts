import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { errorMessage } from '../../../src/renderer/src/errors';
import { AppError } from '../../../src/shared/errors';
import en from '../../../locales/en/errors.json';

// Looks keys up in the English errors file, as i18next would with the `errors` namespace.
const t = ((key: string) => {
  const value = key
    .replace(/^errors\./, '')
    .split('.')
    .reduce<unknown>(
      (node, part) =>
        typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined,
      en,
    );
  return typeof value === 'string' ? value : key;
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
});
