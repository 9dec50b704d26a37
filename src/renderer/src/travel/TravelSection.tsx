import { useState } from 'react';
import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SectionTitle } from '../SectionTitle';
import type { Direction, Transfer } from '../../../shared/planning';
import { guestName } from '../../../shared/guest-name';
import type { VisitSectionProps } from '../visits/section-props';
import { PlaneLandingIcon, PlaneTakeoffIcon } from '../icons';
import { TransferTable } from './TransferTable';
import { TravelModal } from './TravelModal';
import { journeyOf, newJourney, type JourneyValues } from './travel-values';

type Editing =
  { kind: 'closed' } | { kind: 'open'; direction: Direction; values: JourneyValues; existing: boolean };

/** How the guests come and go, and the cars that meet them and take them back. */
export function TravelSection({ detail, conflicts }: VisitSectionProps) {
  const { t } = useTranslation();
  const { visit, planning } = detail;
  const [editing, setEditing] = useState<Editing>({ kind: 'closed' });
  const names = new Map(visit.guests.map((g) => [g.id, guestName(g)]));
  const late = new Set(conflicts.filter((c) => c.code === 'transferAfterFlight').map((c) => c.entry.entryId));
  const without = (d: Direction) => visit.guests.filter((g) => !g[d].date).map(guestName);
  const missing = { arrival: without('arrival'), departure: without('departure') };

  const add = (direction: Direction) =>
    setEditing({ kind: 'open', direction, values: newJourney(visit, direction), existing: false });
  const edit = (transfer: Transfer) =>
    setEditing({ kind: 'open', direction: transfer.direction, values: journeyOf(transfer), existing: true });

  return (
    <Stack component="section" gap="sm" aria-labelledby="travel-title" data-testid="travel">
      <Group justify="space-between" align="center">
        <SectionTitle
          id="travel-title"
          title={t('travel.section.title')}
          count={
            visit.guests.length > 0
              ? t('travel.section.count', { count: planning.transfers.length })
              : undefined
          }
        />
        {visit.guests.length > 0 && (
          <Group gap="sm">
            <Button variant="default" leftSection={<PlaneLandingIcon />} onClick={() => add('arrival')}>
              {t('travel.section.addArrival')}
            </Button>
            <Button variant="default" leftSection={<PlaneTakeoffIcon />} onClick={() => add('departure')}>
              {t('travel.section.addDeparture')}
            </Button>
          </Group>
        )}
      </Group>

      {visit.guests.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('travel.section.noGuests')}
        </Text>
      ) : (
        <TransferTable
          transfers={planning.transfers}
          names={names}
          late={late}
          missing={missing}
          onEdit={edit}
        />
      )}

      {editing.kind === 'open' && (
        <TravelModal
          visit={visit}
          direction={editing.direction}
          editing={editing.existing}
          initial={editing.values}
          onClose={() => setEditing({ kind: 'closed' })}
        />
      )}
    </Stack>
  );
}
