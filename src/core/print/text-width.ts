/**
 * How wide a word prints, so that a table column can be given room for its longest header word: a
 * word wider than its cell is split mid-word by Word and LibreOffice ("Avtomobi|l").
 *
 * Advance widths of Times New Roman Bold, which LibreOffice's Liberation Serif Bold matches metric for
 * metric, rounded up to 0.05 em; `ə` and `Ə` at their width in DejaVu Serif Bold, where LibreOffice
 * takes them from when Liberation Serif lacks them. Bold is the wider cut, so regular text fits too. A
 * character not listed counts as a full em: overestimated, never split.
 */
const EM_WIDTHS: readonly [number, string][] = [
  [0.25, '., '],
  [0.3, "ilı'/"],
  [0.35, 'fjt:;!()-’'],
  [0.4, 'sşIİ'],
  [0.45, 'cerzçеёзсэ'],
  [0.5, 'agovxyğöJабготух0123456789?–«»“”'],
  [0.55, 'вдьяЗ'],
  [0.6, 'bdhknpquüSŞийклнпрцчъ"+'],
  [0.65, 'FPГРə'],
  [0.7, 'BELTZмфБВДЕЁТЬЭ'],
  [0.75, 'wACDNRUVXYÜÇжАКЛСУХЧЯ'],
  [0.8, 'GHKOQĞÖыюИЙНОПЦЪ'],
  [0.85, 'mшщ&'],
  [0.9, 'ФƏ'],
  [0.95, 'MМ'],
  [1, 'WЖЫ—'],
  [1.05, '№'],
  [1.1, 'ШЩ'],
  [1.15, 'Ю'],
];

const WIDTH = new Map(EM_WIDTHS.flatMap(([em, chars]) => [...chars].map((c) => [c, em] as const)));

/** The width of `text` on one line, in twips, at `size` half-points. */
export function textWidthTwips(text: string, size: number): number {
  const em = [...text].reduce((sum, c) => sum + (WIDTH.get(c) ?? 1), 0);
  // One em at `size` half-points is `size / 2` points, 20 twips each.
  return Math.ceil(em * size * 10);
}

/** The widest word of `text` (words end at spaces, where a line may break), in twips. */
export function widestWord(text: string, size: number): number {
  return Math.max(0, ...text.split(/\s+/).map((word) => textWidthTwips(word, size)));
}
