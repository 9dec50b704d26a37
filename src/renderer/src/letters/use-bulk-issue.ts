import { useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { Guest } from '../../../shared/domain';
import type { Language } from '../../../shared/languages';
import type { LetterRequest } from '../../../shared/letters';
import { api } from '../../api/client';
import { incompleteFields } from './missing-fields';
import { registerKey } from './use-issue-letter';

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
  current: BulkJob | null;
}

/**
 * Issues letters one after another rather than all at once: each takes the register's next number,
 * and one at a time keeps the numbers in the order the officer sees and lets a stop take effect.
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
    for (const [index, job] of jobs.entries()) {
      if (stopped.current) break;
      setProgress({ done: index, total: jobs.length, current: job });
      try {
        const file = await api['letters.issue']({ request: request(job) });
        results.push({
          job,
          ok: true,
          fileName: file.fileName,
          base64: file.base64,
          number: file.entry.number,
        });
      } catch (error) {
        results.push({ job, ok: false, missing: incompleteFields(error), error });
      }
    }
    setProgress({ done: results.length, total: jobs.length, current: null });
    setOutcomes(results);
    await client.invalidateQueries({ queryKey: registerKey });
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
