import { join } from 'node:path';
import { createHandlers } from '../../../src/core/api';
import type { RegisterEvent } from '../../../src/core/store/register-lines';
import { Store } from '../../../src/core/store/store';
import type { Handlers } from '../../../src/shared/contract';
import { office } from '../../unit/core/reports/fixture';

/** A data folder holding the hand-counted office of `fixture.ts`: its visits, partners, agreements and letters. */
export async function officeStore(root: string): Promise<{ store: Store; handlers: Handlers }> {
  const sources = office();
  const store = await Store.open(join(root, 'data'), { snapshotEveryMs: 0 });
  const handlers = createHandlers(store, {
    version: '0.0.0-test',
    host: { kind: 'browser' },
    now: () => new Date('2027-04-02T08:30:00Z'),
  });
  for (const visit of sources.visits) await store.saveVisit(visit.id, () => visit);
  await store.updatePartners(() => ({ doc: { ...sources.partners }, result: null }));
  const events: RegisterEvent[] = sources.letters.flatMap(({ voided, ...entry }): RegisterEvent[] => [
    {
      type: 'numbered',
      entry: { ...entry, revisions: [{ revision: 1, date: entry.date, issuedAt: entry.issuedAt }] },
    },
    ...(voided
      ? [
          {
            type: 'voided' as const,
            entryId: entry.id,
            reason: voided.reason,
            date: entry.date,
            at: voided.at,
          },
        ]
      : []),
  ]);
  await store.updateRegister(() => ({ events, result: null }));
  await handlers['institution.update']({
    institution: {
      name: {
        az: 'Bakı Dövlət Universiteti',
        en: 'Baku State University',
        ru: 'Бакинский государственный университет',
      },
      address: { az: 'Bakı', en: 'Baku', ru: 'Баку' },
      city: { az: '', en: '', ru: '' },
      phone: '',
      email: '',
      website: '',
      taxId: '',
      logo: null,
      signatories: [],
      outgoingNumber: { prefix: '', padding: 0, yearlyRestart: true, pattern: '{prefix}{n}/{year}' },
      verificationContact: { name: 'Nigar Əliyeva', phone: '+994 50 123 45 67', email: '' },
    },
  });
  return { store, handlers };
}
