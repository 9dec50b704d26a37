import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { createHandlers } from '../../../src/core/api';
import { dispatch } from '../../../src/core/dispatch';
import { Store } from '../../../src/core/store/store';
import { z } from 'zod';
import {
  contract,
  idSchema,
  METHOD_NAMES,
  type Handlers,
  type MethodName,
} from '../../../src/shared/contract';
import { VISIT_STATUSES } from '../../../src/shared/domain';
import { ERROR_CODES, FIELD_ERROR_CODES, type Result } from '../../../src/shared/errors';
import { safeFileName } from '../../../src/shared/file-names';
import { guestData, guestInput, visitData, visitInput } from '../../support/builders';
import { tempDirs } from '../../support/temp-dir';

/**
 * Whatever a caller sends to whichever method, the boundary answers a Result with a known error code
 * (never `internal`, which would mean a bug), does not throw, and writes nowhere but the data folder.
 */
const dirs = tempDirs('qonaq-fuzz-');
let root = '';
let dataDir = '';
let store: Store;
let handlers: Handlers;
const ids: string[] = [];
const tally = new Map<string, number>();

beforeAll(async () => {
  root = await dirs.make();
  dataDir = join(root, 'data');
  store = await Store.open(dataDir, { snapshotEveryMs: 0 });
  // A desktop host whose user always picks `root/saved`: files.save gets past the dialog and writes.
  await mkdir(join(root, 'saved'));
  handlers = createHandlers(store, {
    version: '0.0.0-test',
    host: { kind: 'desktop', chooseFolder: async () => join(root, 'saved') },
  });
  const created = await handlers['visits.create']({ visit: visitData() });
  ids.push(created.visit.id, ...created.visit.guests.map((g) => g.id));
  const withGuest = await handlers['guests.add']({ visitId: created.visit.id, guest: guestData() });
  ids.push(...withGuest.visit.guests.map((g) => g.id));
  ids.push((await handlers['backups.create']({})).id);
  const partner = await dispatch(handlers, 'partners.save', {
    partner: { officialName: 'Ankara Üniversitesi', country: 'TR' },
  });
  if (!partner.ok) throw new Error('no partner');
  const partnerId = (partner.value as { id: string }).id;
  const agreement = await dispatch(handlers, 'agreements.save', {
    agreement: { partnerId, title: { en: 'MoU' } },
  });
  if (!agreement.ok) throw new Error('no agreement');
  ids.push(partnerId, (agreement.value as { id: string }).id);
});

afterAll(async () => {
  await store.close();
  await dirs.removeAll();
});

const PATH_LIKE = [
  '../../x',
  '..\\..\\x',
  '/etc/passwd',
  'C:\\Windows\\x',
  '%2e%2e%2fx',
  'a/b',
  '.',
  '..',
  '',
  'con',
  'x'.repeat(65),
  '\u0000',
  'visits/../../x',
  '.lock',
  'qonaq',
];

const garbage: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({
    maxDepth: 3,
    withBigInt: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withNullPrototype: true,
    withObjectString: true,
    withSet: true,
    withSparseArray: true,
    withTypedArray: true,
    withUnicodeString: true,
  }),
  fc.constantFrom(...PATH_LIKE),
  fc.nat({ max: 3_000_000 }).map((n) => 'ş'.repeat(n)),
  fc.constantFrom(NaN, Infinity, -0, Number.MAX_SAFE_INTEGER + 2, 1e308),
  fc.constant(JSON.parse('{"__proto__": {"polluted": true}}') as unknown),
);

function mutated(base: Record<string, unknown>): fc.Arbitrary<unknown> {
  return fc
    .tuple(fc.constantFrom(...Object.keys(base), '__proto__', 'constructor', 'extra'), garbage)
    .map(([key, value]) => Object.fromEntries([...Object.entries(base), [key, value]]));
}

/** Values that are right for a key of some method, mixed with garbage, so calls get past the schema too. */
function valueFor(key: string): fc.Arbitrary<unknown> {
  const id = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...ids) },
    { weight: 1, arbitrary: fc.constantFrom(...PATH_LIKE) },
  );
  const table: Record<string, fc.Arbitrary<unknown>> = {
    id,
    visitId: id,
    guestId: id,
    visit: fc.oneof(
      { weight: 2, arbitrary: fc.constant(visitInput()) },
      { weight: 1, arbitrary: mutated({ ...visitInput() }) },
    ),
    guest: fc.oneof(
      { weight: 2, arbitrary: fc.constant(guestInput()) },
      { weight: 1, arbitrary: mutated({ ...guestInput() }) },
    ),
    guestIds: fc.array(id, { maxLength: 5 }),
    index: fc.integer({ min: -5, max: 20_000 }),
    language: fc.constantFrom('az', 'en', 'ru', 'de', 'AZ'),
    uiLanguage: fc.constantFrom('az', 'en', 'ru', 'tr'),
    text: fc.string({ maxLength: 300 }),
    statuses: fc.array(fc.constantFrom(...VISIT_STATUSES, 'x'), { maxLength: 12 }),
    from: fc.constantFrom('', '2026-05-01', '2026-02-30', '2026-13-01'),
    to: fc.constantFrom('', '2026-12-31', 'tomorrow'),
    country: fc.constantFrom('', 'TR', 'tr', 'XXX', 'ZZ'),
    partner: fc.constantFrom({ officialName: 'Ankara University', country: 'TR' }, { officialName: '' }),
    agreement: fc.constantFrom({ partnerId: 'x', title: { en: 'MoU' } }, { title: {} }),
    fileName: fc.constantFrom(...PATH_LIKE, 'copy.pdf'),
    base64: fc.constantFrom('', 'JVBERi0xLjQK', 'TVqQAAMAAAAEAAAA', 'not base64!'),
    date: fc.constantFrom('2026-05-01', '2026-02-30'),
    files: fc.array(
      fc.record({
        name: fc.oneof(fc.constantFrom(...PATH_LIKE), fc.string({ maxLength: 40 })),
        base64: fc.constantFrom('', 'UEsDBA==', 'not base64!'),
      }),
      { maxLength: 3 },
    ),
  };
  const right = Object.hasOwn(table, key) ? table[key] : undefined;
  return fc.oneof({ weight: 5, arbitrary: right ?? garbage }, { weight: 1, arbitrary: garbage });
}

