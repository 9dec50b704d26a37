import { memo } from 'react';
import { ActionIcon, Button, ColorSwatch, Group, MultiSelect, SegmentedControl, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { VIEWS, isCalendarView, type CalendarView } from './calendar-format';

export interface ToolbarProps {
  title: string;
  view: CalendarView;
  onView: (view: CalendarView) => void;
  onToday: () => void;
  onPrev: () => void;
  onNext: () => void;
  visits: { id: string; title: string; colour: string }[];
  filter: string[];
  onFilter: (ids: string[]) => void;
}

/** Title, moving through time, the kind of view and which visits to show, in the UI language. */
export const CalendarToolbar = memo(function CalendarToolbar(p: ToolbarProps) {
  const { t } = useTranslation();
  const colours = new Map(p.visits.map((v) => [v.id, v.colour]));
  return (
    <Group justify="space-between" align="flex-end" gap="sm">
      <Group gap="xs" align="center">
        <Button variant="default" size="xs" onClick={p.onToday}>
          {t('calendar.today')}
        </Button>
        <ActionIcon.Group>
          <ActionIcon
            variant="default"
            size="md"
            onClick={p.onPrev}
            aria-label={t(`calendar.prev.${p.view}`)}
          >
            ‹
          </ActionIcon>
          <ActionIcon
            variant="default"
            size="md"
            onClick={p.onNext}
            aria-label={t(`calendar.next.${p.view}`)}
          >
            ›
          </ActionIcon>
        </ActionIcon.Group>
        <Title order={3} data-testid="calendar-title" ml="xs">
          {p.title}
        </Title>
      </Group>
      <Group gap="sm" align="flex-end">
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
        <SegmentedControl
          size="xs"
          aria-label={t('calendar.view.label')}
          value={p.view}
          onChange={(value) => isCalendarView(value) && p.onView(value)}
          data={VIEWS.map((v) => ({ value: v, label: t(`calendar.view.${v}`) }))}
        />
      </Group>
    </Group>
  );
});
