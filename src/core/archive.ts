import { z } from 'zod';
import { onBakuClock } from '../shared/dates';
import { AppError, type ArchiveProblem } from '../shared/errors';
import { idCollidingInCase, isPortableId } from '../shared/validation';
import { ATTACHMENT_MAX_BYTES } from '../shared/partners';
import { ARCHIVE_MAX_BYTES } from '../shared/size-limits';
import { isAttachmentName, sha256Of } from './store/attachments';
import { checkDocument, sharedDocSchema, visitDocSchema } from './store/documents';
import { emptyPartnersBytes, PARTNERS_FILE, storedPartnersSchema } from './store/partners-room';
import {
  isRegisterFileName,
  parseRegisterLines,
  REGISTER_DIR,
  registerEventSchema,
  type RegisterEvent,
} from './store/register-lines';
import type { Store } from './store/store';

/**
 * Everything in the data folder as one file, for moving to another laptop: a JSON object holding
 * each document's exact text. Plain JSON rather than a zip: nothing to unpack, so no zip bombs and no
 * paths to climb out of the folder; every name is checked against the only shapes a file has: the
 * shared document, a visit, a year of the letter register, the partners document, an attachment (its
 * bytes in base64, named by their SHA-256, which is checked). An archive from before the register had
 * files of its own carries it inside the shared document, and imports as well; one from before
 * partners imports with an empty directory.
 */
export const ARCHIVE_FORMAT = 'qonaq-archive';
export const ARCHIVE_VERSION = 1;
/** The archive's limit (see shared/size-limits.ts), for the code that opens archives. */
export { ARCHIVE_MAX_BYTES };
const ATTACHMENT_PREFIX = 'attachments/';

const SHARED_NAME = 'qonaq.json';
const VISIT_NAME = /^visits\/([A-Za-z0-9_-]{1,64})\.json$/;
const REGISTER_PREFIX = `${REGISTER_DIR}/`;

const archiveSchema = z.strictObject({
  format: z.literal(ARCHIVE_FORMAT),
  formatVersion: z.literal(ARCHIVE_VERSION),
  createdAt: z.string(),
  appVersion: z.string(),
  files: z.record(z.string(), z.string()),
});

export async function exportArchive(
  store: Store,
  now: Date,
  appVersion: string,
  maxBytes = ARCHIVE_MAX_BYTES,
): Promise<{ fileName: string; base64: string }> {
  // Attachments grow by a third in base64: refused before they are read when they cannot fit.
  const { sharedBytes, docs, register, partnersBytes, attachments } = await store.readAllDocuments(
    Math.floor((maxBytes * 3) / 4),
  );
  const files: Record<string, string> = { [SHARED_NAME]: sharedBytes };
  for (const [name, bytes] of docs) files[`visits/${name}`] = bytes;
  for (const [name, text] of register) files[`${REGISTER_PREFIX}${name}`] = text;
  // A folder that never had partners exports an empty directory, as its import would write it.
  files[PARTNERS_FILE] = partnersBytes ?? emptyPartnersBytes();
  for (const [name, bytes] of attachments) files[`${ATTACHMENT_PREFIX}${name}`] = bytes.toString('base64');
  const archive = {
    format: ARCHIVE_FORMAT,
    formatVersion: ARCHIVE_VERSION,
    createdAt: now.toISOString(),
    appVersion,
    files,
  };
  const json = Buffer.from(JSON.stringify(archive), 'utf8');
  if (json.byteLength > maxBytes) throw refuse('exportTooLarge');
  // Named by Baku's wall clock, as the Backups page shows every time.
  const stamp = onBakuClock(now).toISOString().slice(0, 16).replace(/[:T]/g, '-');
  return { fileName: `Qonaq ${stamp}.qonaq`, base64: json.toString('base64') };
}

/** An attachment of the archive: base64 of at most `ATTACHMENT_MAX_BYTES` that hash to its name, or refused. */
function checkedAttachment(file: string, name: string, text: string): Buffer {
  if (!isAttachmentName(name)) throw refuse('unexpectedFile', file);
  const bytes = Buffer.from(text, 'base64');
  if (bytes.toString('base64') !== text) throw refuse('damagedDocument', file);
  if (bytes.byteLength === 0 || bytes.byteLength > ATTACHMENT_MAX_BYTES)
    throw refuse('attachmentTooLarge', file);
  if (sha256Of(bytes) !== name) throw refuse('attachmentMismatch', file);
  return bytes;
}

function refuse(reason: ArchiveProblem, file?: string): AppError {
  return new AppError('archiveInvalid', file === undefined ? { reason } : { reason, file });
}

/**
 * What a document's schema issues say is wrong with it: a number beyond what Qonaq can print or count
 * (a register counter of 9007199254740990, a year 99999), an id no file system can hold as a name
 * (`CON`), two ids that would be one file on Windows and macOS, or plain damage.
 */
