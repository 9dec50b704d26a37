import { afterEach, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateDataset, writeDataset } from '../../../bench/generator';
import { BENCH_TODAY, benchPartners, writeBenchPartners } from '../../../bench/partners-data';
import { PARTNERS } from '../../../bench/pools';
import { Store } from '../../../src/core/store/store';
import { SCHEMA_VERSION } from '../../../src/core/store/migrations';
import { addDays } from '../../../src/shared/dates';
import { partnersDocSchema } from '../../../src/shared/partners';
import { tempDirs } from '../../support/temp-dir';

const dirs = tempDirs('qonaq-bench-partners-');
afterEach(() => dirs.removeAll());

describe("the bench data's partners and agreements", () => {
  const { doc } = benchPartners();

  it('makes one partner per partner name of the generator, with its names in three languages', () => {
    expect(partnersDocSchema.parse(doc)).toEqual(doc);
    expect(doc.partners.map((p) => p.names.en)).toEqual(PARTNERS.map((p) => p.name));
    const ankara = doc.partners.find((p) => p.names.en === 'Ankara University');
    expect(ankara).toMatchObject({
      officialName: 'Ankara Üniversitesi',
      names: { az: 'Ankara Universiteti', ru: 'Анкарский университет' },
      country: 'TR',
      kind: 'university',
    });
    expect(doc.partners.every((p) => p.names.az !== '' && p.names.ru !== '')).toBe(true);
    expect(doc.agreements.every((a) => a.title.az !== '' && a.title.en !== '' && a.title.ru !== '')).toBe(
      true,
    );
  });

  it('spreads agreements over the ten years: ended, signed in the last year, one ending within 90 days', () => {
    const ending = doc.agreements.filter(
      (a) => a.status === 'signed' && a.validTo > BENCH_TODAY && a.validTo <= addDays(BENCH_TODAY, 90),
    );
    expect(ending.map((a) => [a.kind, a.validTo])).toEqual([['mou', '2027-01-31']]);
    expect(doc.agreements.filter((a) => a.status === 'expired').length).toBeGreaterThanOrEqual(20);
    expect(doc.agreements.filter((a) => a.signedDate.startsWith('2026')).length).toBe(5);
    expect(doc.agreements.filter((a) => a.status === 'terminated')).toHaveLength(1);
    expect(doc.agreements.filter((a) => a.status === 'negotiation')).toHaveLength(4);
    const kinds = new Set(doc.agreements.map((a) => a.kind));
    expect([...kinds].sort()).toEqual(['cooperation', 'erasmusIia', 'mevlana', 'mou', 'orhun', 'other']);
    const signedYears = doc.agreements.map((a) => a.signedDate.slice(0, 4)).filter(Boolean);
    expect(Math.min(...signedYears.map(Number))).toBe(2017);
  });

  it('writes partners.json into a generated folder and links every visit, and the store opens it', async () => {
    const dir = await dirs.make();
    await writeDataset(dir, generateDataset({ size: '1y', seed: 5 }));
    const counts = await writeBenchPartners(dir);
    expect(counts).toEqual({ partners: 20, agreements: doc.agreements.length, linked: 300 });
    const stored = JSON.parse(await readFile(join(dir, 'partners.json'), 'utf8')) as {
      schemaVersion: number;
    };
    expect(stored.schemaVersion).toBe(SCHEMA_VERSION);
    const store = await Store.open(dir, { snapshotEveryMs: 0, indexDelayMs: 0 });
    try {
      expect(store.notices).toEqual([]);
      expect(store.partnersDoc.partners).toHaveLength(20);
      const names = new Map(store.partnersDoc.partners.map((p) => [p.id, p.names.en]));
      for (const visit of store.listVisits()) {
        expect(visit.partnerIds.map((id) => names.get(id))).toEqual([visit.partnerName]);
      }
    } finally {
      await store.close();
    }
  }, 60_000);
});
