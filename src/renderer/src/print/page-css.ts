/**
 * The printed page, set by CSS so that every printer (the system dialog, Electron's printToPDF,
 * Chromium's page.pdf) lays it out the same: A4 in the chosen orientation, the institution and the
 * document in the top margin of every page, "page 2 of 3" in the bottom margin (Chromium draws @page
 * margin boxes since version 131).
 */

/** Text as a CSS string: every character outside plain ASCII letters and digits as a hex escape, so nothing typed can end the string or the rule. */
export function cssString(text: string): string {
  let out = '"';
  for (const ch of text) {
    out += /[A-Za-z0-9 .,:;()·–-]/.test(ch) ? ch : `\\${(ch.codePointAt(0) ?? 0x20).toString(16)} `;
  }
  return `${out}"`;
}

/** `Page {{page}} of {{pages}}` as CSS content: the words as strings, the numbers as page counters. */
export function pageCounterContent(phrase: string): string {
  return phrase
    .split(/(\{\{page\}\}|\{\{pages\}\})/)
    .filter((part) => part !== '')
    .map((part) =>
      part === '{{page}}' ? 'counter(page)' : part === '{{pages}}' ? 'counter(pages)' : cssString(part),
    )
    .join(' ');
}

export interface PageSetup {
  landscape: boolean;
  headerLeft: string;
  headerRight: string;
  /** The untranslated-placeholder phrase, e.g. `Page {{page}} of {{pages}}`. */
  pagePhrase: string;
}

export function pageCss({ landscape, headerLeft, headerRight, pagePhrase }: PageSetup): string {
  const margin =
    'font-family: Arial, "Liberation Sans", "DejaVu Sans", sans-serif; font-size: 8pt; color: #555;';
  return `@page {
  size: A4 ${landscape ? 'landscape' : 'portrait'};
  margin: 14mm 12mm 16mm;
  @top-left { content: ${cssString(headerLeft)}; ${margin} vertical-align: bottom; }
  @top-right { content: ${cssString(headerRight)}; ${margin} vertical-align: bottom; }
  @bottom-center { content: ${pageCounterContent(pagePhrase)}; ${margin} }
}`;
}
