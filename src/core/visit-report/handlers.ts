import type { Handlers } from '../../shared/contract';
import type { visitReportMethods } from '../../shared/visit-report';
import { AppError } from '../../shared/errors';
import type { Store } from '../store/store';

type Group = Pick<Handlers, keyof typeof visitReportMethods>;

/** The handlers of `visitReportMethods` (contract: `src/shared/visit-report.ts`). */
export function visitReportHandlers(store: Store, now: () => Date): Group {
  void store;
  void now;
  const todo = async (): Promise<never> => {
    throw new AppError('unsupported');
  };
  return new Proxy({} as Group, { get: () => todo });
}