const KEYS = [
  'id',
  'visitId',
  'guestId',
  'visit',
  'guest',
  'guestIds',
  'index',
  'language',
  'uiLanguage',
  'text',
  'statuses',
  'from',
  'to',
  'country',
  'files',
  'partner',
  'agreement',
  'fileName',
  'base64',
  'date',
];

/** Random input for a method: garbage, or an object with the method's own keys (some missing, some extra). */
function inputFor(method: MethodName): fc.Arbitrary<unknown> {
  const schema = contract[method].input;
  const own = schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
  const extras = [...KEYS.filter((k) => !own.includes(k)), '__proto__', 'constructor', 'toString'];
  const entries = fc
    .record({
      keys: fc.oneof({ weight: 4, arbitrary: fc.constant(own) }, { weight: 1, arbitrary: fc.subarray(own) }),
      extra: fc.oneof(
        { weight: 4, arbitrary: fc.constant(null) },
        { weight: 1, arbitrary: fc.constantFrom(...extras) },
      ),
    })
    .chain(({ keys, extra }) =>
      fc.tuple(
        ...[...keys, ...(extra === null ? [] : [extra])].map((k) => valueFor(k).map((v) => [k, v] as const)),
      ),
    )
    .map((pairs) => Object.fromEntries(pairs));
  return fc.oneof(
    { weight: 1, arbitrary: garbage },
    { weight: 4, arbitrary: entries },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        JSON.parse('{"__proto__": {"id": "x"}, "id": "x"}') as unknown,
        JSON.parse('{"visit": {"__proto__": {"title": "t"}}}') as unknown,
      ),
    },
  );
}

function expectWellFormed(result: Result<unknown>): void {
  expect(() => JSON.stringify(result)).not.toThrow();
  if (result.ok) return;
  expect(ERROR_CODES).toContain(result.error.code);
  expect(result.error.code, JSON.stringify(result.error)).not.toBe('internal');
  for (const field of result.error.fields ?? []) {
    expect(FIELD_ERROR_CODES).toContain(field.code);
    expect(typeof field.path).toBe('string');
  }
}

describe('dispatch of random input', () => {
  it.each(METHOD_NAMES)('to %s answers a Result with a known error code and never throws', async (method) => {
    await fc.assert(
      fc.asyncProperty(inputFor(method), async (raw) => {
        const result = await dispatch(handlers, method, raw);
        expectWellFormed(result);
        const key = result.ok ? 'ok' : result.error.code;
        tally.set(`${method} ${key}`, (tally.get(`${method} ${key}`) ?? 0) + 1);
      }),
      { numRuns: 50 },
    );
  });

  it('to a method name that is not in the contract answers unknownMethod', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'hasOwnProperty', 'visits.get ')),
        garbage,
        async (name, raw) => {
          fc.pre(!(METHOD_NAMES as string[]).includes(name));
          const result = await dispatch(handlers, name, raw);
          expect(result).toMatchObject({ ok: false, error: { code: 'unknownMethod' } });
        },
      ),
      { numRuns: 100 },
    );
  });

  it('reached past the schema into the handlers, not only into validation', () => {
    const answered = (code: string) =>
      [...tally].filter(([key]) => key.endsWith(` ${code}`)).reduce((n, [, c]) => n + c, 0);

    expect(answered('ok')).toBeGreaterThan(50);
    expect(answered('notFound')).toBeGreaterThan(20);
  });

  it('wrote nothing outside the data folder and the chosen folder, only safe names there, and only id-named documents inside it', async () => {
    // Closed first: the index of visits may be being rewritten (a temp file beside it) until the store lets go.
    await store.close();
    expect((await readdir(root)).sort()).toEqual(['data', 'saved']);
    for (const name of await readdir(join(root, 'saved'))) expect(safeFileName(name), name).toBe(name);
    const names = (await readdir(dataDir)).sort();
    // Signed copies of agreements (`attachments/`), written once one is attached, each named by its SHA-256.
    expect(names.filter((n) => n !== 'cache' && n !== 'attachments')).toEqual([
      'partners.json',
      'qonaq.json',
      'quarantine',
      'snapshots',
      'trash',
      'visits',
    ]);
    if (names.includes('attachments')) {
      for (const name of await readdir(join(dataDir, 'attachments'))) expect(name).toMatch(/^[0-9a-f]{64}$/);
    }
    // The index of visits, a cache written once there are visits (decision 0009).
    if (names.includes('cache')) expect(await readdir(join(dataDir, 'cache'))).toEqual(['visits.json']);
    for (const folder of ['visits', 'trash']) {
      for (const name of await readdir(join(dataDir, folder))) {
        expect(
          name.endsWith('.json') && idSchema.safeParse(name.slice(0, -5)).success,
          `${folder}/${name}`,
        ).toBe(true);
      }
    }
    expect(await readdir(join(dataDir, 'quarantine'))).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
