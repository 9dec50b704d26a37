import { useState } from 'react';
import { Alert, Button, EmptyState, Group, List, Paper, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { SectionTitle } from '../SectionTitle';
import type { Stay } from '../../../shared/accommodation';
import type { VisitDetail } from '../../../shared/visits-contract';
import { errorMessage } from '../errors';
import { useFormat } from '../format';
import { offerUndo } from '../shell/undo';
import { FolderIcon, PlusIcon, WarningIcon } from '../icons';
import { useCall } from '../queries';
import { issueMessage, useHotels } from './hotels';
import { HotelsDirectoryModal } from './HotelsDirectoryModal';
import { RoomBlocks } from './RoomBlocks';
import { RoomingTable } from './RoomingTable';
import { StayModal } from './StayModal';
import { StaysTable } from './StaysTable';

type Editing = { kind: 'closed' } | { kind: 'new' } | { kind: 'edit'; stay: Stay };

/** Where the delegation sleeps: the bookings, the night-by-night rooming list and what is wrong with them. */
export function AccommodationSection({ detail }: { detail: VisitDetail }) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const { visit, accommodation } = detail;
  const [editing, setEditing] = useState<Editing>({ kind: 'closed' });
  const hotels = useHotels();
  const byId = new Map((hotels.data ?? []).map((h) => [h.id, h]));
  const remove = useCall('stays.remove');
  const { issues, rooming } = accommodation;

  const [directory, setDirectory] = useState(false);
  const putBack = useCall('stays.save');

  // The stay goes at once; the notice offers to put it back under its own id.
  const removeStay = (stay: Stay) =>
    remove.mutate(
      { visitId: visit.id, stayId: stay.id },
      {
        onSuccess: () =>
          offerUndo(
            t('accommodation.notify.removed'),
            () => putBack.mutateAsync({ visitId: visit.id, stay }),
            t,
            language,
          ),
        onError: (error) => notifications.show({ color: 'red', message: errorMessage(t, error, language) }),
      },
    );

  return (
    <Stack component="section" gap="md" aria-labelledby="accommodation-title" data-testid="accommodation">
      <Group justify="space-between" align="center">
        <SectionTitle
          id="accommodation-title"
          title={t('accommodation.section.title')}
          count={
            visit.stays.length > 0
              ? t('accommodation.section.count', { count: visit.stays.length })
              : undefined
          }
        />
        <Group gap="sm">
          <Button variant="subtle" leftSection={<FolderIcon />} onClick={() => setDirectory(true)}>
            {t('accommodation.directory.open')}
          </Button>
          {visit.guests.length > 0 && (
            <Button leftSection={<PlusIcon />} onClick={() => setEditing({ kind: 'new' })}>
              {t('accommodation.section.add')}
            </Button>
          )}
        </Group>
      </Group>

      {issues.length > 0 && (
        <Alert
          color="orange"
          variant="light"
          icon={<WarningIcon size={20} />}
          title={t('accommodation.issues.title', { count: issues.length })}
          data-testid="accommodation-issues"
        >
          <List size="sm" spacing={4}>
            {issues.map((issue, i) => (
              <List.Item key={`${issue.code}-${issue.guestId}-${i}`}>
                {issueMessage(t, issue, language)}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}

      {visit.stays.length === 0 ? (
        <Paper withBorder radius="md" py="lg">
          <EmptyState
            variant="light"
            title={t('accommodation.section.emptyTitle')}
            description={t(
              visit.guests.length > 0 ? 'accommodation.section.emptyBody' : 'accommodation.section.noGuests',
            )}
          />
        </Paper>
      ) : (
        <StaysTable
          stays={visit.stays}
          guests={visit.guests}
          hotels={byId}
          onEdit={(stay) => setEditing({ kind: 'edit', stay })}
          onRemove={removeStay}
          busy={remove.isPending}
        />
      )}

      <RoomBlocks visit={visit} hotels={byId} />

      {visit.guests.length > 0 && rooming.length > 0 && (
        <Stack gap="xs">
          <Title order={4}>{t('accommodation.rooming.title')}</Title>
          <RoomingTable rooming={rooming} guests={visit.guests} stays={visit.stays} hotels={byId} />
        </Stack>
      )}

      {directory && <HotelsDirectoryModal onClose={() => setDirectory(false)} />}

      {editing.kind !== 'closed' && (
        <StayModal
          visit={visit}
          stay={editing.kind === 'edit' ? editing.stay : null}
          onClose={() => setEditing({ kind: 'closed' })}
        />
      )}
    </Stack>
  );
}
