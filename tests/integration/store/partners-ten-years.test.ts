import { afterEach, describe, expect, it } from 'vitest';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateDataset, writeDataset } from '../../../bench/generator';
import { Store } from '../../../src/core/store/store';
import { emptyPartnersDoc } from '../../../src/shared/partners';
import { tempDirs } from '../../support/temp-dir';
import { addToDirectory, agreement, partner } from './partners-fixtures';

/**
 * Ten years of an office's data, as the benchmarks make it (`bench/generator.ts`: 5,000 visits and
 * their letters, from before partners existed), opens with an empty directory; 400 partners and 600
 * agreements are then written and read back. The size of partners.json and the time of one change at
 * that size are printed: decision 0022 quotes them.
 */

const dirs = tempDirs('qonaq-partners-10y-');
const stores: Store[] = [];
afterEach(async () => {
  await Promise.all(stores.splice(0).map((s) => s.close()));
  await dirs.removeAll();
});

async function open(dir: string): Promise<Store> {
  const store = await Store.open(dir, { snapshotEveryMs: 0, indexDelayMs: 0 });
  stores.push(store);
  return store;
}

describe('partners on ten years of data', () => {
  it('opens the bench folder with an empty directory, then writes and reads 400 partners and 600 agreements', async () => {
    const dir = await dirs.make();
    await writeDataset(dir, generateDataset({ size: '10y', seed: 10 }));
    const store = await open(dir);
    expect(store.listVisits()).toHaveLength(5000);
    expect(store.partnersDoc).toEqual(emptyPartnersDoc());
    expect(store.notices).toEqual([]);

    const partners = Array.from({ length: 400 }, (_, i) => partner(i + 1));
    const agreements = Array.from({ length: 600 }, (_, i) => agreement(i + 1, `partner${(i % 400) + 1}`));
    await addToDirectory(store, partners, agreements);
    const bytes = (await stat(join(dir, 'partners.json'))).size;

    // One change at that size (a partner's notes), as the partners service makes it: the median of 9.
    const times: number[] = [];
    for (let n = 0; n < 9; n++) {
      const started = performance.now();
      await store.updatePartners((doc) => {
        const [first, ...rest] = doc.partners;
        if (!first) throw new Error('no partner');
        return { doc: { ...doc, partners: [{ ...first, notes: `Qeyd ${n}` }, ...rest] }, result: null };
      });
      times.push(performance.now() - started);
    }
    const median = [...times].sort((a, b) => a - b)[4] ?? 0;
    console.log(
      `partners.json with 400 partners and 600 agreements: ${(bytes / 1024).toFixed(0)} KiB; ` +
        `one updatePartners: median ${median.toFixed(1)} ms (${times.map((t) => t.toFixed(0)).join(', ')})`,
    );
    // Generous bounds for a shared machine; the figures themselves are in decision 0022.
    expect(bytes).toBeLessThan(5 * 1024 * 1024);
    expect(median).toBeLessThan(1000);

    const snapshot = await store.snapshot('manual');
    expect(await readdir(join(dir, 'snapshots', snapshot.id))).toContain('partners.json');
    await store.close();
    stores.splice(0);
    const reopened = await open(dir);
    expect(reopened.partnersDoc.partners).toHaveLength(400);
    expect(reopened.partnersDoc.agreements).toHaveLength(600);
    expect(reopened.partnersDoc.partners[0]?.notes).toBe('Qeyd 8');
    expect(reopened.partnersDoc.partners[399]?.names.ru).toBe('Анкарский университет 400');
    expect(reopened.notices).toEqual([]);
  }, 300_000);
});
