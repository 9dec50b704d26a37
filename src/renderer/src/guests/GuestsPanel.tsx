import { useState } from 'react';
import { Alert, Button, EmptyState, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { VisitDetail } from '../../../shared/visits-contract';
import type { Guest } from '../../../shared/domain';
import { useFormat } from '../format';
import { BulkIssueModal } from '../letters/BulkIssueModal';
import { CalendarExportModal } from '../calendar-export/CalendarExportModal';
import { BulkItinerariesModal } from '../itinerary/BulkItinerariesModal';
import { IssueLetterModal } from '../letters/IssueLetterModal';
import { ItineraryIcon, LetterIcon } from '../icons';
import { GuestForm } from './GuestForm';
import { GuestTable } from './GuestTable';
import { ImportGuestsModal } from './import/ImportGuestsModal';
import { PlusIcon, UsersIcon, WarningIcon } from '../icons';
import { useGuestActions } from './use-guest-actions';
import { warningMessage } from './warnings';

/** Which form is open: none, a new guest, or an existing one. */
type Editing = { kind: 'closed' } | { kind: 'new' } | { kind: 'edit'; guest: Guest };

/** The guests of a visit: the list in its order, its passport warnings, and the form to add or edit. */
export function GuestsPanel({ detail }: { detail: VisitDetail }) {
  const { t } = useTranslation();
  const { date } = useFormat();
  const { visit, warnings } = detail;
  const guests = visit.guests;
  const [editing, setEditing] = useState<Editing>({ kind: 'closed' });
  // Letters: one guest's dialog, or the whole visit's batch.
  const [letterFor, setLetterFor] = useState<Guest | 'all' | null>(null);
  const [importing, setImporting] = useState(false);
  const [itineraries, setItineraries] = useState(false);
  const [calendarFor, setCalendarFor] = useState<Guest | null>(null);
  const { removeGuest, move, busy } = useGuestActions(visit.id, guests);
  const passportWarnings = warnings.filter((w) => w.code === 'passportExpiresSoon');

  const addButton = (
    <Button leftSection={<PlusIcon />} onClick={() => setEditing({ kind: 'new' })}>
      {t('guest.panel.add')}
    </Button>
  );
  const importButton = (
    <Button variant="default" onClick={() => setImporting(true)}>
      {t('guestImport.button')}
    </Button>
  );

  return (
    <Stack component="section" gap="md" aria-labelledby="guests-panel-title">
      <Group justify="space-between" align="center">
        <Title order={3} id="guests-panel-title">
          {t('guest.panel.title', { count: guests.length })}
        </Title>
        {guests.length > 0 && (
          <Group gap="sm">
            <Button variant="default" leftSection={<LetterIcon />} onClick={() => setLetterFor('all')}>
              {t('letters.bulk.open')}
            </Button>
            <Button variant="default" leftSection={<ItineraryIcon />} onClick={() => setItineraries(true)}>
              {t('itinerary.ui.bulk.open')}
            </Button>
            {importButton}
            {addButton}
          </Group>
        )}
      </Group>

      {passportWarnings.length > 0 && (
        <Alert
          color="orange"
          variant="light"
          icon={<WarningIcon size={20} />}
          title={t('guest.warnings.title', { count: passportWarnings.length })}
          data-testid="passport-warnings"
        >
          <Stack gap={6}>
            <List size="sm" spacing={4}>
              {passportWarnings.map((w) => (
                <List.Item key={`${w.code}-${w.guestId}`}>{warningMessage(t, w, date)}</List.Item>
              ))}
            </List>
            {/* Said plainly: the officer may keep the guest and sort the passport out later. */}
            <Text size="xs" c="dimmed">
              {t('guest.warnings.note')}
            </Text>
          </Stack>
        </Alert>
      )}

      {guests.length === 0 ? (
        <Paper withBorder radius="md" py="xl">
          <EmptyState
            icon={<UsersIcon size={28} />}
            variant="light"
            title={t('guest.panel.emptyTitle')}
            description={t('guest.panel.emptyText')}
          >
            <EmptyState.Actions>
              {addButton}
              {importButton}
            </EmptyState.Actions>
          </EmptyState>
        </Paper>
      ) : (
        <GuestTable
          guests={guests}
          warnings={warnings}
          busy={busy}
          onEdit={(guest) => setEditing({ kind: 'edit', guest })}
          onRemove={removeGuest}
          onMove={move}
          onIssueLetter={setLetterFor}
          visitId={visit.id}
          onExportCalendar={setCalendarFor}
        />
      )}

      {itineraries && <BulkItinerariesModal visit={visit} onClose={() => setItineraries(false)} />}
      {calendarFor && (
        <CalendarExportModal
          target={{ kind: 'visit', visit }}
          guestId={calendarFor.id}
          onClose={() => setCalendarFor(null)}
        />
      )}
      {importing && <ImportGuestsModal visit={visit} onClose={() => setImporting(false)} />}
      {letterFor === 'all' && <BulkIssueModal visit={visit} onClose={() => setLetterFor(null)} />}
      {letterFor && letterFor !== 'all' && (
        <IssueLetterModal
          key={letterFor.id}
          visitId={visit.id}
          guestId={letterFor.id}
          onClose={() => setLetterFor(null)}
          onOpenGuest={() => {
            const guest = guests.find((g) => g.id === letterFor.id) ?? letterFor;
            setLetterFor(null);
            setEditing({ kind: 'edit', guest });
          }}
        />
      )}

      {editing.kind !== 'closed' && (
        <GuestForm
          key={editing.kind === 'edit' ? editing.guest.id : 'new'}
          visit={visit}
          guest={editing.kind === 'edit' ? editing.guest : null}
          onClose={() => setEditing({ kind: 'closed' })}
        />
      )}
    </Stack>
  );
}
