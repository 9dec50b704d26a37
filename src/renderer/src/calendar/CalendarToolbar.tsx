import { memo } from 'react';
import { ActionIcon, Button, ColorSwatch, Group, MultiSelect, SegmentedControl, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePaintedValue } from '../after-paint';
import { VIEWS, isCalendarView, type CalendarView } from './calendar-format';
import { GoToDate } from './GoToDate';

type VisitOption = { id: string; title: string; colour: string };

export interface ToolbarProps {
  title: string;
  /** The day the calendar is anchored on, shown in the date field. */
  date: string;
  onGoTo: (date: string) => void;
  view: CalendarView;
  onView: (view: CalendarView) => void;
  onToday: () => void;
  onPrev: () => void;
  onNext: () => void;
  visits: VisitOption[];
  filter: string[];
  onFilter: (ids: string[]) => void;
}

/**
 * Title, moving through time (a step, or to any date), the kind of view and which visits to show, in the UI language. Moving to
 * another week changes only the title and the visits to choose from: the buttons are not drawn again,
 * and the choice of visits follows once the calendar has drawn the new days.
 */
export function CalendarToolbar(p: ToolbarProps) {
  return (
    <Group justify="space-between" align="flex-end" gap="sm">
      <Group gap="xs" align="center">
        <Moves view={p.view} onToday={p.onToday} onPrev={p.onPrev} onNext={p.onNext} />
        <GoToDate value={p.date} onPick={p.onGoTo} />
        <Title order={3} data-testid="calendar-title" ml="xs">
          {p.title}
        </Title>
      </Group>
      <Group gap="sm" align="flex-end">
        <VisitFilter visits={usePaintedValue(p.visits)} filter={p.filter} onFilter={p.onFilter} />
        <ViewChoice view={p.view} onView={p.onView} />
      </Group>
    </Group>
  );
}

const Moves = memo(function Moves(p: Pick<ToolbarProps, 'view' | 'onToday' | 'onPrev' | 'onNext'>) {
  const { t } = useTranslation();
  return (
    <>
      <Button variant="default" size="xs" onClick={p.onToday}>
        {t('calendar.today')}
      </Button>
      <ActionIcon.Group>
        <ActionIcon variant="default" size="md" onClick={p.onPrev} aria-label={t(`calendar.prev.${p.view}`)}>
          ‹
        </ActionIcon>
        <ActionIcon variant="default" size="md" onClick={p.onNext} aria-label={t(`calendar.next.${p.view}`)}>
          ›
        </ActionIcon>
      </ActionIcon.Group>
    </>
  );
});

const VisitFilter = memo(function VisitFilter(p: Pick<ToolbarProps, 'visits' | 'filter' | 'onFilter'>) {
  const { t } = useTranslation();
  const colours = new Map(p.visits.map((v) => [v.id, v.colour]));
  return (
    <MultiSelect
      aria-label={t('calendar.filter.label')}
      placeholder={p.filter.length === 0 ? t('calendar.filter.all') : undefined}
      data={p.visits.map((v) => ({ value: v.id, label: v.title }))}
      value={p.filter}
      onChange={p.onFilter}
      renderOption={({ option }) => (
        <Group gap={8} wrap="nowrap">
          <ColorSwatch color={colours.get(option.value) ?? '#868e96'} size={12} />
          {option.label}
        </Group>
      )}
      clearable
      searchable
      w={300}
      size="xs"
      data-testid="calendar-visit-filter"
    />
  );
});

const ViewChoice = memo(function ViewChoice(p: Pick<ToolbarProps, 'view' | 'onView'>) {
  const { t } = useTranslation();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('calendar.view.label')}
      value={p.view}
      onChange={(value) => isCalendarView(value) && p.onView(value)}
      data={VIEWS.map((v) => ({ value: v, label: t(`calendar.view.${v}`) }))}
    />
  );
});
