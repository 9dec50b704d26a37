import { useRef, useState } from 'react';
import {
  Alert,
  Button,
  Checkbox,
  Group,
  Loader,
  Pagination,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Visit } from '../../../../shared/domain';
import { IMPORT_MAX_ROWS } from '../../../../shared/guest-import-constants';
import { api } from '../../../api/client';
import { offerUndo } from '../../shell/undo';
import { useFormat } from '../../format';
import { visitChanged } from '../../queries';
import { AppModal, SAVE_BUTTON } from '../../shell/AppModal';
import { CountrySelect } from '../fields';
import { MappingTable } from './MappingTable';
import { PreviewTable } from './PreviewTable';
import { importErrorMessage } from './import-text';
import { useGuestImport } from './use-guest-import';

const PAGE_SIZE = 50;
const ACCEPT = '.xlsx,.xlsm,.csv,.txt,.tsv,.xls,.ods,text/csv';

/**
 * A partner's guest list into the visit: the file is chosen and read (in the core), the columns are
 * matched to guest fields, every row is shown as it will be stored with its problems and duplicates,
 * and the chosen rows are imported as one change, with Undo.
 */
export function ImportGuestsModal({ visit, onClose }: { visit: Visit; onClose: () => void }) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const input = useRef<HTMLInputElement>(null);
  const state = useGuestImport(visit.id);
  const { read, preview, counts } = state;
  const [page, setPage] = useState(1);
  const [onlyProblems, setOnlyProblems] = useState(false);

  const commit = useMutation({
    mutationFn: () =>
      api['guestImport.commit']({
        visitId: visit.id,
        rows: state.chosenRows(),
        ...(read ? { remember: { headers: read.sheet.headers, mapping: state.mapping } } : {}),
      }),
    onSuccess: async ({ detail, outcome }) => {
      await visitChanged(detail);
      onClose();
      const message = t('guestImport.done', {
        added: outcome.added,
        updated: outcome.updated,
        file: read?.sheet.fileName ?? '',
      });
      offerUndo(
        message,
        async () => {
          await visitChanged(await api['guestImport.undo']({ visitId: visit.id, undo: outcome.undo }));
          notifications.show({ color: 'teal', message: t('guestImport.undone') });
        },
        t,
        language,
      );
      if (!outcome.mappingRemembered)
        notifications.show({ color: 'orange', message: t('guestImport.mappingNotRemembered') });
    },
  });

  const shown = onlyProblems
    ? state.rows.filter(
        (r) =>
          r.blocked || r.duplicates.length > 0 || r.problems.some((p) => p.code !== 'letterFieldsMissing'),
      )
    : state.rows;
  const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
  const pageRows = shown.slice((Math.min(page, pages) - 1) * PAGE_SIZE, Math.min(page, pages) * PAGE_SIZE);
  const toImport = counts.add + counts.update;
  const dates = preview.data?.dates;
  // The values asked about stay on screen once answered (the preview then no longer lists them).
  const unknownCountries = [
    ...new Set([...Object.keys(state.countries), ...(preview.data?.unknownCountries ?? [])]),
  ];

  const fileInput = (
    <input
      ref={input}
      type="file"
      accept={ACCEPT}
      hidden
      data-testid="guest-import-file"
      onChange={(event) => {
        const file = event.currentTarget.files?.[0];
        event.currentTarget.value = '';
        if (file) state.readFile.mutate(file);
        setPage(1);
      }}
    />
  );

  return (
    <AppModal
      opened
      onClose={onClose}
      changed={read !== null}
      title={t('guestImport.title')}
      size={read ? '92%' : 'lg'}
      data-testid="guest-import"
    >
      {fileInput}
      {!read ? (
        <Stack gap="md">
          <Text size="sm">
            {t('guestImport.choose.intro', { rows: IMPORT_MAX_ROWS.toLocaleString(language) })}
          </Text>
          <Text size="sm" c="dimmed">
            {t('guestImport.choose.otherFormats')}
          </Text>
          {state.readFile.isError && (
            <Alert color="red" title={t('guestImport.unreadableTitle')} data-testid="guest-import-error">
              {importErrorMessage(t, state.readFile.error, language)}
            </Alert>
          )}
          <Group>
            <Button onClick={() => input.current?.click()} loading={state.readFile.isPending} data-autofocus>
              {t('guestImport.choose.button')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Stack gap="md">
          <Group justify="space-between" align="flex-start">
            <Stack gap={2}>
              <Text size="sm" fw={500}>
                {t('guestImport.file.summary', { name: read.sheet.fileName, count: read.sheet.rows.length })}
              </Text>
              <Text size="xs" c="dimmed">
                {read.sheet.format === 'csv'
                  ? t('guestImport.file.csv', {
                      encoding: read.sheet.encoding ?? '',
                      separator: read.sheet.separator ?? '',
                    })
                  : t('guestImport.file.xlsx', { sheet: read.sheet.sheetName ?? '' })}
              </Text>
            </Stack>
            <Button
              variant="default"
              size="xs"
              onClick={() => input.current?.click()}
              loading={state.readFile.isPending}
            >
              {t('guestImport.choose.another')}
            </Button>
          </Group>
          {state.readFile.isError && (
            <Alert color="red" title={t('guestImport.unreadableTitle')} data-testid="guest-import-error">
              {importErrorMessage(t, state.readFile.error, language)}
            </Alert>
          )}

          <Title order={4}>{t('guestImport.mapping.title')}</Title>
          <Text size="sm">
            {visit.partnerName
              ? t('guestImport.mapping.intro', { partner: visit.partnerName })
              : t('guestImport.mapping.introNoPartner')}
          </Text>
          <MappingTable
            sheet={read.sheet}
            mapping={state.mapping}
            remembered={read.remembered}
            onChange={state.setMapping}
          />

          {dates && (dates.ambiguous > 0 || dates.mixed) && (
            <Alert
              color={state.datesUnanswered ? 'orange' : 'blue'}
              variant="light"
              data-testid="import-date-order"
            >
              <Radio.Group
                label={t('guestImport.dates.question', { example: dates.example })}
                description={dates.mixed ? t('guestImport.dates.mixed') : undefined}
                value={state.dateOrder ?? dates.order ?? ''}
                onChange={(value) => state.setDateOrder(value === 'dmy' || value === 'mdy' ? value : null)}
              >
                <Group mt="xs">
                  <Radio value="dmy" label={t('guestImport.dates.dayFirst')} />
                  <Radio value="mdy" label={t('guestImport.dates.monthFirst')} />
                </Group>
              </Radio.Group>
            </Alert>
          )}

          {unknownCountries.length > 0 && (
            <Alert
              color="orange"
              variant="light"
              title={t('guestImport.countries.title')}
              data-testid="import-countries"
            >
              <Text size="sm" mb="xs">
                {t('guestImport.countries.intro')}
              </Text>
              <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
                {unknownCountries.map((value) => (
                  <CountrySelect
                    key={value}
                    size="xs"
                    label={t('guestImport.countries.value', { value })}
                    value={state.countries[value] ?? ''}
                    onChange={(code) => state.answerCountry(value, code)}
                  />
                ))}
              </SimpleGrid>
            </Alert>
          )}

          <Group justify="space-between" align="center">
            <Title order={4}>{t('guestImport.preview.title')}</Title>
            <Group gap="md">
              {preview.isFetching && <Loader size="xs" aria-label={t('guestImport.preview.updating')} />}
              <Checkbox
                label={t('guestImport.preview.onlyProblems')}
                checked={onlyProblems}
                onChange={(event) => {
                  setOnlyProblems(event.currentTarget.checked);
                  setPage(1);
                }}
              />
            </Group>
          </Group>
          {preview.isError && <Alert color="red">{importErrorMessage(t, preview.error, language)}</Alert>}
          <Text size="sm" data-testid="import-summary">
            {t('guestImport.preview.summary', counts)}
          </Text>
          <PreviewTable rows={pageRows} choiceOf={state.choiceOf} onChoose={state.choose} />
          {pages > 1 && (
            <Pagination total={pages} value={Math.min(page, pages)} onChange={setPage} size="sm" />
          )}
          {commit.isError && (
            <Alert color="red" title={t('guestImport.failed')}>
              {importErrorMessage(t, commit.error, language)}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('guestImport.cancel')}
            </Button>
            <Button
              {...SAVE_BUTTON}
              onClick={() => commit.mutate()}
              loading={commit.isPending}
              disabled={toImport === 0 || state.datesUnanswered || preview.isFetching || !preview.data}
            >
              {toImport === 0 ? t('guestImport.nothing') : t('guestImport.importButton', { count: toImport })}
            </Button>
          </Group>
          {state.datesUnanswered && (
            <Text size="xs" c="orange.9" ta="right">
              {t('guestImport.dates.answerFirst')}
            </Text>
          )}
        </Stack>
      )}
    </AppModal>
  );
}
