import { Button, EmptyState, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CalendarIcon, PlusIcon, SearchIcon } from '../icons';

interface NoVisitsProps {
  onNew: () => void;
  onSample: () => void;
  sampleLoading: boolean;
}

/** The first screen of a new office: what a visit is, and two ways to begin. */
export function NoVisits({ onNew, onSample, sampleLoading }: NoVisitsProps) {
  const { t } = useTranslation();
  return (
    <EmptyState
      data-testid="no-visits"
      mt={48}
      mx="auto"
      maw={520}
      size="lg"
      variant="light"
      icon={<CalendarIcon size={28} />}
      title={t('visit.empty.title')}
      description={t('visit.empty.body')}
    >
      <EmptyState.Actions>
        <Group justify="center" gap="sm">
          <Button leftSection={<PlusIcon />} onClick={onNew}>
            {t('visit.action.new')}
          </Button>
          <Button variant="default" onClick={onSample} loading={sampleLoading}>
            {t('visit.action.loadSample')}
          </Button>
        </Group>
      </EmptyState.Actions>
    </EmptyState>
  );
}

export function NoMatches({ onClear }: { onClear: () => void }) {
  const { t } = useTranslation();
  return (
    <EmptyState
      data-testid="no-matches"
      mt={40}
      mx="auto"
      maw={480}
      icon={<SearchIcon size={28} />}
      withIndicatorBackground
      title={t('visit.noMatches.title')}
      description={t('visit.noMatches.body')}
    >
      <EmptyState.Actions>
        <Button variant="default" onClick={onClear}>
          {t('visit.filter.clear')}
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}
