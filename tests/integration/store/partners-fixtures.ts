import { createHash } from 'node:crypto';
import {
  agreementInputSchema,
  partnerInputSchema,
  type Agreement,
  type Attachment,
  type Partner,
  type PartnersDoc,
} from '../../../src/shared/partners';
import type { Store } from '../../../src/core/store/store';

const at = '2026-03-01T09:00:00.000Z';

/** A partner as the store keeps it; the names are written here by hand, in their own scripts. */
export function partner(n: number): Partner {
  return {
    ...partnerInputSchema.parse({
      officialName: `Ankara Üniversitesi ${n}`,
      names: {
        az: `Ankara Universiteti ${n}`,
        en: `Ankara University ${n}`,
        ru: `Анкарский университет ${n}`,
      },
      shortName: `AU${n}`,
      country: 'TR',
      city: 'Ankara',
      website: `https://www.ankara${n}.edu.tr`,
      contacts: [
        {
          name: 'Ayşe Öztürk',
          position: 'Dış İlişkiler Ofisi',
          email: `ayse${n}@ankara.edu.tr`,
          language: 'en',
        },
      ],
      notes: 'Erasmus+ KA171 tərəfdaşı; hər il iki müəllim mübadiləsi.',
    }),
    id: `partner${n}`,
    createdAt: at,
    updatedAt: at,
  };
}

export function agreement(n: number, partnerId: string, attachment?: Attachment): Agreement {
  return {
    ...agreementInputSchema.parse({
      partnerId,
      kind: 'mou',
      title: {
        az: `Anlaşma memorandumu ${n}`,
        en: `Memorandum of understanding ${n}`,
        ru: `Меморандум о взаимопонимании ${n}`,
      },
      status: 'signed',
      signedDate: '2025-05-12',
      validFrom: '2025-05-12',
      validTo: '2030-05-11',
      hostSignatories: [{ name: 'Elçin Babayev', position: 'Rektor' }],
      partnerSignatories: [{ name: 'Necdet Ünüvar', position: 'Rektör' }],
      units: ['Beynəlxalq əlaqələr şöbəsi'],
      provisions: ['staffExchange', 'studentExchange'],
    }),
    id: `agreement${n}`,
    ...(attachment ? { attachment } : {}),
    createdAt: at,
    updatedAt: at,
  };
}

/** Bytes that stand for a signed scan: `size` bytes, different for each `seed`. */
export function scan(size: number, seed: number): Buffer {
  const bytes = Buffer.alloc(size);
  let x = seed * 2654435761 + 1;
  for (let i = 0; i < size; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    bytes[i] = x >>> 24;
  }
  bytes.write('%PDF-1.7\n', 0, 'latin1');
  return bytes;
}

export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

export function attachmentOf(bytes: Buffer, fileName = 'signed.pdf'): Attachment {
  return {
    fileName,
    sha256: sha256(bytes),
    size: bytes.byteLength,
    mediaType: 'application/pdf',
    addedAt: at,
  };
}

/** Adds partners and agreements through the store, as the partners service does. */
export function addToDirectory(
  store: Store,
  partners: Partner[],
  agreements: Agreement[],
): Promise<PartnersDoc> {
  return store.updatePartners((doc) => {
    const next = {
      ...doc,
      partners: [...doc.partners, ...partners],
      agreements: [...doc.agreements, ...agreements],
    };
    return { doc: next, result: next };
  });
}
