import type { Handlers } from '../../shared/contract';
import type { reportMethods } from '../../shared/reports';
import { AppError } from '../../shared/errors';
import type { Store } from '../store/store';

type Group = Pick<Handlers, keyof typeof reportMethods>;

/** The handlers of `reportMethods` (contract: `src/shared/reports.ts`). */
export function reportHandlers(store: Store, now: () => Date): Group {
  void store;
  void now;
  const todo = async (): Promise<never> => {
    throw new AppError('unsupported');
  };
  return new Proxy({} as Group, { get: () => todo });
}
