import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { sharedDocSchema, visitDocSchema, type SharedDoc, type VisitDoc } from './documents';
import { idOfFile, visitFile, VISITS } from './index-writer';
import { listDocuments, quarantine, readDocument, recoverDocument, type RecoveryContext } from './recovery';
import { removeAttachmentTemps } from './attachments';
import { readPartners, repairPartners } from './partners-room';
import type { PartnersDoc } from '../../shared/partners';
import { errorCode } from '../../shared/error-code';
import { finishPendingReplace } from './replace';
import { listSnapshots, snapshotPath } from './snapshots';
import {
  readVisitFiles,
  readVisitIndex,
  stampOfPath,
  stampsOf,
  visitListing,
  type VisitIndex,
  type VisitListing,
  type VisitRead,
} from './visit-index';

export const SHARED_FILE = 'qonaq.json';
export const TRASH = 'trash';

/** Visits read, by id, with what the list shows of each. */
export interface LoadedVisits {
  docs: Map<string, VisitDoc>;
  listing: Map<string, VisitListing>;
  /** Whether the index of visits should be rewritten. */
  indexDirty: boolean;
}

export interface LoadedFolder extends LoadedVisits {
  /** The shared document; null for a new folder, or one whose document no snapshot could give back (the caller writes the default). */
  shared: SharedDoc | null;
  /** The partners document (`partners-room.ts`); null for a folder that never had one. */
  partners: PartnersDoc | null;
  /** Visit files the index vouched for, listed but still to read (`loadRest`). */
  rest: string[];
}

function sameListing(a: VisitListing, b: VisitListing): boolean {
  return (
    a.stamp === b.stamp &&
    a.search === b.search &&
    a.countries.join() === b.countries.join() &&
    (Object.keys(b.summary) as (keyof typeof b.summary)[]).every((key) => a.summary[key] === b.summary[key])
  );
}

/**
 * Reads the folder: finishes an import or restore a crash interrupted, reads the shared document, the
 * partners document (`repairPartners`), the index of visits, and the visit files the index cannot vouch for. A visit file the index or the newest
 * snapshot knows, that is neither in `visits/` nor in `trash/`, has gone missing: it is put back from
 * the snapshots and the user told. Without `useIndex` every file is read.
 */
export async function loadFolder(ctx: RecoveryContext, useIndex: boolean): Promise<LoadedFolder> {
  // A replace a crash interrupted is finished on the next start where the folder can be written.
  if (!ctx.readOnly) {
    await finishPendingReplace(ctx);
    await removeAttachmentTemps(ctx.dataDir);
  }
  await listDocuments(ctx.dataDir);
  const folder = join(ctx.dataDir, VISITS);
  const index = useIndex ? await readVisitIndex(ctx.dataDir) : null;
  const { trusted, folderUnchanged } = index
    ? await trustedEntries(folder, index)
    : { trusted: new Map<string, VisitListing>(), folderUnchanged: false };
  // The folder is always listed: an index must never hide a file it does not know.
  const onDisk = await listDocuments(folder).catch((error: unknown) => {
    // A read-only folder may lack the sub-folders a writable one has made.
    if (ctx.readOnly && errorCode(error) === 'ENOENT') return [];
    throw error;
  });
  const missing = folderUnchanged ? [] : await missingVisits(ctx, index, new Set(onDisk));
  const stale = [...onDisk, ...missing].filter((name) => !trusted.has(name));

  // Everything is read before anything is repaired, so that a document from a newer version
  // stops the load with nothing moved or written.
  const sharedRead = await readDocument(ctx, SHARED_FILE, sharedDocSchema);
  const partnersRead = await readPartners(ctx);
  const reads = await readVisitFiles(folder, stale);

  const hadData = async () => onDisk.length > 0 || (await listSnapshots(ctx.dataDir)).length > 0;
  const shared =
    sharedRead.doc ??
    (sharedRead.damaged || (await hadData())
      ? await recoverDocument(ctx, SHARED_FILE, sharedDocSchema, sharedRead.damaged)
      : null);
  const partners = await repairPartners(ctx, partnersRead);
  const loaded: LoadedVisits = { docs: new Map(), listing: new Map(), indexDirty: false };
  await applyReads(ctx, reads, loaded);
  for (const [name, entry] of trusted) loaded.listing.set(idOfFile(name), entry);
  // A folder without visits needs no index until it has some.
  if (reads.length > 0 || (!index && onDisk.length > 0)) loaded.indexDirty = true;
  return { ...loaded, shared, partners, rest: [...trusted.keys()] };
}

