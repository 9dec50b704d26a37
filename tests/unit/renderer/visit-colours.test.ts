import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../src/shared/languages';
import { VISIT_COLOUR_NAMES, VISIT_COLOURS } from '../../../src/shared/visit-constants';

/** The visit form names each offered colour for screen readers and tooltips (`visit.colour.<name>`). */
describe('visit colours', () => {
  it('offers the palette in its order, each colour once', () => {
    expect(VISIT_COLOURS).toEqual([
      '#1c7ed6',
      '#2f9e44',
      '#e8590c',
      '#9c36b5',
      '#c2255c',
      '#0c8599',
      '#5f3dc4',
      '#66a80f',
    ]);
  });

  it.each(LANGUAGES)('has a name in %s for every colour, and no name without a colour', (language) => {
    const path = resolve(__dirname, `../../../locales/${language}/visit.json`);
    const names = (JSON.parse(readFileSync(path, 'utf8')) as { colour: Record<string, string> }).colour;
    expect(Object.keys(names).sort()).toEqual(Object.keys(VISIT_COLOUR_NAMES).sort());
  });
});
