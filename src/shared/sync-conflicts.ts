import { z } from 'zod';

/**
 * A field two officers changed differently while apart (decision 0017). The visit keeps the value the
 * office server had (`theirs`) and the conflict keeps both, with who changed each and when, until an
 * officer settles it with one of the two (`visits.resolveConflict`). Nothing either saved is dropped.
 */

/** Conflicts a visit keeps at most; a visit with more is settled whole (`VISIT_PATH`). */
export const SYNC_CONFLICTS_MAX = 200;
/** Values of a field kept beyond the two, when three or more officers changed it apart. */
export const SYNC_CONFLICT_OTHERS_MAX = 20;

/**
 * Where a conflict is: the field's names from the visit down, a list's item named by its id
 * (`guests.<id>.surname`); `deleted` for the visit deleted on one side and changed on the other;
 * `visit` for two versions that could not be merged field by field.
 */
export const DELETED_PATH = 'deleted';
export const VISIT_PATH = 'visit';
/** Of a partner, an agreement, a hotel or the institution: two versions that could not be merged field by field. */
export const RECORD_PATH = 'record';

export const syncConflictSchema = z.object({
  path: z.string().min(1).max(300),
  /** What the field belongs to, as stored: a guest's name, a programme item's title, the visit's title. */
  label: z.string().max(300).optional(),
  /** The value on this laptop, and on the server; absent where that side has none (it removed it). */
  mine: z.json().optional(),
  theirs: z.json().optional(),
  mineBy: z.string().max(200).optional(),
  mineAt: z.iso.datetime().optional(),
  theirsBy: z.string().max(200).optional(),
  theirsAt: z.iso.datetime().optional(),
  /** When the two versions met. */
  at: z.iso.datetime(),
  /** Further values of the same field, when more than two officers changed it apart. */
  others: z
    .array(
      z.object({
        value: z.json().optional(),
        by: z.string().max(200).optional(),
        at: z.iso.datetime().optional(),
      }),
    )
    .max(SYNC_CONFLICT_OTHERS_MAX)
    .optional(),
});
export type SyncConflict = z.output<typeof syncConflictSchema>;
