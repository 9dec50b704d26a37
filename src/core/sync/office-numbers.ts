import { AppError } from '../../shared/errors';
import type { RegisterView } from '../store/register-state';
import type { CouchClient } from './couch';

/**
 * Letter numbers across the office (decision 0017, "numbers only online"): while office sharing is on,
 * the running number of each counter (`"2026"`, `"all"`) is taken from a document on the office server,
 * `counter:<key>`, written with its revision, so that two laptops never take the same number; a write
 * refused as based on an old revision (another laptop took numbers meanwhile) is read and tried again.
 * The laptop's own register still records every letter and never goes back.
 */

export interface OfficeNumbers {
  /**
   * Reserves `count` numbers of counter `key` (none: only makes sure the office's counter is at least
   * `local`): answers the last number taken before them, or undefined while office sharing is off.
   * Refused with `letterNeedsOffice` when the server cannot be reached.
   */
  reserve(key: string, local: number, count: number): Promise<number | undefined>;
}

const ATTEMPTS = 20;
const COUNTER_PREFIX = 'counter:';

/** Takes `count` numbers after `max(office, local)` from the office's counter `key`; answers that floor. */
export async function reserveNumbers(
  client: CouchClient,
  key: string,
  local: number,
  count: number,
): Promise<number> {
  const id = `${COUNTER_PREFIX}${key}`;
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    const doc = await client.get(id);
    const last = typeof doc?.last === 'number' ? doc.last : 0;
    const floor = Math.max(last, local);
    if (count === 0 && last >= local) return floor;
    const [answer] = await client.bulkDocs([
      { _id: id, ...(doc?._rev ? { _rev: doc._rev } : {}), type: 'counter', key, last: floor + count },
    ]);
    if (answer?.ok) return floor;
    if (answer?.error === 'forbidden') throw new AppError('syncUnauthorized');
  }
  throw new AppError('syncServer', { status: 409 });
}

/**
 * The register a batch of `count` new letters is numbered from: the laptop's own, with counter `key`
 * moved on to the office's (the numbers before it are another laptop's). The register itself unchanged
 * while office sharing is off.
 */
export async function officeRegister(
  register: RegisterView,
  office: OfficeNumbers | undefined,
  key: string,
  count: number,
): Promise<Pick<RegisterView, 'counter' | 'isTaken' | 'find'>> {
  let floor: number | undefined;
  try {
    floor = await office?.reserve(key, register.counter(key), count);
  } catch (error) {
    if (error instanceof AppError && error.code === 'syncOffline') throw new AppError('letterNeedsOffice');
    throw error;
  }
  if (floor === undefined) return register;
  const taken = floor;
  return {
    counter: (k) => (k === key ? Math.max(register.counter(k), taken) : register.counter(k)),
    isTaken: (number) => register.isTaken(number),
    find: (id) => register.find(id),
  };
}
