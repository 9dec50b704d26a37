import { join } from 'node:path';
import { createHandlers } from '../../src/core/api';
import { dispatch } from '../../src/core/dispatch';
import { Store } from '../../src/core/store/store';
import type { Handlers, MethodInput, MethodName, MethodOutput } from '../../src/shared/contract';
import type { AppErrorData } from '../../src/shared/errors';
import type { Agreement, Partner } from '../../src/shared/partners';

/** A store in a fresh folder and the app's handlers over it, its clock at `now` (changeable). */
export async function reportCore(root: string, now = { value: new Date('2026-05-20T08:00:00Z') }) {
  const store = await Store.open(join(root, 'data'), { snapshotEveryMs: 0 });
  const handlers: Handlers = createHandlers(store, {
    version: '0.0.0-test',
    host: { kind: 'browser' },
    now: () => now.value,
  });
  /** A method called as the page calls it: its input parsed by the contract first. */
  async function call<M extends MethodName>(name: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
    const result = await dispatch(handlers, name, input);
    if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`);
    return result.value as MethodOutput<M>;
  }
  /** The refusal of a call that must fail. */
  async function refusal<M extends MethodName>(name: M, input: MethodInput<M>): Promise<AppErrorData> {
    const result = await dispatch(handlers, name, input);
    if (result.ok) throw new Error(`${name} was expected to fail`);
    return result.error;
  }
  return { store, call, refusal, now };
}

const STAMP = '2026-01-10T10:00:00.000Z';

/** Puts a partner and its agreement straight into partners.json, as the partners page would. */
export async function addPartnerAndAgreement(
  store: Store,
  partner: Pick<Partner, 'id' | 'officialName' | 'names'>,
  agreement: Pick<Agreement, 'id' | 'title' | 'signedDate'>,
): Promise<void> {
  await store.updatePartners((doc) => ({
    doc: {
      ...doc,
      partners: [
        ...doc.partners,
        {
          ...partner,
          shortName: '',
          country: '',
          city: '',
          kind: 'university',
          website: '',
          contacts: [],
          notes: '',
          createdAt: STAMP,
          updatedAt: STAMP,
        },
      ],
      agreements: [
        ...doc.agreements,
        {
          ...agreement,
          partnerId: partner.id,
          kind: 'mou',
          status: 'signed',
          validFrom: agreement.signedDate,
          validTo: '',
          autoRenewal: false,
          hostSignatories: [],
          partnerSignatories: [],
          units: [],
          provisions: [],
          notes: '',
          createdAt: STAMP,
          updatedAt: STAMP,
        },
      ],
    },
    result: undefined,
  }));
}
