import { Alert, Stack, Text, Tooltip } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { HistoryEntry } from '../../../shared/visit-history';
import { SectionTitle } from '../SectionTitle';
import { errorMessage } from '../errors';
import { useFormat } from '../format';
import { queryOptions } from '../queries';
import { changeSentence } from './history-sentence';
import type { VisitSectionProps } from './section-props';
import classes from './VisitHistorySection.module.css';

function Entry({ entry }: { entry: HistoryEntry }) {
  const { t } = useTranslation();
  const format = useFormat();
  const when = format.moment(entry.at);
  return (
    <li className={classes.entry} data-testid="history-entry">
      <Text size="sm" c="dimmed">
        <time dateTime={entry.at}>{when}</time>
        {' · '}
        <Text span fw={600} c="var(--mantine-color-text)" data-testid="history-by">
          {entry.by}
        </Text>
        {entry.account && (
          <Tooltip label={t('history.accountHint')} multiline w={280}>
            <Text span size="xs" c="dimmed" ml={6} className={classes.account}>
              ({t('history.account')})
            </Text>
          </Tooltip>
        )}
      </Text>
      <ul className={classes.changes}>
        {entry.changes.map((change, index) => (
          <li key={index}>{changeSentence(t, change)}</li>
        ))}
        {entry.more !== undefined && <li>{t('history.more', { count: entry.more })}</li>}
      </ul>
    </li>
  );
}

/** Who changed what on the visit, and when (Baku time), newest first. */
export function VisitHistorySection({ detail }: VisitSectionProps) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const { id, revision } = detail.visit;
  // Keyed by the visit's revision: every change the page learns of asks for the history anew.
  const asked = useQuery(queryOptions('visits.history', { id, revision }));
  const newestFirst = [...(asked.data?.history ?? [])].reverse();
  if (asked.isError) return <Alert color="red">{errorMessage(t, asked.error, language)}</Alert>;
  return (
    <Stack component="section" aria-labelledby="visit-history-title" gap="sm">
      <SectionTitle id="visit-history-title" title={t('history.title')} />
      <Text size="sm" c="dimmed">
        {asked.isPending
          ? t('common.loading')
          : newestFirst.length > 0
            ? t('history.hint')
            : t('history.empty')}
      </Text>
      {newestFirst.length > 0 && (
        <ol className={classes.list} data-testid="visit-history">
          {newestFirst.map((entry, index) => (
            <Entry key={`${entry.at}-${index}`} entry={entry} />
          ))}
        </ol>
      )}
    </Stack>
  );
}
