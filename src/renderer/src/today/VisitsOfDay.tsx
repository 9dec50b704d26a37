import { Anchor, ColorSwatch, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DaySchedule } from '../../../shared/planning';
import { routeHref } from '../route';

/** The visits under way, each with its officer and a way to its programme for the guests. */
export function VisitsOfDay({ schedule }: { schedule: DaySchedule }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      {schedule.visits.map((visit) => (
        <Group key={visit.id} justify="space-between" wrap="nowrap" gap="sm" data-testid="today-visit">
          <Group gap={8} wrap="nowrap" style={{ minWidth: 0 }}>
            <ColorSwatch color={visit.colour} size={12} withShadow={false} />
            <Stack gap={0} style={{ minWidth: 0 }}>
              <Anchor href={routeHref({ name: 'visit', id: visit.id })} size="sm" fw={600} lineClamp={1}>
                {visit.title}
              </Anchor>
              {visit.responsibleOfficer && (
                <Text size="xs" c="dimmed">
                  {visit.responsibleOfficer}
                </Text>
              )}
            </Stack>
          </Group>
          <Anchor
            href={routeHref({ name: 'printProgramme', id: visit.id })}
            size="xs"
            style={{ whiteSpace: 'nowrap' }}
          >
            {t('today.printProgramme')}
          </Anchor>
        </Group>
      ))}
    </Stack>
  );
}
