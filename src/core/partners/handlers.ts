import type { Handlers } from '../../shared/contract';
import type { partnerMethods } from '../../shared/partners-contract';
import { AppError } from '../../shared/errors';
import type { Store } from '../store/store';

type Group = Pick<Handlers, keyof typeof partnerMethods>;

/** The handlers of `partnerMethods` (contract: `src/shared/partners-contract.ts`). */
export function partnerHandlers(store: Store, now: () => Date): Group {
  void store;
  void now;
  const todo = async (): Promise<never> => {
    throw new AppError('unsupported');
  };
  return new Proxy({} as Group, { get: () => todo });
}
