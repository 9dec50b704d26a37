import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Figure } from './table';

/**
 * The renderer's initial JavaScript: the scripts `index.html` loads and the modules it preloads, raw
 * and gzipped. Chunks loaded when a page is first opened (code-split) are not counted.
 */
export async function initialJs(rendererDir: string): Promise<{ figures: Figure[]; files: string[] }> {
  const html = await readFile(join(rendererDir, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1] ?? '');
  const preloads = [...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map(
    (m) => m[1] ?? '',
  );
  const files = [...new Set([...scripts, ...preloads])].filter((f) => f.endsWith('.js'));
  let raw = 0;
  let gzipped = 0;
  for (const file of files) {
    const bytes = await readFile(join(rendererDir, file.replace(/^\.?\//, '')));
    raw += bytes.length;
    gzipped += gzipSync(bytes, { level: 9 }).length;
  }
  const label = `Renderer's initial JavaScript (${files.length} file${files.length === 1 ? '' : 's'})`;
  return {
    files,
    figures: [
      { id: 'js-raw', label: `${label}, raw`, size: '-', value: raw / 1024, unit: 'kB' },
      {
        id: 'js-gz',
        label: `${label}, gzipped`,
        size: '-',
        value: gzipped / 1024,
        unit: 'kB',
        target: { under: 400 },
      },
    ],
  };
}