/** Reads the visit files the index vouched for, and checks them; `listing` holds what the list showed. */
export async function loadRest(
  ctx: RecoveryContext,
  names: readonly string[],
  listing: ReadonlyMap<string, VisitListing>,
): Promise<LoadedVisits> {
  const loaded: LoadedVisits = { docs: new Map(), listing: new Map(), indexDirty: false };
  if (names.length === 0) return loaded;
  const known = new Map(names.map((name) => [name, listing.get(idOfFile(name))]));
  await applyReads(ctx, await readVisitFiles(join(ctx.dataDir, VISITS), names), loaded, known);
  return loaded;
}

/**
 * The entries of the index that still hold, by file name. While the folder's stamp is the one the
 * index recorded, no file in it was created, replaced or removed, and every entry with a stamp holds;
 * otherwise each file's own stamp is compared.
 */
async function trustedEntries(
  folder: string,
  index: VisitIndex,
): Promise<{ trusted: Map<string, VisitListing>; folderUnchanged: boolean }> {
  const trusted = new Map<string, VisitListing>();
  const folderUnchanged =
    index.folder !== null && index.folder === (await stampOfPath(folder).catch(() => null));
  const named = Object.entries(index.visits).filter(
    ([name, entry]) => entry.stamp !== null && visitFile(entry.summary.id) === name,
  );
  const stamps = folderUnchanged
    ? undefined
    : await stampsOf(
        folder,
        named.map(([name]) => name),
      );
  for (const [name, entry] of named) {
    if (!stamps || stamps.get(name) === entry.stamp) trusted.set(name, entry);
  }
  return { trusted, folderUnchanged };
}

/**
 * Visit files that should be in `visits/` and are not: named by the index or held by the newest
 * snapshot, and not moved to `trash/` (a deleted visit, or one an import or restore set aside).
 */
async function missingVisits(
  ctx: RecoveryContext,
  index: VisitIndex | null,
  onDisk: ReadonlySet<string>,
): Promise<string[]> {
  const newest = (await listSnapshots(ctx.dataDir))[0];
  const inSnapshot = newest
    ? await readdir(snapshotPath(ctx.dataDir, newest.id, VISITS)).catch(() => [] as string[])
    : [];
  const expected = new Set(
    [...Object.keys(index?.visits ?? {}), ...inSnapshot].filter((n) => n.endsWith('.json')),
  );
  const absent = [...expected].filter((name) => !onDisk.has(name));
  if (absent.length === 0) return [];
  const trashed = new Set(await readdir(join(ctx.dataDir, TRASH)).catch(() => [] as string[]));
  return absent.filter((name) => !trashed.has(name));
}

/**
 * Puts the visits read into `into`, repairing those damaged or missing (see `recoverDocument`).
 * `known` holds the entries the list showed until now, to tell whether the index needs rewriting.
 */
async function applyReads(
  ctx: RecoveryContext,
  reads: readonly VisitRead[],
  into: LoadedVisits,
  known?: Map<string, VisitListing | undefined>,
): Promise<void> {
  for (const { name, doc: read, damaged, stamp } of reads) {
    const rel = join(VISITS, name);
    let doc = read;
    if (!doc) {
      into.indexDirty = true;
      doc = await recoverDocument(ctx, rel, visitDocSchema, damaged);
    }
    if (!doc) {
      into.listing.delete(idOfFile(name));
      continue;
    }
    if (visitFile(doc.visit.id) !== name) {
      // A file renamed by hand: keep it aside rather than guess which visit it is.
      into.indexDirty = true;
      if (!ctx.readOnly) await quarantine(ctx, rel);
      const code = ctx.readOnly ? 'notRepairedReadOnly' : 'quarantinedNoSnapshot';
      ctx.notices.push({ code, params: { file: rel } });
      into.listing.delete(idOfFile(name));
      continue;
    }
    into.docs.set(doc.visit.id, doc);
    // Made anew from the visit (its strings are the visit's own); the index is rewritten if it said otherwise.
    const entry = visitListing(doc.visit, read ? stamp : null);
    const before = known?.get(name);
    if (!before || !sameListing(before, entry)) into.indexDirty = true;
    into.listing.set(doc.visit.id, entry);
  }
}
