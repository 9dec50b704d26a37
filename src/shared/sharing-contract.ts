import { z } from 'zod';
import { idSchema, method, none } from './contract-method';
import type { VisitDetail } from './visits-contract';
import type { SyncConflict } from './sync-conflicts';
import type { AppErrorData } from './errors';
import { fieldError } from './validation';

/**
 * Office sharing (decision 0017): this laptop's visits kept in step with the office's CouchDB
 * database. Every method answers the sharing's state as the app frame and Settings show it.
 */

export const SHARING_STATES = ['off', 'synced', 'syncing', 'offline', 'signIn', 'failed'] as const;
export type SharingState = (typeof SHARING_STATES)[number];

export interface SharingStatus {
  state: SharingState;
  /** The office database's address, when sharing is on. */
  url?: string;
  username?: string;
  /**
   * While sharing is on: whether the officer's user may change the office's data, or only read it
   * (the role `qonaq-reader`), in which case every change but this computer's settings is refused.
   */
  access?: 'read' | 'write';
  /** Visits changed here and not yet on the server. */
  pending: number;
  /** Visits the server refused to take in the last exchange: this user may read there, not write. */
  refused: number;
  /** Visits on the server a newer Qonaq wrote, which this version leaves as they are: update Qonaq. */
  unreadable: number;
  /** Visits taken from the server since the app started: when it grows, what the page shows is out of date. */
  received: number;
  /** Fields two officers changed differently, kept on the visits for the officer to settle. */
  conflicts: number;
  /** The visits that carry them, for a link to each. */
  conflictVisits: Array<{ id: string; title: string }>;
  /** Conflicts in the office's partners, agreements, hotels and institution, kept on this laptop. */
  recordConflicts: RecordConflictView[];
  /** When the last exchange with the server ended well. */
  lastSyncAt?: string;
  /** Since when the server could not be reached, while `offline`. */
  offlineSince?: string;
  /** While `syncing`: the visits sent and taken so far in this exchange (the first can be long). */
  progress?: { sent: number; received: number };
  /** Why the last exchange failed, while `failed` or `signIn`. */
  error?: AppErrorData;
}

/** The kinds of records shared besides the visits. */
export const RECORD_KINDS = ['partner', 'agreement', 'hotel', 'institution'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** A partner, an agreement, a hotel or the institution with the conflicts met on it. */
export interface RecordConflictView {
  /** Its document on the server: `partner:<id>`, `agreement:<id>`, `hotel:<id>` or `institution`. */
  docId: string;
  kind: RecordKind;
  /** Its name as stored when the conflict was met. */
  label: string;
  conflicts: SyncConflict[];
}

/** A conflict settled: the visit as it now is, or gone to the trash when the deletion was chosen. */
export type ResolvedConflict = { deleted: true } | { deleted: false; visit: VisitDetail };

/** The longest server address and user name taken. */
export const SHARING_URL_MAX = 500;
export const SHARING_NAME_MAX = 200;

export const sharingMethods = {
  'sharing.status': method<SharingStatus>()(none),
  /**
   * Signs in to the office database (the address of the database itself, https unless the server is
   * this computer) and starts sharing: answers once signed in, with the first exchange under way. Refused with
   * `syncUnauthorized`, `syncOffline`, `syncInsecure`, `syncNoDatabase` or `syncServer`, and nothing is changed.
   */
  'sharing.connect': method<SharingStatus>()(
    z.strictObject({
      url: z
        .string(fieldError('invalid'))
        .trim()
        .min(1, fieldError('required'))
        .max(SHARING_URL_MAX, fieldError('tooLong'))
        .refine((v) => URL.canParse(v) && /^https?:$/.test(new URL(v).protocol), fieldError('invalid')),
      username: z
        .string(fieldError('invalid'))
        .trim()
        .min(1, fieldError('required'))
        .max(SHARING_NAME_MAX, fieldError('tooLong')),
      password: z.string(fieldError('invalid')).max(SHARING_NAME_MAX, fieldError('tooLong')),
    }),
  ),
  /** An exchange now, rather than at the next turn. */
  'sharing.syncNow': method<SharingStatus>()(none),
  /** Stops sharing: the visits on this laptop stay as they are; the server is forgotten. */
  'sharing.disconnect': method<SharingStatus>()(none),
  /** Settles one conflict of a visit with the value of this laptop (`mine`) or of the server (`theirs`). */
  'visits.resolveConflict': method<ResolvedConflict>()(
    z.strictObject({
      id: idSchema,
      path: z.string().min(1).max(300),
      choice: z.enum(['mine', 'theirs']),
    }),
  ),
  /** Settles one conflict of a partner, an agreement, a hotel or the institution, as for a visit. */
  'sharing.resolveRecordConflict': method<SharingStatus>()(
    z.strictObject({
      docId: z.string().min(1).max(300),
      path: z.string().min(1).max(300),
      choice: z.enum(['mine', 'theirs']),
    }),
  ),
} as const;
