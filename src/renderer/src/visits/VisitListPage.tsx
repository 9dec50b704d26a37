import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { Alert, Anchor, Button, Center, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { todayInBaku } from '../../../shared/dates';
import { usePainted } from '../after-paint';
import { errorMessage } from '../errors';
import { useOnceOpened } from '../once-opened';
import { useFormat } from '../format';
import { PlusIcon } from '../icons';
import { FRESH_MS, queryOptions, useCall } from '../queries';
import { navigate } from '../route';
import { NoMatches, NoVisits } from './VisitEmptyStates';
import { FIRST_PAGE_QUERY, hasFilters, NO_FILTERS, toQuery, type VisitFilterValues } from './list-query';
import { loadVisitForm, preloadVisitChunks } from './preload';
import { VisitTable } from './VisitTable';
import classes from './VisitTable.module.css';

// The visit form (and the schemas it checks against) is loaded when a new visit is first begun.
const NewVisitModal = lazy(() => loadVisitForm().then((m) => ({ default: m.NewVisitModal })));

// The filters (Mantine's selects and date pickers) are a chunk of their own, fetched once the list is
// painted: the list is drawn without them, and they appear in the row kept for them above it.
const VisitFilters = lazy(() => import('./VisitFilters').then((m) => ({ default: m.VisitFilters })));

// Long enough that a word is typed before the core is asked, short enough to feel immediate.
const SEARCH_DELAY_MS = 250;

export function VisitListPage() {
  const { t } = useTranslation();
  const { language } = useFormat();
  const [filters, setFilters] = useState<VisitFilterValues>(NO_FILTERS);
  const [text] = useDebouncedValue(filters.text, SEARCH_DELAY_MS);
  const [creating, setCreating] = useState(false);
  const begun = useOnceOpened(creating);
  const startCreating = () => setCreating(true);
  const loadSample = useCall('visits.loadSample');
  const painted = usePainted();

  const query = useMemo(() => toQuery(filters, text), [filters, text]);
  const filtered = hasFilters({ ...filters, text });
  // The first page of the whole list was asked for at start (see `boot`): it is drawn at once, and the
  // rest of the list (thousands of visits after ten years) is asked for once it has arrived.
  const firstPage = useQuery({
    ...queryOptions('visits.list', FIRST_PAGE_QUERY),
    staleTime: FRESH_MS,
    enabled: !filtered,
  });
  // The previous answer stays on screen while the next is fetched, so the table does not flash.
  const visits = useQuery({
    ...queryOptions('visits.list', query),
    placeholderData: keepPreviousData,
    staleTime: FRESH_MS,
    enabled: filtered || !firstPage.isPending,
  });
  const data = visits.data ?? (filtered ? undefined : firstPage.data);
  const list = data ?? [];
  // With the list on screen, what is likely opened next is fetched while nothing else happens.
  const drawn = data !== undefined;
  useEffect(() => (drawn ? preloadVisitChunks() : undefined), [drawn]);

  const sample = () =>
    loadSample.mutate(
      { language },
      { onSuccess: (detail) => navigate({ name: 'visit', id: detail.visit.id }) },
    );

  let content;
  if (visits.isError) {
    content = <Alert color="red">{errorMessage(t, visits.error, language)}</Alert>;
  } else if (data === undefined) {
    content = (
      <Center py="xl">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  } else if (list.length === 0 && !filtered) {
    content = <NoVisits onNew={startCreating} onSample={sample} sampleLoading={loadSample.isPending} />;
  } else if (list.length === 0) {
    content = <NoMatches onClear={() => setFilters(NO_FILTERS)} />;
  } else {
    content = (
      <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
        {/* A new search or filter starts again from the first page. */}
        <VisitTable key={JSON.stringify(query)} visits={list} today={todayInBaku()} />
      </Paper>
    );
  }

  const showFilters = filtered || list.length > 0;
  return (
    <Stack gap="lg" maw={1280}>
      <Group justify="space-between" align="center">
        <div>
          <Title order={2}>{t('visit.list.title')}</Title>
          {visits.isSuccess && (filtered || list.length > 0) && (
            <Group gap="xs" data-testid="visit-count">
              <Text c="dimmed" size="sm">
                {filtered
                  ? t('visit.list.countFiltered', { count: list.length })
                  : t('visit.list.count', { count: list.length })}
              </Text>
              {hasFilters(filters) && (
                <Anchor component="button" type="button" size="sm" onClick={() => setFilters(NO_FILTERS)}>
                  {t('visit.filter.clear')}
                </Anchor>
              )}
            </Group>
          )}
        </div>
        {showFilters && (
          <Button leftSection={<PlusIcon />} onClick={startCreating}>
            {t('visit.action.new')}
          </Button>
        )}
      </Group>
      {loadSample.isError && <Alert color="red">{errorMessage(t, loadSample.error, language)}</Alert>}
      {showFilters &&
        (painted ? (
          <Suspense fallback={<div className={classes.filtersPending} />}>
            <VisitFilters value={filters} onChange={setFilters} />
          </Suspense>
        ) : (
          <div className={classes.filtersPending} />
        ))}
      {content}
      {begun && (
        <Suspense fallback={null}>
          <NewVisitModal opened={creating} onClose={() => setCreating(false)} visitCount={list.length} />
        </Suspense>
      )}
    </Stack>
  );
}
