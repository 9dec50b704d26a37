import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/shared/languages';

const ROOT = join(__dirname, '../..');
const PLURAL = /_(zero|one|two|few|many|other)$/;
const PLURAL_FORMS = {
  az: ['one', 'other'],
  en: ['one', 'other'],
  ru: ['one', 'few', 'many', 'other'],
} as const;

function flatten(value: unknown, prefix: string, out: Map<string, string>): void {
  if (typeof value === 'string') {
    out.set(prefix, value);
    return;
  }
  if (typeof value !== 'object' || value === null) throw new Error(`${prefix} is neither text nor a group`);
  for (const [key, inner] of Object.entries(value)) flatten(inner, prefix ? `${prefix}.${key}` : key, out);
}

function load(language: string): Map<string, string> {
  const out = new Map<string, string>();
  const folder = join(ROOT, 'locales', language);
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.json'))) {
    flatten(JSON.parse(readFileSync(join(folder, file), 'utf8')), file.replace(/\.json$/, ''), out);
  }
  return out;
}

const tables = Object.fromEntries(LANGUAGES.map((l) => [l, load(l)]));
const baseKeys = (keys: Iterable<string>) => new Set([...keys].map((k) => k.replace(PLURAL, '')));
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('translations', () => {
  it('every key exists in az, en and ru', () => {
    const all = new Set(LANGUAGES.flatMap((l) => [...baseKeys(tables[l]?.keys() ?? [])]));
    for (const language of LANGUAGES) {
      const have = baseKeys(tables[language]?.keys() ?? []);
      expect(
        [...all].filter((key) => !have.has(key)),
        `missing in ${language}`,
      ).toEqual([]);
    }
  });

  it('plural keys have every form the language needs', () => {
    for (const language of LANGUAGES) {
      const table = tables[language] ?? new Map<string, string>();
      const plurals = new Set(
        [...table.keys()].filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')),
      );
      for (const key of plurals) {
        for (const form of PLURAL_FORMS[language]) {
          expect(table.has(`${key}_${form}`), `${language}: ${key}_${form}`).toBe(true);
        }
      }
    }
  });

  it('a sentence has the same placeholders in every language', () => {
    const en = tables.en ?? new Map<string, string>();
    for (const [key, text] of en) {
      // Salutations name people as each language's usage demands: English by surname, Azerbaijani
      // and Russian by full name (foreign surnames are not declined).
      if (PLURAL.test(key) || key.startsWith('letter.salutation.')) continue;
      for (const language of ['az', 'ru'] as const) {
        const other = tables[language]?.get(key);
        if (other !== undefined)
          expect(placeholders(other), `${language}: ${key}`).toEqual(placeholders(text));
      }
    }
  });

  it('every key the renderer asks for by name exists', () => {
    const en = baseKeys(tables.en?.keys() ?? []);
    const missing: string[] = [];
    for (const file of sourceFiles(join(ROOT, 'src/renderer'))) {
      const source = readFileSync(file, 'utf8');
      for (const match of source.matchAll(/\bt\(\s*'([a-zA-Z0-9_.]+)'/g)) {
        const key = match[1] ?? '';
        if (!en.has(key) && ![...en].some((k) => k.startsWith(`${key}.`))) missing.push(`${key} (${file})`);
      }
    }
    expect(missing).toEqual([]);
  });
});
