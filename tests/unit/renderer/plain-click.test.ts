import type { MouseEvent } from 'react';
import { describe, expect, it } from 'vitest';
import { plainClick } from '../../../src/renderer/src/plain-click';

const click = (over: Partial<MouseEvent>): MouseEvent =>
  ({ button: 0, metaKey: false, ctrlKey: false, shiftKey: false, altKey: false, ...over }) as MouseEvent;

/** A row of the visit list or the partner directory opens on a plain click only; the link keeps the rest. */
describe('a plain click', () => {
  it('is the main button without a modifier', () => {
    expect(plainClick(click({}))).toBe(true);
  });

  it('leaves a middle click, or one with Ctrl, ⌘, Shift or Alt, to the link', () => {
    expect(plainClick(click({ button: 1 }))).toBe(false);
    expect(plainClick(click({ ctrlKey: true }))).toBe(false);
    expect(plainClick(click({ metaKey: true }))).toBe(false);
    expect(plainClick(click({ shiftKey: true }))).toBe(false);
    expect(plainClick(click({ altKey: true }))).toBe(false);
  });
});
