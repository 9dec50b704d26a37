import { Alert, Button, Center, Group, Loader, Stack, Text } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Visit } from '../../../shared/domain';
import type { Language } from '../../../shared/languages';
import { missingByVisit } from '../../../shared/texts';
import { MissingTextsPanel } from '../letters/MissingTextsPanel';
import { queryOptions } from '../queries';
import { AppModal } from '../shell/AppModal';
import { stillMissing, type RefusedText } from './refused-texts';

/**
 * The texts an export was refused for, written here in the report's language, visit by visit, with
 * the missing-texts panel the letters use; then the same export again. The period, the language and
 * the kind of file are kept while the officer writes.
 */
export function ReportTextsModal({
  refused,
  language,
  reportVisits,
  retrying,
  onRetry,
  onClose,
}: {
  refused: readonly RefusedText[];
  language: Language;
  /** The visits of the report: where a guest's or item's text is sought when the refusal names no visit. */
  reportVisits: readonly string[];
  retrying: boolean;
  onRetry: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const named = [...new Set(refused.flatMap((r) => (r.visitId ? [r.visitId] : [])))];
  const ids = refused.some((r) => !r.visitId && r.id) ? [...new Set([...named, ...reportVisits])] : named;
  // Asked afresh once texts are saved (`textsChanged` refreshes every visit kept): given lines drop out.
  const answers = useQueries({ queries: ids.map((id) => queryOptions('visits.get', { id })) });
  const loading = answers.some((a) => a.isPending);
  const visits: Visit[] = answers.flatMap((a) => (a.data ? [a.data.visit] : []));
  const { missing, unresolved } = stillMissing(refused, visits, language);
  const inLanguage = t(`letters.texts.in.${language}`);
  const done = !loading && missing.length === 0 && unresolved.length === 0;

  return (
    <AppModal opened onClose={onClose} title={t('reports.texts.title')} size="lg">
      <Stack gap="md">
        {loading ? (
          <Center py="md">
            <Loader aria-label={t('common.loading')} />
          </Center>
        ) : (
          missingByVisit(missing).map(([visitId, lines]) => (
            <MissingTextsPanel
              key={visitId}
              missing={lines}
              visitId={visitId}
              intro={t('reports.texts.intro', { inLanguage })}
            />
          ))
        )}
        {unresolved.length > 0 && (
          <Alert color="orange" variant="light">
            {t('reports.texts.unnamed', { paths: unresolved.join(', ') })}
          </Alert>
        )}
        {done && (
          <Text size="sm" role="status">
            {t('reports.texts.ready')}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={onRetry} loading={retrying} disabled={!done}>
            {t('reports.texts.retry')}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
