import type { Handlers } from '../../shared/contract';
import type { partnerMethods } from '../../shared/partners-contract';
import { todayInBaku } from '../../shared/dates';
import { AppError } from '../../shared/errors';
import { agreementInputSchema, partnerInputSchema } from '../../shared/partners';
import { formChanges } from '../form-changes';
import type { Store } from '../store/store';
import {
  deleteAgreement,
  requireAgreement,
  restoreAgreement,
  saveAgreement,
  setAttachment,
  signAgreement,
  unsignAgreement,
} from './agreements';
import { baseName, checkedAttachment } from './attachment';
import { partnerDetail } from './detail';
import { deletePartner, listPartners, restorePartner, savePartner } from './directory';
import { applyLinks, undoLinks } from './links';
import { proposeLinks } from './proposals';
import { renewals, renewalWindow } from './renewals';

type Group = Pick<Handlers, keyof typeof partnerMethods>;

/** The handlers of `partnerMethods` (contract: `src/shared/partners-contract.ts`). */
export function partnerHandlers(store: Store, now: () => Date): Group {
  const stamp = () => now().toISOString();
  const today = () => todayInBaku(now());
  const days = (asked?: number) => renewalWindow(asked, store.settings.renewalDays);
  return {
    'partners.list': async (query) => listPartners(store.partnersDoc, store.listVisits(), query, today()),
    'partners.get': async ({ id }) =>
      partnerDetail(
        store.partnersDoc,
        store.listVisits(),
        (await store.register()).entries,
        id,
        today(),
        days(),
      ),
    'partners.save': ({ id, partner, opened }) =>
      store.updatePartners((doc) => {
        const current = doc.partners.find((p) => p.id === id);
        const data = formChanges(partnerInputSchema, partner, opened, current, 'partner');
        return savePartner(doc, data, id, stamp());
      }),
    'partners.delete': ({ id }) => store.updatePartners((doc) => deletePartner(doc, id)),
    'partners.restore': ({ id }) => store.updatePartners((doc) => restorePartner(doc, id)),
    'partners.proposeLinks': async () => proposeLinks(store.listVisits(), store.partnersDoc.partners),
    'partners.applyLinks': ({ choices }) => applyLinks(store, choices, stamp()),
    'partners.undoLinks': ({ undo }) => undoLinks(store, undo, stamp()),
    'agreements.save': ({ id, agreement, opened }) =>
      store.updatePartners((doc) => {
        const current = doc.agreements.find((a) => a.id === id);
        const data = formChanges(agreementInputSchema, agreement, opened, current, 'agreement');
        return saveAgreement(doc, data, id, stamp());
      }),
    'agreements.delete': ({ id }) => store.updatePartners((doc) => deleteAgreement(doc, id)),
    'agreements.restore': ({ id }) => store.updatePartners((doc) => restoreAgreement(doc, id)),
    'agreements.attach': async ({ id, fileName, base64 }) => {
      requireAgreement(store.partnersDoc, id);
      const { bytes, mediaType } = checkedAttachment(base64);
      const sha256 = await store.putAttachment(bytes);
      const attachment = {
        fileName: baseName(fileName),
        sha256,
        size: bytes.byteLength,
        mediaType,
        addedAt: stamp(),
      };
      return store.updatePartners((doc) => setAttachment(doc, id, attachment, stamp()));
    },
    'agreements.detach': ({ id }) =>
      store.updatePartners((doc) => setAttachment(doc, id, undefined, stamp())),
    'agreements.file': async ({ id }) => {
      const { attachment } = requireAgreement(store.partnersDoc, id);
      if (!attachment) throw new AppError('notFound', { id, reason: 'attachment' });
      const bytes = await store.records.readFile(attachment.sha256);
      return { fileName: attachment.fileName, base64: bytes.toString('base64') };
    },
    'agreements.renewals': async (input) =>
      renewals(store.partnersDoc, input.today ?? today(), days(input.days)),
    'agreements.sign': ({ id, date }) => store.updatePartners((doc) => signAgreement(doc, id, date, stamp())),
    'agreements.unsign': ({ undo }) => store.updatePartners((doc) => unsignAgreement(doc, undo, stamp())),
  };
}
