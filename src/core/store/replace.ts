import * as nodeFs from 'node:fs/promises';
import { access, mkdir, readdir, readFile, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { fsyncFolder, renameWithRetry, toWriteError, writeFileDurably } from './durable-write';
import { ATTACHMENTS_DIR, isAttachmentName } from './attachments';
import { VISITS } from './index-writer';
import { AppError } from '../../shared/errors';
import { errorCode } from '../../shared/error-code';
import type { RecoveryContext } from './recovery';

/**
 * Puts a whole set of documents (a snapshot being restored, an archive being imported) in place of
 * the folder's, all or nothing:
 *
 * 1. every new document is staged beside its target (`visits/<id>.json.replacing`,
 *    `qonaq.json.replacing`, `partners.json.replacing`, `attachments/<sha256>.replacing` for each
 *    attachment the folder lacks), each synced, and the folders synced;
 * 2. `beforeCommit` runs (the register is united there), and is undone if the commit fails;
 * 3. the journal `replacing.json` is written durably, naming what goes in and what goes to `trash/`:
 *    from here on the replace is done, whatever happens;
 * 4. the staged files are renamed over their targets, the visits not among them moved to `trash/`
 *    and the attachments not among them to `trash/attachments/`, the folders synced, and the journal
 *    removed.
 *
 * A failure before the journal (a full disk while staging) removes what was staged, takes back what
 * `beforeCommit` did, and leaves the folder as it was. After it, the replace is finished by the next
 * read of the folder (`finishPendingReplace`), since everything it needs is on disk; a crash before it
 * leaves staged files that the next start removes.
 */
const JOURNAL = 'replacing.json';
const STAGED = '.replacing';
const SHARED_FILE = 'qonaq.json';
const PARTNERS_FILE = 'partners.json';
const TRASH = 'trash';

const attachmentNameSchema = z.string().refine(isAttachmentName);
const journalSchema = z.object({
  visits: z.array(z.string().regex(/^[^/\\]+\.json$/)),
  trash: z.array(z.string().regex(/^[^/\\]+\.json$/)),
  /** Absent in a journal of a Qonaq from before partners: nothing of theirs to do. */
  attachments: z.array(attachmentNameSchema).default([]),
  attachmentsTrash: z.array(attachmentNameSchema).default([]),
});
type Journal = z.infer<typeof journalSchema>;

export interface Replacement {
  /** The shared document's bytes, checked, without a register. */
  sharedBytes: string;
  /** Visit documents' bytes by file name, checked. */
  docs: ReadonlyMap<string, string>;
  /** The partners document's bytes, checked (an empty directory where the source had none). */
  partnersBytes: string;
  /** Attachments by name (the SHA-256 of their bytes, checked): their bytes, or a file to copy them from. */
  attachments: ReadonlyMap<string, AttachmentSource>;
}

/** An attachment's bytes (an archive), or the file that holds them (a snapshot's copy). */
export type AttachmentSource = Uint8Array | { path: string };

const bytesOf = (source: AttachmentSource) =>
  'path' in source ? readFile(source.path) : Promise.resolve(source);

/** Whether the folder holds this attachment already (content-addressed: the same name, the same size). */
async function heldAlready(live: string, source: AttachmentSource): Promise<boolean> {
  const size = 'path' in source ? (await stat(source.path)).size : source.byteLength;
  return stat(live).then(
    (s) => s.size === size,
    () => false,
  );
}

async function writeSynced(ctx: RecoveryContext, path: string, bytes: string | Uint8Array): Promise<void> {
  const handle = await (ctx.fs ?? nodeFs).open(path, 'w');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

/** Removes staged files a replace left before its journal was written: they hold nothing acknowledged. */
async function removeStaged(ctx: RecoveryContext): Promise<void> {
  for (const folder of [ctx.dataDir, join(ctx.dataDir, VISITS), join(ctx.dataDir, ATTACHMENTS_DIR)]) {
    for (const name of await readdir(folder).catch(() => [] as string[])) {
      if (name.endsWith(STAGED)) await unlink(join(folder, name)).catch(() => undefined);
    }
  }
}

/** What runs just before the commit (uniting the register), and how to take it back if the commit fails. */
export interface BeforeCommit {
  run(): Promise<void>;
  undo(): Promise<void>;
}

export async function replaceFolder(
  ctx: RecoveryContext,
  replacement: Replacement,
  beforeCommit: BeforeCommit,
): Promise<void> {
  const fs = ctx.fs ?? nodeFs;
  const visits = join(ctx.dataDir, VISITS);
  const attachments = join(ctx.dataDir, ATTACHMENTS_DIR);
  let journal: Journal;
  let ran = false;
  try {
    for (const [name, bytes] of replacement.docs) await writeSynced(ctx, join(visits, name + STAGED), bytes);
    await writeSynced(ctx, join(ctx.dataDir, SHARED_FILE + STAGED), replacement.sharedBytes);
    await writeSynced(ctx, join(ctx.dataDir, PARTNERS_FILE + STAGED), replacement.partnersBytes);
    const staged = await stageAttachments(ctx, replacement.attachments);
    await fsyncFolder(fs, visits);
    await fsyncFolder(fs, ctx.dataDir);
    ran = true;
    await beforeCommit.run();
    const current = (await readdir(visits)).filter((name) => name.endsWith('.json'));
    const held = (await readdir(attachments)).filter(isAttachmentName);
    journal = {
      visits: [...replacement.docs.keys()],
      trash: current.filter((name) => !replacement.docs.has(name)),
      attachments: staged,
      attachmentsTrash: held.filter((name) => !replacement.attachments.has(name)),
    };
    await writeFileDurably(join(ctx.dataDir, JOURNAL), JSON.stringify(journal), ctx.fs);
  } catch (error) {
    // The journal may be in place though its write failed (its folder's sync did): only once it is
    // gone is the replace surely not committed, and what it staged can go.
    const journalGone = await unlink(join(ctx.dataDir, JOURNAL)).then(
      () => true,
      (e: unknown) => errorCode(e) === 'ENOENT',
    );
    if (journalGone) {
      if (ran) await beforeCommit.undo();
      await removeStaged(ctx);
    }
    throw error instanceof AppError ? error : toWriteError(error);
  }
  // Committed. A failure from here on (a rename refused) is not the end: the store reads the folder
  // again after every replace, and that read finishes the journal (`finishPendingReplace`), or fails
  // and says why; a crash leaves it to the next start.
  await applyJournal(ctx, journal).catch(() => undefined);
}

/** Stages each attachment the folder does not hold yet (the others are the same bytes); answers their names. */
async function stageAttachments(
  ctx: RecoveryContext,
  sources: Replacement['attachments'],
): Promise<string[]> {
  const folder = join(ctx.dataDir, ATTACHMENTS_DIR);
  await mkdir(folder, { recursive: true });
  const staged: string[] = [];
  for (const [name, source] of sources) {
    if (await heldAlready(join(folder, name), source)) continue;
    await writeSynced(ctx, join(folder, name + STAGED), await bytesOf(source));
    staged.push(name);
  }
  await fsyncFolder(ctx.fs ?? nodeFs, folder);
  return staged;
}

/** At start: a replace whose journal is on disk is finished; staged files without one are removed. */
export async function finishPendingReplace(ctx: RecoveryContext): Promise<void> {
  let journal: Journal | null = null;
  try {
    journal = journalSchema.parse(JSON.parse(await readFile(join(ctx.dataDir, JOURNAL), 'utf8')));
  } catch {
    // No journal (or one cut short by a power cut before its rename, which cannot be: it is written durably).
  }
  if (journal) await applyJournal(ctx, journal);
  else await removeStaged(ctx);
}

/** Step 4; every step can be run again after a crash and does nothing twice. */
async function applyJournal(ctx: RecoveryContext, journal: Journal): Promise<void> {
  const fs = ctx.fs ?? nodeFs;
  const visits = join(ctx.dataDir, VISITS);
  for (const name of journal.visits) {
    const staged = join(visits, name + STAGED);
    if (await exists(staged)) await renameWithRetry(fs, staged, join(visits, name));
  }
  for (const name of journal.trash) {
    const live = join(visits, name);
    if (await exists(live)) await renameWithRetry(fs, live, join(ctx.dataDir, TRASH, name));
  }
  const attachments = join(ctx.dataDir, ATTACHMENTS_DIR);
  for (const name of journal.attachments) {
    const staged = join(attachments, name + STAGED);
    if (await exists(staged)) await renameWithRetry(fs, staged, join(attachments, name));
  }
  const trashed = join(ctx.dataDir, TRASH, ATTACHMENTS_DIR);
  if (journal.attachmentsTrash.length > 0) await mkdir(trashed, { recursive: true });
  for (const name of journal.attachmentsTrash) {
    const live = join(attachments, name);
    if (await exists(live)) await renameWithRetry(fs, live, join(trashed, name));
  }
  for (const file of [SHARED_FILE, PARTNERS_FILE]) {
    const staged = join(ctx.dataDir, file + STAGED);
    if (await exists(staged)) await renameWithRetry(fs, staged, join(ctx.dataDir, file));
  }
  await fsyncFolder(fs, visits);
  if (journal.attachments.length + journal.attachmentsTrash.length > 0) await fsyncFolder(fs, attachments);
  if (journal.attachmentsTrash.length > 0) await fsyncFolder(fs, trashed);
  await fsyncFolder(fs, join(ctx.dataDir, TRASH));
  await fsyncFolder(fs, ctx.dataDir);
  await fs.unlink(join(ctx.dataDir, JOURNAL));
  await fsyncFolder(fs, ctx.dataDir);
}
