import { AppError } from '../../shared/errors';

/**
 * Numbered, append-only changes to the layout of stored documents. Each document records the last
 * one applied in `schemaVersion`; a document from a newer app (a higher number) is refused.
 * Never edit or reorder an entry: add a new one, with its own test.
 */
export interface Migration {
  id: number;
  description: string;
  up: (doc: Record<string, unknown>) => Record<string, unknown>;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    id: 1,
    description: 'Documents written before versioning get schemaVersion 1; their content is unchanged.',
    up: (doc) => doc,
  },
  {
    id: 2,
    description:
      'The shared document gets the institution (not yet set) and an empty letter register; visit documents are unchanged.',
    // Only the shared document holds `settings`; every other document passes through as it is.
    up: (doc) =>
      'settings' in doc
        ? {
            ...doc,
            institution: doc.institution ?? null,
            register: doc.register ?? { entries: [], counters: {} },
          }
        : doc,
  },
  {
    id: 3,
    description:
      'The shared document gets an empty hotel directory; visit documents get an empty list of stays.',
    up: (doc) => {
      if ('settings' in doc) return { ...doc, hotels: doc.hotels ?? [] };
      const visit = doc.visit;
      if (typeof visit === 'object' && visit !== null && !Array.isArray(visit)) {
        return { ...doc, visit: { stays: [], ...visit } };
      }
      return doc;
    },
  },
  {
    id: 4,
    description:
      "Visit documents get an empty programme and no rooms held; guests' journeys get a mode, terminal and pickup (empty).",
    up: (doc) => {
      const visit = doc.visit;
      if (typeof visit !== 'object' || visit === null || Array.isArray(visit)) return doc;
      const v = visit as Record<string, unknown>;
      const legOf = (leg: unknown) =>
        typeof leg === 'object' && leg !== null && !Array.isArray(leg)
          ? {
              mode: 'flight',
              terminal: '',
              pickup: { vehicle: '', driver: '', escort: '', leaveAt: '' },
              ...leg,
            }
          : leg;
      const guests = Array.isArray(v.guests)
        ? v.guests.map((g: unknown) =>
            typeof g === 'object' && g !== null && !Array.isArray(g)
              ? {
                  ...g,
                  arrival: legOf((g as Record<string, unknown>).arrival),
                  departure: legOf((g as Record<string, unknown>).departure),
                }
              : g,
          )
        : v.guests;
      return { ...doc, visit: { programme: [], roomBlocks: [], ...v, guests } };
    },
  },
  {
    id: 5,
    description:
      'The letter register leaves the shared document for append-only logs, register/YYYY.jsonl. This step leaves ' +
      'the document as it is: the store writes the log first and then the document without its register, so a ' +
      'crash between the two leaves both, and the next load unites them by entry id (see `register-log.ts`).',
    up: (doc) => doc,
  },
  {
    id: 6,
    description:
      'Texts in each document language: visits, guests, programme items, hotels and the verification contact may ' +
      'carry `lang` and `translations`; guests a place of birth and home address; the institution its VÖEN. ' +
      'Every new field is optional or has a default, so content is unchanged: the number is raised so that an ' +
      'older Qonaq, which would not know these fields, refuses the folder instead of setting its files aside.',
    up: (doc) => doc,
  },
  {
    id: 7,
    description:
      'Partners and agreements: a visit may link to partners (`partnerIds`) and carry its report (outcomes and ' +
      'follow-ups), a programme item may name the agreement it signs, and `partners.json` and `attachments/` sit ' +
      'beside the visits. Content is unchanged; the number is raised so that an older Qonaq, which would drop ' +
      'these fields when it saves a visit, refuses the folder instead.',
    up: (doc) => doc,
  },
  {
    id: 8,
    description:
      'Who changed what: a visit may carry `changedBy`, `changedAt` and its `history` (the last changes, who, ' +
      "when, what), partners and agreements `changedBy` and `changedAt`, and the settings the officer's name " +
      'that signs them. A visit from before has none and ' +
      'gets none until its next change, so content is unchanged; the number is raised so that an older Qonaq, ' +
      'which would drop the history when it saves a visit, refuses the folder instead.',
    up: (doc) => doc,
  },
  {
    id: 9,
    description:
      "Office sharing: a visit may carry `syncConflicts` (two officers' values of a field, to settle), hotels " +
      'and the institution `changedBy` and `changedAt`. Content is unchanged; the number is raised so that an ' +
      'older Qonaq, which would drop the conflicts when it saves a visit and cannot read the institution, ' +
      'refuses the folder instead.',
    up: (doc) => doc,
  },
];

export const SCHEMA_VERSION = MIGRATIONS.length;

export class NotADocumentError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'NotADocumentError';
  }
}

/** Brings a parsed document up to `SCHEMA_VERSION`; refuses one from a newer version. */
export function migrate(
  raw: unknown,
  migrations: readonly Migration[] = MIGRATIONS,
): { doc: Record<string, unknown>; from: number } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new NotADocumentError('notAnObject');
  const latest = migrations.length;
  const version = 'schemaVersion' in raw ? raw.schemaVersion : 0;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    throw new NotADocumentError('badSchemaVersion');
  }
  if (version > latest) throw new AppError('storeNewerVersion', { found: version, supported: latest });
  let doc = { ...(raw as Record<string, unknown>) };
  for (const migration of migrations.slice(version)) {
    doc = { ...migration.up(doc), schemaVersion: migration.id };
  }
  return { doc, from: version };
}
