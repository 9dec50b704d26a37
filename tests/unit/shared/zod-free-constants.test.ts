import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The lists and limits a screen offers live in modules that load no zod, so the renderer can import
 * them cheaply and has no reason to copy them. This reads their import lines, and those of every
 * module they import in turn, and fails on any value import of zod.
 */

const SHARED = resolve(__dirname, '../../../src/shared');

/** Modules that hold plain rules and constants only; schemas import them, never the other way. */
const ZOD_FREE = [
  ...readdirSync(SHARED).filter((f) => f.endsWith('-constants.ts')),
  'dates.ts',
  'minutes.ts',
  'planning-views.ts',
  'languages.ts',
  'texts.ts',
  'letterhead-template.ts',
  'fold.ts',
  'one-of.ts',
  'baku-time.ts',
];

/** `from '…'` of every import and re-export that is not type-only. */
function valueImports(source: string): string[] {
  const statements = source.match(/^(?:import|export)\b[^;]*?\bfrom\s+'[^']+'/gms) ?? [];
  return statements
    .filter((s) => !/^(?:import|export)\s+type\b/.test(s))
    .map((s) => /from\s+'([^']+)'$/.exec(s)?.[1] ?? '');
}

/** Every module `file` loads, itself included, as `[file, imports]`. */
function closure(file: string, seen = new Map<string, string[]>()): Map<string, string[]> {
  if (seen.has(file)) return seen;
  const imports = valueImports(readFileSync(join(SHARED, file), 'utf8'));
  seen.set(file, imports);
  for (const target of imports) {
    if (target.startsWith('./')) closure(`${target.slice(2)}.ts`, seen);
  }
  return seen;
}

describe('zod-free shared modules', () => {
  it('finds the constants modules', () => {
    expect(ZOD_FREE).toEqual(
      expect.arrayContaining([
        'visit-constants.ts',
        'planning-constants.ts',
        'letter-constants.ts',
        'accommodation-constants.ts',
        'guest-import-constants.ts',
        'institution-constants.ts',
        'partner-constants.ts',
        'report-constants.ts',
        'payer-constants.ts',
        'calendar-constants.ts',
      ]),
    );
  });

  it.each(ZOD_FREE)('%s loads no zod, directly or through what it imports', (file) => {
    const loaders = [...closure(file)].filter(([, imports]) => imports.includes('zod')).map(([f]) => f);
    expect(loaders).toEqual([]);
  });

  it('notices a value import of zod, and lets a type-only one pass', () => {
    expect(valueImports("import { z } from 'zod';\nimport type { ZodType } from 'zod';")).toEqual(['zod']);
    expect(valueImports("export * from './planning-constants';")).toEqual(['./planning-constants']);
  });
});