function problemOf(issues: readonly z.core.$ZodIssue[]): ArchiveProblem {
  const last = (issue: z.core.$ZodIssue) => issue.path[issue.path.length - 1];
  if (issues.some((i) => (i.code === 'too_big' || i.code === 'too_small') && i.origin === 'number')) {
    return 'numberOutOfRange';
  }
  if (issues.some((i) => i.code === 'custom' && last(i) === 'guests')) return 'namesDifferInCase';
  if (issues.some((i) => i.code === 'custom' && last(i) === 'id')) return 'reservedName';
  return 'damagedDocument';
}

/** A document of the archive, checked as the store checks it on reading; refused with what is wrong. */
function checkedDocument<T>(file: string, bytes: string, schema: z.ZodType<T>): T {
  let result: z.ZodSafeParseResult<T>;
  try {
    result = checkDocument(bytes, schema);
  } catch (error) {
    // A document from a newer app keeps its own code, so the user knows to update.
    if (error instanceof AppError) throw error;
    throw refuse('damagedDocument', file);
  }
  if (!result.success) throw refuse(problemOf(result.error.issues), file);
  return result.data;
}

/** A year of the register, every line whole (it was exported between appends): its events, or refused. */
function checkedRegisterFile(file: string, text: string): RegisterEvent[] {
  const lines = parseRegisterLines(Buffer.from(text, 'utf8'));
  if (!lines.damaged && !lines.tornTail) return lines.events;
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      continue;
    }
    const result = registerEventSchema.safeParse(json);
    if (!result.success && problemOf(result.error.issues) !== 'damagedDocument') {
      throw refuse(problemOf(result.error.issues), file);
    }
  }
  throw refuse('damagedDocument', file);
}

/** Checks an archive whole, before anything is written; answers the documents to put in place. */
export function readArchive(
  base64: string,
  maxBytes = ARCHIVE_MAX_BYTES,
): {
  sharedBytes: string;
  docs: Map<string, string>;
  register: Map<string, string>;
  /** Null for an archive from before partners: the directory becomes empty. */
  partnersBytes: string | null;
  attachments: Map<string, Buffer>;
  visitCount: number;
} {
  if (base64.length > (maxBytes * 4) / 3 + 4) throw refuse('tooLarge');
  const bytes = Buffer.from(base64, 'base64');
  let raw: unknown;
  try {
    raw = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw refuse('notAnArchive');
  }
  const parsed = archiveSchema.safeParse(raw);
  if (!parsed.success) throw refuse('notAnArchive');
  const sharedBytes = parsed.data.files[SHARED_NAME];
  if (sharedBytes === undefined) throw refuse('noSharedDocument');
  const docs = new Map<string, string>();
  const register = new Map<string, string>();
  const attachments = new Map<string, Buffer>();
  /** Letters' ids name their files (`letters/2026/<id>-r1.docx`): by their file names, as Windows and macOS compare them. */
  const letterIds = new Set<string>();
  for (const [name, text] of Object.entries(parsed.data.files)) {
    if (name === SHARED_NAME || name === PARTNERS_FILE) continue;
    if (name.startsWith(ATTACHMENT_PREFIX)) {
      const sha256 = name.slice(ATTACHMENT_PREFIX.length);
      attachments.set(sha256, checkedAttachment(name, sha256, text));
      continue;
    }
    const year = name.startsWith(REGISTER_PREFIX) ? name.slice(REGISTER_PREFIX.length) : '';
    if (isRegisterFileName(year)) {
      for (const event of checkedRegisterFile(name, text)) {
        if (event.type === 'numbered' || event.type === 'revised') letterIds.add(event.entry.id);
      }
      register.set(year, text);
      continue;
    }
    const match = VISIT_NAME.exec(name);
    if (!match?.[1]) throw refuse('unexpectedFile', name);
    if (!isPortableId(match[1])) throw refuse('reservedName', name);
    docs.set(`${match[1]}.json`, text);
  }
  // `visits/abc.json` and `visits/ABC.json` are one file on Windows and macOS: one would be lost.
  const twin = idCollidingInCase(docs.keys());
  if (twin !== undefined) throw refuse('namesDifferInCase', `visits/${twin}`);
  const shared = checkedDocument(SHARED_NAME, sharedBytes, sharedDocSchema);
  for (const entry of shared.register?.entries ?? []) letterIds.add(entry.id);
  if (idCollidingInCase(letterIds) !== undefined) throw refuse('namesDifferInCase', REGISTER_PREFIX);
  for (const [name, text] of docs) {
    const file = `visits/${name}`;
    if (`${checkedDocument(file, text, visitDocSchema).visit.id}.json` !== name)
      throw refuse('damagedDocument', file);
  }
  const partnersBytes = parsed.data.files[PARTNERS_FILE] ?? null;
  if (partnersBytes !== null) checkedDocument(PARTNERS_FILE, partnersBytes, storedPartnersSchema);
  return { sharedBytes, docs, register, partnersBytes, attachments, visitCount: docs.size };
}

export async function importArchive(store: Store, base64: string): Promise<{ visitCount: number }> {
  const { sharedBytes, docs, register, partnersBytes, attachments, visitCount } = readArchive(base64);
  await store.replaceAllDocuments(sharedBytes, docs, register, { partnersBytes, attachments });
  return { visitCount };
}
