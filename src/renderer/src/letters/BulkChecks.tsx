import { Alert, Checkbox, List, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { RegisterQuery } from '../../../shared/letters-contract';
import type { LetterKind, RegisterEntry } from '../../../shared/letters';
import { useFormat } from '../format';
import { queryOptions } from '../queries';
import { guestName } from '../../../shared/guest-name';
import type { BulkJob, BulkWarning } from './use-bulk-issue';

/** A letter of the batch that its guest already has, of the same kind and language, with their numbers. */
export interface BulkRepeat {
  job: BulkJob;
  numbers: string[];
}

/**
 * The letters of the batch that would give a guest a second number for the same kind and language:
 * each with the numbers the guest already holds (voided ones do not count: they were withdrawn).
 */
export function useBulkRepeats(visitId: string, kind: LetterKind, jobs: readonly BulkJob[]): BulkRepeat[] {
  const query: RegisterQuery = { visitId, text: '', kind: '', language: '' };
  const register = useQuery(queryOptions('letters.register', query));
  const entries: readonly RegisterEntry[] = register.data ?? [];
  return jobs.flatMap((job) => {
    const numbers = entries
      .filter(
        (e) => e.guestId === job.guest.id && e.kind === kind && e.language === job.language && !e.voided,
      )
      .map((e) => e.number)
      .reverse();
    return numbers.length > 0 ? [{ job, numbers }] : [];
  });
}

/**
 * What the officer should know before a batch is issued: guests who already have the letter (skipped
 * unless the officer asks for them again) and passports that expire too soon, as the single dialog says.
 */
export function BulkChecks(props: {
  repeats: readonly BulkRepeat[];
  issueAgain: boolean;
  onIssueAgain: (value: boolean) => void;
  warnings: readonly BulkWarning[];
}) {
  const { t } = useTranslation();
  const { date } = useFormat();
  const { repeats, warnings } = props;
  if (repeats.length === 0 && warnings.length === 0) return null;
  return (
    <Stack gap="sm">
      {repeats.length > 0 && (
        <Alert
          color="yellow"
          variant="light"
          title={t('letters.bulk.repeats.title', { count: repeats.length })}
          data-testid="bulk-repeats"
        >
          <Stack gap={6}>
            <List size="sm" spacing={2}>
              {repeats.map(({ job, numbers }) => (
                <List.Item key={`${job.guest.id}-${job.language}`}>
                  {t('letters.bulk.repeats.line', {
                    name: guestName(job.guest),
                    language: t(`guest.languages.${job.language}`),
                    numbers: numbers.join(', '),
                  })}
                </List.Item>
              ))}
            </List>
            <Checkbox
              label={t('letters.bulk.repeats.issueAgain', { count: repeats.length })}
              description={t('letters.bulk.repeats.skipped')}
              checked={props.issueAgain}
              onChange={(event) => props.onIssueAgain(event.currentTarget.checked)}
            />
          </Stack>
        </Alert>
      )}
      {warnings.length > 0 && (
        <Alert
          color="orange"
          variant="light"
          title={t('letters.check.warningTitle')}
          data-testid="bulk-warnings"
        >
          <List size="sm" spacing={2}>
            {warnings.map(({ guest, warning }) => (
              <List.Item key={guest.id}>
                {t('letters.bulk.passportExpiresSoon', {
                  name: guestName(guest),
                  expiry: date(warning.params.expiryDate ?? ''),
                  needed: date(warning.params.requiredUntil ?? ''),
                })}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
    </Stack>
  );
}
