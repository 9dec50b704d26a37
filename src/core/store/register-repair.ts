import { copyFile, mkdir, readdir, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { errorCode } from '../../shared/error-code';
import { TEMP_SUFFIX, writeFileDurably, type DurableFs } from './durable-write';
import { isRegisterFileName, parseRegisterLines, REGISTER_DIR, type RegisterEvent } from './register-lines';
import type { RegisterLog } from './register-log';
import {
  highestMark,
  readRegisterMark,
  readSnapshotMark,
  sameMark,
  writeRegisterMark,
  type RegisterMark,
} from './register-mark';
import { QUARANTINE, quarantinePath, syncFolder, type RecoveryContext } from './recovery';
import { listSnapshots, snapshotPath } from './snapshots';

/**
 * The register's repair at load. A line cut short or unreadable past the high-water mark
 * (`register-mark.ts`) was never acknowledged: it is cut away. Anything less than the mark is damage:
 * the good lines are kept, the file is copied to `quarantine/` as it was, lines the snapshots still
 * hold are put back, counters are raised to the mark, and the user is told. In a read-only folder
 * (`hold-folder.ts`) nothing is cut, copied or written: the damage is told (`notRepairedReadOnly`) and
 * what the snapshots hold is put back in memory only (`RegisterLog.putBack`).
 */

interface Damage {
  name: string;
  missing: boolean;
  badLines: boolean;
}

/** Names of the register's year files on disk, oldest year first. */
export async function yearFileNames(dataDir: string): Promise<string[]> {
  const names = await readdir(join(dataDir, REGISTER_DIR)).catch((error: unknown) => {
    if (errorCode(error) === 'ENOENT') return [];
    throw error;
  });
  return names.filter(isRegisterFileName).sort();
}

/** Cuts a file back to `size` bytes, durably. */
export async function cutFile(fs: DurableFs, path: string, size: number): Promise<void> {
  const handle = await fs.open(path, 'r+');
  try {
    await handle.truncate(size);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Reads every year file into `log` against the high-water mark: an append past the mark that never
 * finished is cut away; a file missing, shorter than its mark or with a bad line is damage, repaired
 * from the snapshots (a copy of the damaged file kept in `quarantine/`) and told; counters behind the
 * mark are raised, so a number is never given twice. Then the mark is brought up to date.
 */
export async function readAndRepair(log: RegisterLog, ctx: RecoveryContext, fs: DurableFs): Promise<void> {
  // A repair's rewrite that never finished left its temp file: it holds nothing acknowledged.
  const folder = join(ctx.dataDir, REGISTER_DIR);
  for (const name of ctx.readOnly ? [] : await readdir(folder).catch(() => [] as string[])) {
    if (name.endsWith(TEMP_SUFFIX)) await unlink(join(folder, name)).catch(() => undefined);
  }
  const snapshots = await listSnapshots(ctx.dataDir);
  const own = await readRegisterMark(ctx.dataDir);
  const newest = snapshots[0];
  const mark = highestMark([own, newest ? await readSnapshotMark(ctx.dataDir, newest.id) : null]);
  const onDisk = await yearFileNames(ctx.dataDir);
  const names = [...new Set([...onDisk, ...Object.keys(mark?.files ?? {})])].sort();
  const damaged: Damage[] = [];
  for (const name of names) {
    const rel = join(REGISTER_DIR, name);
    const path = join(ctx.dataDir, rel);
    const acknowledged = mark?.files[name] ?? 0;
    const bytes = onDisk.includes(name) ? await readFile(path) : null;
    const year = Number(name.slice(0, 4));
    if (!bytes) {
      if (acknowledged > 0) damaged.push({ name, missing: true, badLines: false });
      continue;
    }
    const parsed = parseRegisterLines(bytes);
    const cutShort = bytes.length < acknowledged || (parsed.tornTail && parsed.goodBytes < acknowledged);
    if ((parsed.damaged || cutShort) && ctx.readOnly) {
      // Told, not repaired: the good lines are read, and what the snapshots hold is put back in memory.
      log.took(year, parsed.goodBytes, parsed.events);
      damaged.push({ name, missing: false, badLines: parsed.damaged });
    } else if (parsed.damaged || cutShort) {
      // Copied, not moved: its good lines stay where they are, and the file is rewritten with them.
      await mkdir(join(ctx.dataDir, QUARANTINE), { recursive: true });
      await copyFile(path, await quarantinePath(ctx, rel));
      await syncFolder(join(ctx.dataDir, QUARANTINE));
      const good = parsed.good.join('');
      await writeFileDurably(path, good, ctx.fs);
      log.took(year, Buffer.byteLength(good), parsed.events);
      damaged.push({ name, missing: false, badLines: parsed.damaged });
    } else {
      if (parsed.tornTail && !ctx.readOnly) await cutFile(fs, path, parsed.goodBytes);
      log.took(year, parsed.goodBytes, parsed.events);
    }
  }
  if (!mark && newest) damaged.push(...(await behindSnapshot(log, ctx, newest.id)));
  for (const { name, badLines } of damaged) {
    const restored = await restoreFromSnapshots(log, ctx, name);
    const file = join(REGISTER_DIR, name);
    ctx.notices.push({
      code: ctx.readOnly ? 'notRepairedReadOnly' : badLines ? 'registerRepaired' : 'registerRestored',
      params: { file, restored },
    });
  }
  if (mark) await keepNumbersOf(log, ctx, mark);
  // A mark that cannot be written now (a read-only folder) is written with the next letter.
  const now = log.mark();
  if (!ctx.readOnly && (own !== null || log.years.length > 0) && !sameMark(own, now)) {
    await writeRegisterMark(ctx.dataDir, now, ctx.fs).catch(() => undefined);
  }
}

/**
 * Without a mark anywhere (a folder last used before marks were kept), the newest snapshot is the
 * only witness: the year files whose letters it holds and the log lacks have lost them.
 */
async function behindSnapshot(log: RegisterLog, ctx: RecoveryContext, snapshotId: string): Promise<Damage[]> {
  const found: Damage[] = [];
  const names = await readdir(snapshotPath(ctx.dataDir, snapshotId, REGISTER_DIR)).catch(
    () => [] as string[],
  );
  for (const name of names.filter(isRegisterFileName)) {
    const bytes = await readFile(snapshotPath(ctx.dataDir, snapshotId, REGISTER_DIR, name)).catch(() => null);
    if (bytes && log.missingFrom(parseRegisterLines(bytes).events).length > 0) {
      found.push({ name, missing: !log.years.includes(Number(name.slice(0, 4))), badLines: false });
    }
  }
  return found;
}

/**
 * Counters the mark holds above the log's are raised (letters acknowledged after the newest snapshot
 * that held them); how many letters are gone for good is told, their numbers staying taken.
 */
async function keepNumbersOf(log: RegisterLog, ctx: RecoveryContext, mark: RegisterMark): Promise<void> {
  const raised = Object.fromEntries(
    Object.entries(mark.counters).filter(([key, value]) => value > log.counter(key)),
  );
  if (Object.keys(raised).length > 0) {
    const years = Object.keys(raised)
      .filter((key) => key !== 'all')
      .map(Number);
    const year = years.length > 0 ? Math.max(...years) : Math.max(ctx.now().getUTCFullYear(), ...log.years);
    await log.putBack([{ type: 'counters', year, counters: raised }]);
  }
  const lost = mark.letters - log.letterCount;
  if (lost > 0) ctx.notices.push({ code: 'registerNumbersKept', params: { count: lost } });
}

/** Puts back what snapshots hold of a damaged year file and the log lacks; answers how many letters. */
async function restoreFromSnapshots(log: RegisterLog, ctx: RecoveryContext, name: string): Promise<number> {
  const found: RegisterEvent[] = [];
  for (const snap of await listSnapshots(ctx.dataDir)) {
    const bytes = await readFile(snapshotPath(ctx.dataDir, snap.id, REGISTER_DIR, name)).catch(() => null);
    if (bytes) found.push(...parseRegisterLines(bytes).events);
  }
  const missing = log.missingFrom(found);
  await log.putBack(missing);
  return missing.filter((e) => e.type === 'numbered' || e.type === 'revised').length;
}
