import { describe, expect, it } from 'vitest';
import { fitColumns } from '../../../../src/core/print/docx-layout';
import { widestWord } from '../../../../src/core/print/text-width';

describe('column widths of printed tables', () => {
  it('share the width by weight when every column has room', () => {
    expect(fitColumns(1000, [1, 3], [100, 100])).toEqual([250, 750]);
  });

  it('give a column short of its minimum the minimum, and the rest by weight', () => {
    expect(fitColumns(1000, [1, 2, 2], [300, 0, 0])).toEqual([300, 350, 350]);
  });

  it('scale the minimums down when together they exceed the width', () => {
    expect(fitColumns(1000, [1, 1], [1000, 1000])).toEqual([500, 500]);
  });

  it('measure the widest word of a header, at the size it prints', () => {
    // 9 pt bold: "Ответственный" needs about 64 pt, "Hosts" about 23 pt.
    expect(widestWord('Ответственный', 18)).toBeGreaterThan(1250);
    expect(widestWord('Hosts', 18)).toBeLessThan(500);
    expect(widestWord('Hava limanı / vağzal', 18)).toBe(widestWord('limanı', 18));
  });
});
