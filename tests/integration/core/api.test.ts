import { userInfo } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createHandlers } from '../../../src/core/api';
import { dispatch } from '../../../src/core/dispatch';
import { Store } from '../../../src/core/store/store';
import type { Result } from '../../../src/shared/errors';
import { guestInput, visitInput } from '../../support/builders';
import { tempDirs } from '../../support/temp-dir';

const dirs = tempDirs('qonaq-api-');
const stores: Store[] = [];

afterEach(async () => {
  await Promise.all(stores.splice(0).map((s) => s.close()));
  await dirs.removeAll();
});

const NOW = new Date('2026-11-23T20:30:00Z'); // already 24 November in Baku

async function core(dir?: string) {
  const dataDir = dir ?? (await dirs.make());
  const store = await Store.open(dataDir, { snapshotEveryMs: 0 });
  stores.push(store);
  const handlers = createHandlers(store, { version: '1.2.3', host: { kind: 'browser' }, now: () => NOW });
  return { dataDir, store, call: (method: string, input: unknown = {}) => dispatch(handlers, method, input) };
}

function value<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.error)}`);
  return result.value as T;
}

describe('the API over a store', () => {
  it('reports status with version, folder, settings and no notices', async () => {
    const { call, dataDir } = await core();

    expect(await call('app.status')).toEqual({
      ok: true,
      value: {
        version: '1.2.3',
        host: 'browser',
        dataDir,
        notices: [],
        loading: false,
        readOnly: false,
        settings: { uiLanguage: 'az' },
        account: userInfo().username,
      },
    });
  });

  it('reports what the store repaired on opening', async () => {
    const first = await core();
    await first.call('visits.create', { visit: visitInput() });
    await first.store.close();
    stores.splice(0);
    await writeFile(join(first.dataDir, 'qonaq.json'), 'not json');

    const { call } = await core(first.dataDir);

    expect(value<{ notices: unknown[] }>(await call('app.status')).notices).toEqual([
      { code: 'restoredFromSnapshot', params: { file: 'qonaq.json', snapshot: expect.any(String) } },
    ]);
  });

  it('changes the interface language and refuses one it does not speak', async () => {
    const { call } = await core();

    expect(await call('settings.update', { uiLanguage: 'ru' })).toEqual({
      ok: true,
      value: { uiLanguage: 'ru' },
    });
    expect(await call('settings.update', { uiLanguage: 'tr' })).toEqual({
      ok: false,
      error: { code: 'validation', fields: [{ path: 'uiLanguage', code: 'invalidChoice' }] },
    });
    expect(await call('settings.update', {})).toEqual({
      ok: false,
      error: { code: 'validation', fields: [{ path: 'uiLanguage', code: 'required' }] },
    });
  });

  it('creates, lists, gets, updates, deletes and restores a visit', async () => {
    const { call } = await core();

    const created = value<{ visit: { id: string } }>(
      await call('visits.create', { visit: visitInput({ title: 'Delegation' }) }),
    );
    const id = created.visit.id;
    const listed = value<{ id: string }[]>(await call('visits.list', { text: 'delegation' }));
    const updated = await call('visits.update', { id, visit: visitInput({ title: 'Renamed' }) });
    const deleted = await call('visits.delete', { id });
    const gone = await call('visits.get', { id });
    const restored = await call('visits.restore', { id });

    expect(listed.map((v) => v.id)).toEqual([id]);
    expect(updated).toMatchObject({ ok: true, value: { visit: { id, title: 'Renamed' } } });
    expect(deleted).toEqual({ ok: true, value: { id } });
    expect(gone).toEqual({ ok: false, error: { code: 'notFound', params: { id } } });
    expect(restored).toMatchObject({ ok: true, value: { visit: { id, title: 'Renamed' } } });
  });

  it('adds, updates, reorders and removes guests', async () => {
    const { call } = await core();
    const { visit } = value<{ visit: { id: string } }>(await call('visits.create', { visit: visitInput() }));

    const one = value<{ visit: { guests: { id: string }[] } }>(
      await call('guests.add', { visitId: visit.id, guest: guestInput({ surname: 'One' }) }),
    );
    const two = value<{ visit: { guests: { id: string }[] } }>(
      await call('guests.add', { visitId: visit.id, guest: guestInput({ surname: 'Two' }), index: 0 }),
    );
    const [first, second] = two.visit.guests.map((g) => g.id);
    const reordered = await call('guests.reorder', { visitId: visit.id, guestIds: [second, first] });
    const updated = await call('guests.update', {
      visitId: visit.id,
      guestId: second,
      guest: guestInput({ surname: 'Uno' }),
    });
    const removed = await call('guests.remove', { visitId: visit.id, guestId: first });

    expect(one.visit.guests).toHaveLength(1);
    expect(reordered).toMatchObject({
      ok: true,
      value: { visit: { guests: [{ surname: 'One' }, { surname: 'Two' }] } },
    });
    expect(updated).toMatchObject({
      ok: true,
      value: { visit: { guests: [{ surname: 'Uno' }, { surname: 'Two' }] } },
    });
    expect(removed).toMatchObject({ ok: true, value: { visit: { guests: [{ surname: 'Uno' }] } } });
  });

  it('answers a guest outside the visit with the field to fix', async () => {
    const { call } = await core();
    const { visit } = value<{ visit: { id: string } }>(await call('visits.create', { visit: visitInput() }));

    const result = await call('guests.add', {
      visitId: visit.id,
      guest: guestInput({ arrival: { date: '2026-05-01' } }),
    });

    expect(result).toEqual({
      ok: false,
      error: {
        code: 'validation',
        fields: [
          {
            path: 'guest.arrival.date',
            code: 'outsideVisit',
            params: { from: '2026-05-12', to: '2026-05-15' },
          },
        ],
      },
    });
  });

  it('loads the sample two weeks from today in Baku, in the language asked', async () => {
    const { call } = await core();

    const result = await call('visits.loadSample', { language: 'ru' });

    expect(result).toMatchObject({
      ok: true,
      value: {
        visit: {
          title: 'Визит делегации Университета Анкары',
          arrivalDate: '2026-12-08',
          departureDate: '2026-12-11',
        },
      },
    });
    expect(value<{ visit: { guests: unknown[] } }>(result).visit.guests).toHaveLength(5);
  });

  it('lists, creates and restores backups', async () => {
    const { call } = await core();
    const backup = value<{ id: string; reason: string }>(await call('backups.create'));
    await call('visits.create', { visit: visitInput() });

    const restored = await call('backups.restore', { id: backup.id });
    const listed = value<{ reason: string }[]>(await call('backups.list'));

    expect(backup.reason).toBe('manual');
    expect(restored).toMatchObject({ ok: true, value: { id: backup.id } });
    expect(value<unknown[]>(await call('visits.list'))).toEqual([]);
    expect(listed.map((b) => b.reason)).toEqual(['beforeRestore', 'manual', 'start']);
    expect(await call('backups.restore', { id: 'nope' })).toEqual({
      ok: false,
      error: { code: 'notFound', params: { id: 'nope' } },
    });
  });
});
