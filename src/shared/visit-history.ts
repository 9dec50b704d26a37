import { z } from 'zod';

/**
 * Who changed what on a visit (docs/decisions/0029-visit-history.md). Each change the store writes
 * appends one entry: who, when, and what changed, kept structured (kind, action, label, field names)
 * so that the UI says it in its language. Labels (a guest's name, a programme item's title) are kept
 * as they were stored, never translated.
 */

export const HISTORY_KINDS = [
  'visit',
  'guest',
  'transfer',
  'item',
  'stay',
  'roomBlock',
  'report',
  'partners',
] as const;
export type HistoryKind = (typeof HISTORY_KINDS)[number];

export const HISTORY_ACTIONS = [
  'created',
  'changed',
  'added',
  'removed',
  'reordered',
  'deleted',
  'restored',
] as const;
export type HistoryAction = (typeof HISTORY_ACTIONS)[number];

/** The newest entries a visit keeps; older ones are let go as new ones come. */
export const HISTORY_MAX_ENTRIES = 50;
/** The changes one entry lists; an import of hundreds of guests says how many more there were. */
export const HISTORY_MAX_CHANGES = 20;

export const historyChangeSchema = z.object({
  kind: z.enum(HISTORY_KINDS),
  action: z.enum(HISTORY_ACTIONS),
  /** What the change concerns, as stored: a guest's name, a programme item's title. */
  label: z.string().max(300).optional(),
  /** The stored names of the fields that changed (`title`, `startTime`), for an action `changed`. */
  fields: z.array(z.string().max(60)).max(60).optional(),
});
export type HistoryChange = z.output<typeof historyChangeSchema>;

export const historyEntrySchema = z.object({
  at: z.iso.datetime(),
  /** The officer's name as set in Settings, or the system account's name (`account`). */
  by: z.string().max(200),
  /** True when no name was set in Settings and `by` is the operating system account's. */
  account: z.boolean().optional(),
  changes: z.array(historyChangeSchema).max(HISTORY_MAX_CHANGES),
  /** How many changes were left out of `changes` (an import of many guests). */
  more: z.number().int().positive().optional(),
});
export type HistoryEntry = z.output<typeof historyEntrySchema>;

/** Who signs a change: the officer's name, or the system account's when none is set. */
export interface Signer {
  by: string;
  account: boolean;
}

/** How a stored visit carries who changed it last and its history; all absent on visits from before. */
export const changeMetadataShape = {
  changedBy: z.string().max(200).optional(),
  changedAt: z.iso.datetime().optional(),
  history: z.array(historyEntrySchema).max(HISTORY_MAX_ENTRIES).optional(),
};
