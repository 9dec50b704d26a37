import { useRef, useState } from 'react';
import { useQueries, useQueryClient } from '@tanstack/react-query';
import type { Guest } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import type { Language } from '../../../shared/languages';
import { BULK_ISSUE_CHUNK } from '../../../shared/letter-constants';
import type { LetterFile, LetterKind, LetterRequest } from '../../../shared/letters';
import type { MissingText } from '../../../shared/texts';
import { api } from '../../api/client';
import { keys, queryOptions } from '../queries';
import { incompleteFields } from './missing-fields';
import { uniqueMissing } from './missing-texts';
import { registerKey } from './use-issue-letter';

/** A guest of a batch whose letter the single dialog would warn about (a passport expiring too soon). */
export interface BulkWarning {
  guest: BulkJob['guest'];
  warning: LetterFile['warnings'][number];
}

export interface BulkJob {
  guest: Guest;
  language: Language;
}

export type BulkOutcome =
  | { job: BulkJob; ok: true; fileName: string; base64: string; number: string }
  /** `missing` names the fields the guest lacks; otherwise `error` says what else went wrong. */
  | { job: BulkJob; ok: false; missing: string[] | null; error: unknown };

export interface BulkProgress {
  done: number;
  total: number;
  /** The letters being issued now. */
  current: readonly BulkJob[];
}

function refused(job: BulkJob, error: unknown): BulkOutcome {
  return { job, ok: false, missing: incompleteFields(error), error };
}

/**
 * Issues letters a chunk at a time (`BULK_ISSUE_CHUNK`): the core checks a chunk, numbers the letters
 * that pass in one write of the register, in the order the officer sees, and builds them. Between
 * chunks the progress bar moves and a stop takes effect. A refused letter takes no number and comes
 * back with its reason; a chunk that fails whole (the disk, the connection) marks each of its letters.
 */
export function useBulkIssue() {
  const client = useQueryClient();
  const [progress, setProgress] = useState<BulkProgress | null>(null);
  const [outcomes, setOutcomes] = useState<BulkOutcome[] | null>(null);
  const stopped = useRef(false);

  const run = async (jobs: readonly BulkJob[], request: (job: BulkJob) => LetterRequest) => {
    stopped.current = false;
    setOutcomes(null);
    const results: BulkOutcome[] = [];
    for (let start = 0; start < jobs.length; start += BULK_ISSUE_CHUNK) {
      if (stopped.current) break;
      const chunk = jobs.slice(start, start + BULK_ISSUE_CHUNK);
      setProgress({ done: start, total: jobs.length, current: chunk });
      try {
        const answers = await api['letters.issueMany']({ requests: chunk.map(request) });
        chunk.forEach((job, i) => {
          const answer = answers[i];
          if (!answer) results.push(refused(job, new AppError('internal')));
          else if (answer.ok)
            results.push({
              job,
              ok: true,
              fileName: answer.value.fileName,
              base64: answer.value.base64,
              number: answer.value.entry.number,
            });
          else results.push(refused(job, AppError.fromData(answer.error)));
        });
      } catch (error) {
        for (const job of chunk) results.push(refused(job, error));
      }
    }
    setProgress({ done: results.length, total: jobs.length, current: [] });
    setOutcomes(results);
    await client.invalidateQueries({ queryKey: registerKey });
    // The first letters after a start read the register from disk; a repair then shows in the status.
    void client.invalidateQueries({ queryKey: keys.status });
    return results;
  };

  return {
    run,
    stop: () => {
      stopped.current = true;
    },
    progress,
    outcomes,
  };
}

/**
 * Every chosen letter checked for texts not written in its language, as the officer picks guests
 * and languages, so that one panel lists them before anything is numbered. The same text missing for
 * several letters (the visit's purpose in Russian) is one line. Keys are those of the single-letter
 * check, so saving texts (`textsChanged`) asks again for both.
 */
export function useBulkTextsCheck(
  visitId: string,
  kind: LetterKind,
  jobs: readonly BulkJob[],
): { missing: MissingText[]; warnings: BulkWarning[]; pending: boolean; error: unknown } {
  const checks = useQueries({
    queries: jobs.map((job) =>
      queryOptions('letters.check', { visitId, guestId: job.guest.id, kind, language: job.language }),
    ),
  });
  // A guest asked for in several languages has one passport: warned about once.
  const warnings = new Map<string, BulkWarning>();
  checks.forEach((c, i) => {
    const guest = jobs[i]?.guest;
    for (const warning of c.data?.warnings ?? []) {
      if (guest && !warnings.has(guest.id)) warnings.set(guest.id, { guest, warning });
    }
  });
  return {
    missing: uniqueMissing(checks.map((c) => c.data?.missingTexts ?? [])),
    warnings: [...warnings.values()],
    pending: checks.some((c) => c.isPending),
    error: checks.find((c) => c.isError)?.error ?? null,
  };
}
