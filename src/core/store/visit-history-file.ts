import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { Visit } from '../../shared/domain';
import { historyEntrySchema, type HistoryEntry } from '../../shared/visit-history';
import type { VisitDoc } from './documents';

/**
 * A visit's history lives in its document on disk (it is written, snapshotted, exported and later
 * replicated with the visit, decision 0029) but not in memory: at ten years it would hold some
 * 100 MB of the core's heap for a page the officer opens for one visit at a time. The store drops it
 * from what it holds and reads it back from the file when a change appends to it or a page shows it.
 */

/** The document without the visit's history, as the store holds it in memory. */
export function lean(doc: VisitDoc): VisitDoc {
  if (doc.visit.history === undefined) return doc;
  const { history: _history, ...visit } = doc.visit;
  return { ...doc, visit };
}

const storedHistory = z.object({ visit: z.object({ history: z.array(historyEntrySchema).optional() }) });

/**
 * The history a visit's file holds; none if the file holds none or cannot be read (it was checked
 * when loaded, and the store alone writes it: a file that went bad since loses its history only, as
 * the visit held in memory is what the next write puts back).
 */
export async function historyInFile(path: string): Promise<HistoryEntry[] | undefined> {
  try {
    const parsed = storedHistory.safeParse(JSON.parse(await readFile(path, 'utf8')));
    return parsed.success ? parsed.data.visit.history : undefined;
  } catch {
    return undefined;
  }
}

/** `visit` with `history`, or as it is when there is none. */
export function withHistory(visit: Visit, history: HistoryEntry[] | undefined): Visit {
  return history === undefined ? visit : { ...visit, history };
}
