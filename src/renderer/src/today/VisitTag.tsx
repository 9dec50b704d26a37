import { Anchor, ColorSwatch, Group } from '@mantine/core';
import type { DaySchedule } from '../../../shared/planning';
import { routeHref } from '../route';

/** A visit named by its colour and title, linking to the visit. */
export function VisitTag({ schedule, visitId }: { schedule: DaySchedule; visitId: string }) {
  const visit = schedule.visits.find((v) => v.id === visitId);
  if (!visit) return null;
  return (
    <Group gap={6} wrap="nowrap">
      <ColorSwatch color={visit.colour} size={10} withShadow={false} />
      <Anchor href={routeHref({ name: 'visit', id: visit.id })} size="xs" c="dimmed" lineClamp={1}>
        {visit.title}
      </Anchor>
    </Group>
  );
}
