import { access, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { BackupInfo } from '../../shared/backups-contract';
import { AppError } from '../../shared/errors';
import { attachmentNames, ATTACHMENTS_DIR } from './attachments';
import { parseDocument, serializeDocument, sharedDocSchema } from './documents';
import { emptyPartnersBytes, PARTNERS_FILE, storedPartnersSchema } from './partners-room';
import { visitFile, VISITS } from './index-writer';
import { SHARED_FILE } from './loader';
import { readSnapshotDocuments, type RecoveryContext } from './recovery';
import { eventsOfFiles, REGISTER_DIR } from './register-lines';
import { RegisterLog } from './register-log';
import { REGISTER_MARK } from './register-mark';
import { replaceFolder, type AttachmentSource } from './replace';
import { createSnapshot, listSnapshots, snapshotPath, thinSnapshots } from './snapshots';
import { errorCode } from '../../shared/error-code';
import type { VisitsRoom } from './visits-room';

/**
 * The folder's documents as bytes: the shared document, visit documents by file name, register files
 * by name, the partners document (null where the folder has none) and the attachments by name.
 */
export interface FolderBytes {
  sharedBytes: string;
  docs: Map<string, string>;
  register: Map<string, string>;
  partnersBytes: string | null;
  attachments: Map<string, Buffer>;
}

/**
 * Documents brought in from elsewhere (a snapshot, an archive), checked. Without partners (data from
 * before them) the directory becomes empty and the attachments go to the trash.
 */
export interface BroughtIn {
  sharedBytes: string;
  docs: Map<string, string>;
  register: ReadonlyMap<string, string>;
  partnersBytes?: string | null;
  attachments?: ReadonlyMap<string, AttachmentSource>;
}

async function readIfThere(path: string): Promise<string | null> {
  return readFile(path, 'utf8').catch((error: unknown) => {
    if (errorCode(error) === 'ENOENT') return null;
    throw error;
  });
}

/** What the copies need of the store: its register log, read on first use, and a new read of the folder. */
export interface FolderCopiesHost {
  ctx: RecoveryContext;
  visits: VisitsRoom;
  /** The register log, read (and so repaired, were a line damaged) on first use. */
  register(): Promise<RegisterLog>;
  /** The register log no longer describes the disk: the next use reads it again. */
  forgetRegister(): void;
  /** Reads the folder again into the store; answers the visit files still to read. */
  reload(): Promise<string[]>;
}

/**
 * The whole folder at once, each call run by the store while no change is under way: snapshots (at
 * start, every so often while there are changes, on demand), a restore of one, the bytes of every
 * document for an archive, and an import. Restore and import replace the folder all or nothing
 * (`replace.ts`) and unite the register rather than take it back.
 */
export class FolderCopies {
  /** Whether a change was acknowledged since the last snapshot. */
  changed = false;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly host: FolderCopiesHost) {}

  /** Every `everyMs`, `take` a snapshot if there were changes (`take` runs it as a whole-store task). */
  every(everyMs: number, take: () => Promise<unknown>): void {
    if (everyMs <= 0) return;
    this.timer = setInterval(() => {
      if (this.changed) void take().catch(() => undefined);
    }, everyMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /**
   * After the documents are read at start: the start snapshot (`take` runs `snapshot` as a whole-store
   * task), then the index of visits if it was out of date; nothing once the store is `closing`.
   */
  async start(take: () => Promise<unknown>, closing: () => boolean): Promise<void> {
    // A read-only folder is only read: no snapshot, no index.
    if (closing() || this.host.ctx.readOnly) return;
    try {
      await take();
    } catch (error) {
      if (closing()) return;
      // Every document read well: a snapshot that cannot be taken (a full disk) must not keep the
      // office from its data. The user is told, and the periodic snapshot tries again.
      this.changed = true;
      this.host.ctx.notices.push({
        code: 'snapshotFailed',
        params: { reason: errorCode(error) ?? 'unknown' },
      });
    }
    if (this.host.visits.index.dirty) await this.host.visits.index.write();
  }

  /** A snapshot of the folder as it stands, then older ones thinned out. */
  async snapshot(reason: BackupInfo['reason']): Promise<BackupInfo> {
    await this.host.visits.ready();
    const info = await this.take(reason);
    await thinSnapshots(this.host.ctx.dataDir);
    return info;
  }

  /** The register is read (so repaired, were it damaged) before its files are copied. */
  private async take(reason: BackupInfo['reason']): Promise<BackupInfo> {
    const { dataDir, now } = this.host.ctx;
    await this.host.register();
    const mark = await access(join(dataDir, REGISTER_MARK)).then(
      () => [REGISTER_MARK],
      () => [],
    );
    const register = (await RegisterLog.fileNames(dataDir)).map((name) => join(REGISTER_DIR, name));
    const partners = await access(join(dataDir, PARTNERS_FILE)).then(
      () => [PARTNERS_FILE],
      () => [],
    );
    const info = await createSnapshot(
      dataDir,
      {
        shared: SHARED_FILE,
        visits: this.host.visits.ids().map(visitFile),
        register: [...register, ...mark, ...partners],
        attachments: await attachmentNames(dataDir),
      },
      reason,
      now(),
    );
    this.changed = false;
    return info;
  }

  /**
   * Puts the whole folder back as it was in a snapshot, but for the letter register, which only grows
   * (see `replace`). The current state is snapshotted first, so a restore can itself be undone by
   * restoring that one.
   */
  async restore(id: string): Promise<BackupInfo> {
    const { ctx, visits } = this.host;
    await visits.ready();
    const target = (await listSnapshots(ctx.dataDir)).find((s) => s.id === id);
    if (!target) throw new AppError('notFound', { id });
    const contents = await readSnapshotDocuments(ctx.dataDir, id, SHARED_FILE, VISITS, REGISTER_DIR);
    const partnersBytes = await readIfThere(snapshotPath(ctx.dataDir, id, PARTNERS_FILE));
    try {
      if (partnersBytes !== null) parseDocument(partnersBytes, storedPartnersSchema);
    } catch (error) {
      throw error instanceof AppError ? error : new AppError('storeUnreadable', { snapshot: id });
    }
    const folder = snapshotPath(ctx.dataDir, id, ATTACHMENTS_DIR);
    const attachments = new Map<string, AttachmentSource>(
      (await attachmentNames(snapshotPath(ctx.dataDir, id))).map((name) => [
        name,
        { path: join(folder, name) },
      ]),
    );
    await this.replace({ ...contents, partnersBytes, attachments }, [id]);
    ctx.notices.push({ code: 'restoredBackup', params: { snapshot: target.createdAt } });
    return target;
  }

  /**
   * The bytes of every document, register file and attachment as they are on disk. Refused with
   * `tooLarge` before the attachments are read when they weigh more than `attachmentBytesAtMost`.
   */
  async readAll(attachmentBytesAtMost = Infinity): Promise<FolderBytes> {
    const { ctx, visits } = this.host;
    await visits.ready();
    // Read (and so repaired, were a line damaged) before its files are copied.
    await this.host.register();
    const docs = new Map<string, string>();
    for (const id of visits.ids().sort()) {
      docs.set(visitFile(id), await readFile(join(ctx.dataDir, VISITS, visitFile(id)), 'utf8'));
    }
    const register = new Map<string, string>();
    for (const name of await RegisterLog.fileNames(ctx.dataDir)) {
      register.set(name, await readFile(join(ctx.dataDir, REGISTER_DIR, name), 'utf8'));
    }
    const names = await attachmentNames(ctx.dataDir);
    const paths = names.map((name) => join(ctx.dataDir, ATTACHMENTS_DIR, name));
    let weight = 0;
    for (const path of paths) weight += (await stat(path)).size;
    if (weight > attachmentBytesAtMost) throw new AppError('archiveInvalid', { reason: 'exportTooLarge' });
    const attachments = new Map<string, Buffer>();
    for (const [i, name] of names.entries()) attachments.set(name, await readFile(paths[i] ?? ''));
    return {
      sharedBytes: await readFile(join(ctx.dataDir, SHARED_FILE), 'utf8'),
      docs,
      register,
      partnersBytes: await readIfThere(join(ctx.dataDir, PARTNERS_FILE)),
      attachments,
    };
  }

  /** Replaces everything with documents brought in from elsewhere (an archive); see `replace`. */
  async import(brought: BroughtIn): Promise<void> {
    await this.host.visits.ready();
    await this.replace(brought);
  }

  /**
   * Puts the given documents in place of the current ones, all or nothing (`replace.ts`); visits and
   * attachments not among them go to `trash/`. The current state is snapshotted first, so the replace can be undone.
   * The letter register is never taken back: letters once issued are in the world, and putting back
   * an older register would give their numbers again. The register brought in (its files, or the one
   * inside an older shared document) is united with the live one by entry id: letters only it has are
   * appended before the replace is committed. `keep`: snapshots the prune after it must keep.
   */
  private async replace(brought: BroughtIn, keep: readonly string[] = []): Promise<void> {
    const { ctx, visits } = this.host;
    // Not pruned until the restore is done: pruning now could delete the snapshot being restored.
    await this.take('beforeRestore');
    const { register: older, ...restored } = parseDocument(brought.sharedBytes, sharedDocSchema);
    const log = await this.host.register();
    const events = eventsOfFiles(brought.register);
    if (older) events.push(...RegisterLog.eventsOf(older, ctx.now().getUTCFullYear()));
    const savepoint = await log.savepoint();
    const unite = {
      run: () => log.append(log.missingFrom(events)),
      undo: async () => {
        await log.rollBackTo(savepoint);
        this.host.forgetRegister();
      },
    };
    try {
      await visits.index.track(() =>
        replaceFolder(
          ctx,
          {
            sharedBytes: serializeDocument(restored),
            docs: brought.docs,
            partnersBytes: brought.partnersBytes ?? emptyPartnersBytes(),
            attachments: brought.attachments ?? new Map(),
          },
          unite,
        ),
      );
    } finally {
      // What is on disk is read again, whatever happened: memory and the index never describe a folder that is not there.
      await visits.index.track(async () => {
        await visits.readRest(await this.host.reload());
      });
    }
    await thinSnapshots(ctx.dataDir, { protect: keep });
  }
}
