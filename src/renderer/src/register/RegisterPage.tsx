import { useEffect, useState } from 'react';
import {
  Alert,
  Button,
  Center,
  EmptyState,
  Group,
  Loader,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { RegisterQuery } from '../../../shared/letters-contract';
import { isCsvSeparator } from '../../../shared/csv';
import { todayInBaku } from '../../../shared/dates';
import type { RegisterEntry } from '../../../shared/letters';
import { api } from '../../api/client';
import { errorMessage } from '../errors';
import { useFormat } from '../format';
import { ArchiveIcon } from '../icons';
import { IssueLetterModal } from '../letters/IssueLetterModal';
import { saveFiles } from '../letters/save-files';
import { keys, queryOptions, useAppStatus } from '../queries';
import { NO_REGISTER_FILTERS, RegisterFilters, type RegisterFilterValues } from './RegisterFilters';
import { RegisterTable } from './RegisterTable';
import { useCsvSeparator } from './csv-separator';

function toQuery(filters: RegisterFilterValues, text: string): RegisterQuery {
  return {
    text: text.trim(),
    kind: filters.kind,
    language: filters.language,
    visitId: '',
    ...(filters.year === null ? {} : { year: filters.year }),
  };
}

/** Every letter the office has issued, filtered as needed, exported for the archive, re-issued when wrong. */
export function RegisterPage() {
  const { t } = useTranslation();
  const { language } = useFormat();
  const host = useAppStatus().data?.host ?? 'browser';
  const [filters, setFilters] = useState<RegisterFilterValues>(NO_REGISTER_FILTERS);
  const [text] = useDebouncedValue(filters.text, 250);
  const [reissuing, setReissuing] = useState<RegisterEntry | null>(null);
  const [separator, setSeparator] = useCsvSeparator(language);
  const query = toQuery(filters, text);
  const entries = useQuery({
    ...queryOptions('letters.register', query),
    placeholderData: keepPreviousData,
  });
  const client = useQueryClient();
  // The register is read from disk the first time it is asked for: a repair then is told in the status.
  useEffect(() => {
    if (entries.isSuccess) void client.invalidateQueries({ queryKey: keys.status });
  }, [entries.isSuccess, client]);
  const exportCsv = useMutation({
    mutationFn: async () => {
      const csv = await api['letters.registerCsv']({ ...query, separator });
      return saveFiles(host, [{ name: csv.fileName, base64: csv.base64 }]);
    },
    onSuccess: (outcome) => {
      if (outcome.kind === 'cancelled') return;
      notifications.show({
        color: 'green',
        message:
          outcome.kind === 'folder'
            ? t('register.exported', { folder: outcome.folder })
            : t('register.exportedDownload'),
      });
    },
  });

  const list = entries.data ?? [];
  const filtered =
    filters.text.trim() !== '' || filters.kind !== '' || filters.language !== '' || filters.year !== null;
  return (
    <Stack gap="lg" maw={1280}>
      <Group justify="space-between" align="flex-start">
        <div style={{ flex: '1 1 420px' }}>
          <Title order={2}>{t('register.title')}</Title>
          <Text c="dimmed" size="sm" maw={720}>
            {t('register.intro')}
          </Text>
        </div>
        {/* Never squeezed: the choice and the button stay whole, and go below the title if need be. */}
        <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0 }}>
          <Text size="sm" c="dimmed" aria-hidden style={{ whiteSpace: 'nowrap' }}>
            {t('register.csvSeparator.label')}
          </Text>
          <SegmentedControl
            size="xs"
            aria-label={t('register.csvSeparator.label')}
            value={separator}
            onChange={(value) => {
              if (isCsvSeparator(value)) setSeparator(value);
            }}
            data={[
              { value: ';', label: t('register.csvSeparator.semicolon') },
              { value: ',', label: t('register.csvSeparator.comma') },
            ]}
          />
          <Button
            variant="default"
            leftSection={<ArchiveIcon />}
            onClick={() => exportCsv.mutate()}
            loading={exportCsv.isPending}
            disabled={list.length === 0}
          >
            {t('register.exportCsv')}
          </Button>
        </Group>
      </Group>
      <RegisterFilters value={filters} onChange={setFilters} thisYear={Number(todayInBaku().slice(0, 4))} />
      {exportCsv.isError && <Alert color="red">{errorMessage(t, exportCsv.error, language)}</Alert>}
      {entries.isError && <Alert color="red">{errorMessage(t, entries.error, language)}</Alert>}
      {entries.isPending && (
        <Center py="xl">
          <Loader aria-label={t('common.loading')} />
        </Center>
      )}
      {entries.isSuccess && list.length === 0 && (
        <Paper withBorder radius="md" py="xl">
          <EmptyState
            variant="light"
            icon={<ArchiveIcon size={28} />}
            title={filtered ? t('register.noMatchesTitle') : t('register.emptyTitle')}
            description={filtered ? t('register.noMatchesBody') : t('register.emptyBody')}
          />
        </Paper>
      )}
      {list.length > 0 && (
        <>
          <Text size="sm" c="dimmed" role="status">
            {t('register.count', { count: list.length })}
          </Text>
          <RegisterTable entries={list} onReissue={setReissuing} />
        </>
      )}
      {reissuing && (
        <IssueLetterModal
          key={reissuing.id}
          visitId={reissuing.visitId}
          guestId={reissuing.guestId}
          reissue={reissuing}
          onClose={() => setReissuing(null)}
        />
      )}
    </Stack>
  );
}
