import { describe, expect, it } from 'vitest';
import az from '../../../locales/az/settings.json';
import en from '../../../locales/en/settings.json';
import ru from '../../../locales/ru/settings.json';
import { placeholderTexts } from '../../../src/core/letters';
import { TEMPLATE_PLACEHOLDERS } from '../../../src/shared/template-placeholders';
import { sampleVisa } from '../letters/fixtures';

describe('the template placeholders', () => {
  it.each([
    ['az', az],
    ['en', en],
    ['ru', ru],
  ])('each has a description in %s', (_language, table) => {
    expect(Object.keys(table.template.placeholder).sort()).toEqual([...TEMPLATE_PLACEHOLDERS].sort());
  });

  it('the core fills each one (body with the letter itself), in the letter language', () => {
    const texts = placeholderTexts('visaInvitation', { ...sampleVisa('ru'), highlights: [] });
    expect(Object.keys(texts).sort()).toEqual(TEMPLATE_PLACEHOLDERS.filter((p) => p !== 'body').sort());
    expect(texts.guest_full_name).toBe('Demirci Ayşe Gül');
    expect(texts.date).toMatch(/\u00a0г\.$/);
    expect(texts.addressee).toBe('По месту требования');
  });
});

describe('the addressee placeholder of an official invitation', () => {
  it('is the addressee block the standard letter prints, one line each', () => {
    // The sample guest, Ms Ayşe Gül Demirci (Cyrillic Айше Гюль Демирджи), professor, with her texts in
    // Russian as the letter service hands them to a Russian letter.
    const input = sampleVisa('ru');
    const guest = {
      ...input.guest,
      position: 'Проректор по научной работе',
      organisation: 'Анкарский университет',
    };
    const texts = placeholderTexts('officialInvitation', { ...input, guest, highlights: [] });

    expect(texts.addressee).toBe(
      'Проректору по научной работе Анкарского университета\nпрофессору А.\u00a0Г.\u00a0Демирджи',
    );
  });
});
