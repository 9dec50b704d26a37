import { z } from 'zod';
import { AppError } from '../shared/errors';
import { parseDocument, sharedDocSchema, visitDocSchema } from './store/documents';
import { isRegisterFileName, parseRegisterLines, REGISTER_DIR } from './store/register-log';
import type { Store } from './store/store';

/**
 * Everything in the data folder as one file, for moving to another laptop: a JSON object holding
 * each document's exact text. Plain JSON rather than a zip: nothing to unpack, so no zip bombs and no
 * paths to climb out of the folder; every name is checked against the only shapes a file has: the
 * shared document, a visit, a year of the letter register. An archive from before the register had
 * files of its own carries it inside the shared document, and imports as well.
 */
export const ARCHIVE_FORMAT = 'qonaq-archive';
export const ARCHIVE_VERSION = 1;
/** Ten years of a busy office is some tens of megabytes; anything far beyond is not ours. */
export const ARCHIVE_MAX_BYTES = 200 * 1024 * 1024;

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
): Promise<{ fileName: string; base64: string }> {
  const { sharedBytes, docs, register } = await store.readAllDocuments();
  const files: Record<string, string> = { [SHARED_NAME]: sharedBytes };
  for (const [name, bytes] of docs) files[`visits/${name}`] = bytes;
  for (const [name, text] of register) files[`${REGISTER_PREFIX}${name}`] = text;
  const archive = { format: ARCHIVE_FORMAT, formatVersion: ARCHIVE_VERSION, createdAt: now.toISOString(), appVersion, files };
  const stamp = now.toISOString().slice(0, 16).replace(/[:T]/g, '-');
  return { fileName: `Qonaq ${stamp}.qonaq`, base64: Buffer.from(JSON.stringify(archive), 'utf8').toString('base64') };
}

function refuse(reason: string): AppError {
  return new AppError('archiveInvalid', { reason });
}

/** Checks an archive whole, before anything is written; answers the documents to put in place. */
export function readArchive(base64: string): {
  sharedBytes: string;
  docs: Map<string, string>;
  register: Map<string, string>;
  visitCount: number;
} {
  if (base64.length > (ARCHIVE_MAX_BYTES * 4) / 3 + 4) throw refuse('tooLarge');
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
  for (const [name, text] of Object.entries(parsed.data.files)) {
    if (name === SHARED_NAME) continue;
    const year = name.startsWith(REGISTER_PREFIX) ? name.slice(REGISTER_PREFIX.length) : '';
    if (isRegisterFileName(year)) {
      // Exported between appends: every line is whole, so any bad one is damage.
      const lines = parseRegisterLines(Buffer.from(text, 'utf8'));
      if (lines.damaged || lines.tornTail) throw refuse('damagedDocument');
      register.set(year, text);
      continue;
    }
    const match = VISIT_NAME.exec(name);
    if (!match?.[1]) throw refuse('unexpectedFile');
    docs.set(`${match[1]}.json`, text);
  }
  try {
    parseDocument(sharedBytes, sharedDocSchema);
    for (const [name, text] of docs) {
      if (`${parseDocument(text, visitDocSchema).visit.id}.json` !== name) throw refuse('damagedDocument');
    }
  } catch (error) {
    // A document from a newer app keeps its own code, so the user knows to update.
    if (error instanceof AppError) throw error;
    throw refuse('damagedDocument');
  }
  return { sharedBytes, docs, register, visitCount: docs.size };
}

export async function importArchive(store: Store, base64: string): Promise<{ visitCount: number }> {
  const { sharedBytes, docs, register, visitCount } = readArchive(base64);
  await store.replaceAllDocuments(sharedBytes, docs, register);
  return { visitCount };
}
