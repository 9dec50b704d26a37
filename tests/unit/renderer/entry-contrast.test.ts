import { describe, expect, it } from 'vitest';
import { contrastOn } from '../../../src/renderer/src/calendar/contrast';

describe('the text colour of a calendar entry', () => {
  it.each([
    // The default blue: white reads 4.19:1, black 5.01:1 (WCAG asks 4.5:1).
    ['#1c7ed6', '#000000'],
    ['#5f3dc4', '#ffffff'],
    ['#2f9e44', '#000000'],
    ['#c2255c', '#ffffff'],
    ['#fab005', '#000000'],
  ])('on %s is %s', (background, text) => {
    expect(contrastOn(background)).toBe(text);
  });
});
