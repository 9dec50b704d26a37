import { afterEach, describe, expect, it } from 'vitest';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { INDEX_FILE, INDEX_FORMAT } from '../../../src/core/store/visit-index';
import { sampleGuest } from '../../unit/letters/fixtures';
import { letterCores, letterVisit } from '../letters-service/setup';

const cores = letterCores('qonaq-visit-search-');
afterEach(() => cores.cleanUp());

describe('visits.list finds a visit by a guest’s passport number, phone or e-mail', () => {
  it('through the handlers, however the number is spaced', async () => {
    const core = await cores.open();
    const { visit } = await core.ok('visits.create', { visit: letterVisit({ title: 'Ankara delegation' }) });
    await core.ok('guests.add', {
      visitId: visit.id,
      guest: {
        ...sampleGuest(),
        passport: { ...sampleGuest().passport, number: 'U12345678' },
        phone: '+90 (312) 555-01-01',
        email: 'guest@ankara.edu.tr',
      },
    });
    await core.ok('visits.create', { visit: letterVisit({ title: 'Another visit' }) });
    const titles = async (text: string) => (await core.ok('visits.list', { text })).map((v) => v.title);

    expect(await titles('u 1234 5678')).toEqual(['Ankara delegation']);
    expect(await titles('0090 312 5550101')).toEqual(['Ankara delegation']);
    expect(await titles('GUEST@ankara.edu.tr')).toEqual(['Ankara delegation']);
  });

  it('from an index of the format before, which is not read but made again', async () => {
    const core = await cores.open();
    const { visit } = await core.ok('visits.create', { visit: letterVisit({ title: 'Ankara delegation' }) });
    await core.ok('guests.add', {
      visitId: visit.id,
      guest: { ...sampleGuest(), passport: { ...sampleGuest().passport, number: 'U12345678' } },
    });
    await cores.closeAll();
    const path = join(core.dataDir, INDEX_FILE);
    const index = JSON.parse(await readFile(path, 'utf8')) as {
      format: number;
      visits: Record<string, { search: string }>;
    };
    expect(index.format).toBe(INDEX_FORMAT);
    // As the format before wrote it: no passport numbers in the searchable words.
    for (const entry of Object.values(index.visits)) entry.search = 'ankara delegation';
    await writeFile(path, JSON.stringify({ ...index, format: INDEX_FORMAT - 1 }));

    const reopened = await cores.open({ dataDir: core.dataDir });

    expect((await reopened.ok('visits.list', { text: 'U 1234 5678' })).map((v) => v.title)).toEqual([
      'Ankara delegation',
    ]);
  });
});
