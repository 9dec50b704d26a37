import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every file or folder of the repository that the docs name (`src/core/api.ts`, `tests/e2e/`, or a
 * layer-relative `renderer/src/calendar/`) exists, so a decision record never points at something
 * that was moved or deleted.
 */
const ROOT = process.cwd();
const TOP = ['src', 'tests', 'bench', 'scripts'];
const LAYERS = ['core', 'renderer', 'main', 'shared', 'web', 'preload'];
// A path starts a line or follows a space, backtick, bracket or quote (not `/tmp/qonaq-bench/out`).
const PATH = new RegExp(`(?:^|[\\s\`("'\\[])((?:${[...TOP, ...LAYERS].join('|')})/[A-Za-z0-9_./-]*)`, 'gm');

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return markdownFiles(full);
    return entry.name.endsWith('.md') ? [full] : [];
  });
}

function namedPaths(markdown: string): string[] {
  return [...markdown.matchAll(PATH)].map((m) => (m[1] ?? '').replace(/[.,:;]+$/, ''));
}

function inRepo(named: string): string {
  const top = named.split('/')[0] ?? '';
  return TOP.includes(top) ? named : `src/${named}`;
}

describe('paths named in docs', () => {
  it('finds paths the way a reader writes them', () => {
    expect(
      namedPaths(
        'See `src/core/api.ts`, (renderer/src/calendar/) and tests/e2e/.\nNot /tmp/qonaq-bench/out.',
      ),
    ).toEqual(['src/core/api.ts', 'renderer/src/calendar/', 'tests/e2e/']);
  });

  it.each(markdownFiles(path.join(ROOT, 'docs')).map((file) => [path.relative(ROOT, file), file]))(
    '%s names only files that exist',
    (_name, file) => {
      const missing = namedPaths(readFileSync(file, 'utf8')).filter(
        (named) => !existsSync(path.join(ROOT, inRepo(named))),
      );
      expect(missing).toEqual([]);
    },
  );
});
