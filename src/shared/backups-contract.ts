import { z } from 'zod';
import { idSchema, method, none } from './contract-method';

/** Backups of the data folder, and the whole data as one archive to move to another laptop. */

export interface BackupInfo {
  id: string;
  createdAt: string;
  reason: 'start' | 'manual' | 'periodic' | 'beforeRestore';
  visitCount: number;
}

/** Which backups are kept (see `core/store/snapshot-retention.ts`). */
export interface BackupPolicy {
  /** Every backup of this many last hours. */
  keepAllHours: number;
  /** The newest backup of each of this many last days; beyond them, the newest of each month. */
  dailyDays: number;
  /** The space backups may take, at least. */
  budgetBytes: number;
  /** ... or this many times the size of the data, when that is more. */
  budgetDataMultiple: number;
}

export interface BackupSpace {
  policy: BackupPolicy;
  /** What the backups take on disk now, a file shared by several counted once. */
  usedBytes: number;
  /** The budget in force for the data as it is now. */
  budgetBytes: number;
}

export const backupMethods = {
  'backups.list': method<BackupInfo[]>()(none),
  'backups.space': method<BackupSpace>()(none),
  'backups.create': method<BackupInfo>()(none),
  'backups.restore': method<BackupInfo>()(z.strictObject({ id: idSchema })),
  /** All data as one file, for moving to another laptop. */
  'backups.exportArchive': method<{ fileName: string; base64: string }>()(none),
  'backups.importArchive': method<{ visitCount: number }>()(
    z.strictObject({
      base64: z
        .string()
        .min(1)
        .max(300 * 1024 * 1024),
    }),
  ),
} as const;
