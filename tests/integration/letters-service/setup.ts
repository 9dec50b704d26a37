import { createHandlers, type Host } from '../../../src/core/api';
import { dispatch } from '../../../src/core/dispatch';
import { Store } from '../../../src/core/store/store';
import type { Handlers, MethodInput, MethodName, MethodOutput } from '../../../src/shared/contract';
import type { GuestInput, VisitInput } from '../../../src/shared/domain';
import type { AppErrorData, Result } from '../../../src/shared/errors';
import type { Language } from '../../../src/shared/languages';
import type { LetterKind, LetterRequest } from '../../../src/shared/letters';
import { visitInput } from '../../support/builders';
import { tempDirs } from '../../support/temp-dir';
import { sampleGuest, sampleInstitution } from '../../unit/letters/fixtures';

/**
 * A core over a real store in a temp folder, called through `dispatch` as both hosts call it, with
 * a clock the test can move. Each test file makes its own with `letterCores()`.
 */

export const OCTOBER_15 = new Date('2026-10-15T08:00:00Z');

export interface Core {
  dataDir: string;
  store: Store;
  handlers: Handlers;
  clock: { now: Date };
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<Result<MethodOutput<M>>>;
  ok<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  fails<M extends MethodName>(method: M, input: MethodInput<M>): Promise<AppErrorData>;
}

export function letterCores(prefix = 'qonaq-letters-') {
  const dirs = tempDirs(prefix);
  const stores: Store[] = [];

  async function open(options: { dataDir?: string; host?: Host; now?: Date } = {}): Promise<Core> {
    const dataDir = options.dataDir ?? (await dirs.make());
    const store = await Store.open(dataDir, { snapshotEveryMs: 0 });
    stores.push(store);
    const clock = { now: options.now ?? OCTOBER_15 };
    const handlers = createHandlers(store, {
      version: 'test',
      host: options.host ?? { kind: 'browser' },
      now: () => clock.now,
    });
    const call = async <M extends MethodName>(method: M, input: MethodInput<M>) =>
      (await dispatch(handlers, method, input)) as Result<MethodOutput<M>>;
    return {
      dataDir,
      store,
      handlers,
      clock,
      call,
      async ok(method, input) {
        const result = await call(method, input);
        if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
        return result.value;
      },
      async fails(method, input) {
        const result = await call(method, input);
        if (result.ok) throw new Error(`${method} succeeded, expected a failure`);
        return result.error;
      },
    };
  }

  async function closeAll(): Promise<void> {
    await Promise.all(stores.splice(0).map((s) => s.close()));
  }

  return {
    open,
    closeAll,
    async cleanUp() {
      await closeAll();
      await dirs.removeAll();
    },
    makeDir: () => dirs.make(),
  };
}

/** A visit in late November, as the letters tests use it. */
export function letterVisit(overrides: Partial<VisitInput> = {}): VisitInput {
  return visitInput({
    title: 'Ankara University delegation visit',
    partnerName: 'Ankara University',
    purpose: 'talks on joint master’s programmes',
    lang: 'en',
    translations: {
      az: {
        title: 'Ankara Universitetinin nümayəndə heyətinin səfəri',
        partnerName: 'Ankara Universiteti',
        purpose: 'birgə magistr proqramları üzrə danışıqlar',
      },
      ru: {
        title: 'Визит делегации Анкарского университета',
        partnerName: 'Анкарский университет',
        purpose: 'переговоры о совместных магистерских программах',
      },
    },
    arrivalDate: '2026-11-24',
    departureDate: '2026-11-28',
    ...overrides,
  });
}

/** A visit in late November with one guest whose passport data is complete; answers their ids. */
export async function visitWithGuest(
  core: Core,
  guest: Partial<GuestInput> = {},
): Promise<{ visitId: string; guestId: string }> {
  const { visit } = await core.ok('visits.create', { visit: letterVisit() });
  const { visit: withGuest } = await core.ok('guests.add', {
    visitId: visit.id,
    guest: { ...sampleGuest(), ...guest },
  });
  const added = withGuest.guests[withGuest.guests.length - 1];
  if (!added) throw new Error('no guest added');
  return { visitId: visit.id, guestId: added.id };
}

export async function setUpInstitution(
  core: Core,
  outgoingNumber?: Partial<ReturnType<typeof sampleInstitution>['outgoingNumber']>,
): Promise<void> {
  const institution = sampleInstitution();
  await core.ok('institution.update', {
    institution: { ...institution, outgoingNumber: { ...institution.outgoingNumber, ...outgoingNumber } },
  });
}

export function letterRequest(
  ids: { visitId: string; guestId: string },
  language: Language = 'en',
  kind: LetterKind = 'visaInvitation',
  overrides: Partial<LetterRequest> = {},
): LetterRequest {
  return {
    ...ids,
    kind,
    language,
    signatoryId: 'vice-rector',
    addressee: { kind: 'toWhomItMayConcern' },
    options: {
      cities: 'Baku and Ganja',
      accommodation: 'Hotel Qafqaz, 12 Neftchilar Avenue, Baku',
      costs: [
        { item: 'accommodation', payer: 'host' },
        { item: 'internationalTravel', payer: 'partner' },
      ],
    },
    highlights: ['Meeting with the Rector'],
    ...overrides,
  };
}

export const docx = (base64: string): Buffer => Buffer.from(base64, 'base64');
