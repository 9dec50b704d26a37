import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export type Lang = 'az' | 'en' | 'ru';

const LOCALES = join(__dirname, '../../../locales');

function flatten(value: unknown, prefix: string, out: Map<string, string>): void {
  if (typeof value === 'string') out.set(prefix, value);
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) flatten(inner, prefix ? `${prefix}.${key}` : key, out);
  }
}

function table(lang: Lang): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of readdirSync(join(LOCALES, lang)).filter((f) => f.endsWith('.json'))) {
    flatten(JSON.parse(readFileSync(join(LOCALES, lang, file), 'utf8')), file.replace(/\.json$/, ''), out);
  }
  return out;
}

const TABLES: Record<Lang, Map<string, string>> = { az: table('az'), en: table('en'), ru: table('ru') };

/** The UI's words, read from the locale files, so that one test walks the app in any language. */
export function words(lang: Lang, key: string, params: Record<string, string> = {}): string {
  const text = TABLES[lang].get(key);
  if (text === undefined) throw new Error(`no ${lang} text for ${key}`);
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => params[name] ?? '');
}

/** A text with its placeholders standing for any words: to find "Add an item on {{date}}". */
export function pattern(lang: Lang, key: string): RegExp {
  const text = TABLES[lang].get(key);
  if (text === undefined) throw new Error(`no ${lang} text for ${key}`);
  const parts = text.split(/\{\{\s*\w+\s*\}\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('.+')}$`);
}

/**
 * English texts that must not name a control in `lang`: the English value of every key whose `lang`
 * value differs, unless the same text is also a `lang` text (a name such as "Qonaq", "PDF").
 */
function englishOnly(lang: Lang): Set<string> {
  const own = new Set(TABLES[lang].values());
  const out = new Set<string>();
  for (const [key, english] of TABLES.en) {
    const local = TABLES[lang].get(key) ?? TABLES[lang].get(key.replace(/_(one|other)$/, '_other'));
    if (english.includes('{{') || english.trim().length < 3) continue;
    if (local !== undefined && local !== english && !own.has(english)) out.add(english);
  }
  return out;
}

/**
 * Third-party parts axe flags that cannot be fixed from here, each with why:
 * - none at present.
 */
const EXCLUDED: string[] = [];

/** Runs axe on what is on screen: no serious or critical violation, and no control named in English. */
export async function expectAccessible(
  page: Page,
  lang: Lang,
  where: string,
  /** Only this part of the page, such as an open dialog (the page behind it is dimmed on purpose). */
  within?: string,
): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  if (within) builder = builder.include(within);
  for (const selector of EXCLUDED) builder = builder.exclude(selector);
  const results = await builder.analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n    ` +
        v.nodes
          .map((n) => `${n.target.join(' ')} ${n.html.slice(0, 120)}\n      ${n.any[0]?.message ?? ''}`)
          .join('\n    '),
    );
  // Soft: one run lists what every page and dialog lacks, not only the first.
  expect.soft(serious, `${where} in ${lang}`).toEqual([]);

  if (lang === 'en') return;
  // Written as text: the tests are compiled without the DOM's types.
  const names = await page.evaluate<string[]>(`
    [...document.querySelectorAll('[aria-label], [title], img[alt]')].flatMap((element) =>
      ['aria-label', 'title', 'alt'].flatMap((attribute) => {
        const value = element.getAttribute(attribute);
        return value ? [attribute + '=' + value.trim()] : [];
      }),
    )`);
  const english = englishOnly(lang);
  const wrong = names.filter((name) => english.has(name.slice(name.indexOf('=') + 1)));
  expect.soft(wrong, `controls named in English on ${where} in ${lang}`).toEqual([]);
}
