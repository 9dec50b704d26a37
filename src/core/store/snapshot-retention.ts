import type { BackupInfo, BackupPolicy } from '../../shared/backups-contract';
import { todayInBaku } from '../../shared/dates';

/**
 * Which snapshots to keep: a thinned history rather than the newest few, so that a mistake noticed
 * after a week, or a month, can still be undone. Pure: given the snapshots, their files and the time,
 * it decides; `snapshots.ts` applies the decision to the folder.
 *
 * - every snapshot of the last `keepAllHours` hours;
 * - the newest snapshot of each of the last `dailyDays` days (Baku's calendar, today included);
 * - the newest snapshot of every month, for ever;
 * - all of that within a space budget: `budgetBytes`, or `budgetDataMultiple` times the size of the
 *   data (the newest snapshot) when that is more. Over budget, the oldest go first;
 * - whatever the budget: the newest snapshot, the one taken before the last restore or import (so that
 *   it can always be undone, however long ago it was), and any the caller protects (the one being
 *   restored).
 */
export type RetentionPolicy = BackupPolicy;

const MiB = 1024 * 1024;

/**
 * 500 MB is under half a percent of the smallest laptop disk sold today, and holds decades of monthly
 * copies of an office's data (a few MB of JSON; a snapshot copies only the files that changed since
 * the one before). Data grown large (many letterhead templates, years of visits) would fit only a
 * few copies in it, so the budget is at least five copies of the data.
 */
export const DEFAULT_RETENTION: RetentionPolicy = {
  keepAllHours: 24,
  dailyDays: 30,
  budgetBytes: 500 * MiB,
  budgetDataMultiple: 5,
};

/** One file on disk: snapshots that hard-link the same copy name the same `key`. */
export interface StoredFile {
  key: string;
  bytes: number;
}

export interface SnapshotFacts extends Pick<BackupInfo, 'id' | 'createdAt' | 'reason'> {
  files: readonly StoredFile[];
}

export interface RetentionDecision {
  /** Newest first. */
  keep: string[];
  remove: string[];
  /** Space the kept snapshots take together (a file shared by several counted once). */
  usedBytes: number;
  budgetBytes: number;
}

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

function newestFirst<T extends Pick<BackupInfo, 'id' | 'createdAt'>>(list: readonly T[]): T[] {
  return [...list].sort(
    (a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || (a.id < b.id ? 1 : -1),
  );
}

/** Space a set of snapshots takes: each file on disk counted once, however many snapshots link it. */
export function spaceOf(snapshots: readonly Pick<SnapshotFacts, 'files'>[]): number {
  const seen = new Map<string, number>();
  for (const snap of snapshots) for (const file of snap.files) seen.set(file.key, file.bytes);
  let total = 0;
  for (const bytes of seen.values()) total += bytes;
  return total;
}

/** The budget: the policy's bytes, or a multiple of the data's size (its newest snapshot) when more. */
export function budgetFor(policy: RetentionPolicy, snapshots: readonly SnapshotFacts[]): number {
  const [newest] = newestFirst(snapshots);
  const data = newest ? spaceOf([newest]) : 0;
  return Math.max(policy.budgetBytes, policy.budgetDataMultiple * data);
}

export function decideRetention(input: {
  snapshots: readonly SnapshotFacts[];
  /** The time the rules count back from. */
  now: Date;
  policy: RetentionPolicy;
  /** Ids kept whatever the rules and the budget say. */
  protect?: readonly string[];
}): RetentionDecision {
  const { now, policy } = input;
  const all = newestFirst(input.snapshots);
  const budgetBytes = budgetFor(policy, all);

  const protectedIds = new Set(input.protect ?? []);
  const [newest] = all;
  if (newest) protectedIds.add(newest.id);
  const undo = all.find((s) => s.reason === 'beforeRestore');
  if (undo) protectedIds.add(undo.id);

  // Newest first, so the first seen of a day or a month is its newest.
  const firstDay = todayInBaku(new Date(now.getTime() - (policy.dailyDays - 1) * DAY_MS));
  const days = new Set<string>();
  const months = new Set<string>();
  const wanted = new Set<string>();
  for (const snap of all) {
    const at = new Date(snap.createdAt);
    // A snapshot stamped after `now` (a clock set back) counts as recent: it is not thrown away for that.
    if (now.getTime() - at.getTime() < policy.keepAllHours * HOUR_MS) wanted.add(snap.id);
    const day = todayInBaku(at);
    const month = day.slice(0, 7);
    if (day >= firstDay && !days.has(day)) wanted.add(snap.id);
    if (!months.has(month)) wanted.add(snap.id);
    days.add(day);
    months.add(month);
  }

  // The protected first, whatever they take; then the wanted, newest first, until one does not fit:
  // a smaller older one is not kept in place of a newer one.
  const order = [
    ...all.filter((s) => protectedIds.has(s.id)),
    ...all.filter((s) => !protectedIds.has(s.id) && wanted.has(s.id)),
  ];
  const kept = new Set<string>();
  const files = new Map<string, number>();
  let usedBytes = 0;
  for (const snap of order) {
    const fresh = new Map<string, number>();
    for (const file of snap.files) if (!files.has(file.key)) fresh.set(file.key, file.bytes);
    let extra = 0;
    for (const bytes of fresh.values()) extra += bytes;
    if (!protectedIds.has(snap.id) && usedBytes + extra > budgetBytes) break;
    kept.add(snap.id);
    for (const [key, bytes] of fresh) files.set(key, bytes);
    usedBytes += extra;
  }
  return {
    keep: all.filter((s) => kept.has(s.id)).map((s) => s.id),
    remove: all.filter((s) => !kept.has(s.id)).map((s) => s.id),
    usedBytes,
    budgetBytes,
  };
}
