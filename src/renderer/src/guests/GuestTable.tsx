import type { ReactNode } from 'react';
import { ActionIcon, Badge, Group, Stack, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Warning } from '../../../shared/visits-contract';
import type { Guest, TravelLeg } from '../../../shared/domain';
import { useFormat } from '../format';
import { guestName } from '../../../shared/guest-name';
import { GuestLetters } from './GuestLetters';
import { CalendarIcon, ItineraryIcon, LetterIcon } from '../icons';
import { ArrowDownIcon, ArrowUpIcon, EditIcon, TrashIcon, WarningIcon } from '../icons';
import { warningMessage } from './warnings';
import { navigate } from '../route';
import classes from './GuestTable.module.css';

interface GuestTableProps {
  guests: readonly Guest[];
  warnings: readonly Warning[];
  busy: boolean;
  onEdit: (guest: Guest) => void;
  onRemove: (guest: Guest) => void;
  onMove: (guest: Guest, step: -1 | 1) => void;
  onIssueLetter: (guest: Guest) => void;
  /** The visit the guests belong to: each row then lists the letters issued to its guest. */
  visitId?: string;
  /** Exports the items a guest attends as a calendar file (.ics). */
  onExportCalendar?: (guest: Guest) => void;
}

function Action(props: {
  label: string;
  onClick: () => void;
  disabled?: boolean;
  color?: string;
  children: ReactNode;
}) {
  return (
    <Tooltip label={props.label} openDelay={400} withinPortal>
      <ActionIcon
        className={classes.action}
        size="md"
        variant="subtle"
        color={props.color ?? 'gray'}
        aria-label={props.label}
        onClick={props.onClick}
        disabled={props.disabled}
      >
        {props.children}
      </ActionIcon>
    </Tooltip>
  );
}

function Leg({ leg }: { leg: TravelLeg }) {
  const { date } = useFormat();
  const detail = [leg.time, leg.flight].filter(Boolean).join(' · ');
  if (!leg.date && !detail) return <Text c="dimmed">—</Text>;
  return (
    <Stack gap={0}>
      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
        {date(leg.date)}
      </Text>
      {detail && (
        <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          {detail}
        </Text>
      )}
    </Stack>
  );
}

function Passport({ guest, warning }: { guest: Guest; warning: Warning | undefined }) {
  const { t } = useTranslation();
  const { date } = useFormat();
  const { number, expiryDate } = guest.passport;
  if (!number && !expiryDate) return <Text c="dimmed">—</Text>;
  return (
    <Stack gap={2}>
      <Text size="sm" ff="monospace">
        {number || '—'}
      </Text>
      {expiryDate && (
        <Group gap={4} wrap="nowrap">
          {warning && (
            <Tooltip label={warningMessage(t, warning, date)} multiline w={340} withArrow withinPortal>
              {/* Focusable, so the reason can be read from the keyboard as well as on hover. */}
              <span
                className={classes.warning}
                role="img"
                tabIndex={0}
                aria-label={warningMessage(t, warning, date)}
                data-testid="passport-warning"
              >
                <WarningIcon size={14} />
              </span>
            </Tooltip>
          )}
          <Text
            size="xs"
            c={warning ? 'orange.8' : 'dimmed'}
            fw={warning ? 600 : undefined}
            style={{ whiteSpace: 'nowrap' }}
          >
            {/* Numeric here to keep the column narrow; the warning spells the dates out. */}
            {t('guest.table.validUntil', { date: date(expiryDate) })}
          </Text>
        </Group>
      )}
    </Stack>
  );
}

/** The delegation in its agreed order, which is also the order of every list and letter. */
export function GuestTable({
  guests,
  warnings,
  busy,
  onEdit,
  onRemove,
  onMove,
  onIssueLetter,
  visitId,
  onExportCalendar,
}: GuestTableProps) {
  const { t } = useTranslation();
  const { country } = useFormat();
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table
        verticalSpacing="sm"
        horizontalSpacing={8}
        highlightOnHover
        withTableBorder
        aria-label={t('guest.table.ariaLabel')}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={44}>{t('guest.table.number')}</Table.Th>
            <Table.Th miw={230}>{t('guest.table.name')}</Table.Th>
            <Table.Th>{t('guest.table.category')}</Table.Th>
            <Table.Th>{t('guest.table.citizenship')}</Table.Th>
            <Table.Th>{t('guest.table.passport')}</Table.Th>
            <Table.Th>{t('guest.table.arrival')}</Table.Th>
            <Table.Th>{t('guest.table.departure')}</Table.Th>
            <Table.Th w={1}>
              <VisuallyHidden>{t('guest.table.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {guests.map((guest, index) => {
            const name = guestName(guest);
            const warning = warnings.find((w) => w.guestId === guest.id);
            const subtitle = [guest.position, guest.organisation].filter(Boolean).join(', ');
            return (
              <Table.Tr key={guest.id} data-guest-id={guest.id}>
                <Table.Td c="dimmed">{index + 1}</Table.Td>
                <Table.Td>
                  <Stack gap={2}>
                    <Text fw={600} size="sm">
                      {name}
                    </Text>
                    {guest.role === 'head' && (
                      <Badge
                        size="sm"
                        variant="light"
                        color="blue"
                        tt="none"
                        style={{ alignSelf: 'flex-start' }}
                      >
                        {t('guest.roles.head')}
                      </Badge>
                    )}
                    {subtitle && (
                      <Text size="xs" c="dimmed" lineClamp={2} title={subtitle}>
                        {subtitle}
                      </Text>
                    )}
                    {visitId && <GuestLetters visitId={visitId} guestId={guest.id} name={name} />}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{t(`guest.categories.${guest.category}`)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{country(guest.citizenship) || '—'}</Text>
                </Table.Td>
                <Table.Td>
                  <Passport guest={guest} warning={warning} />
                </Table.Td>
                <Table.Td>
                  <Leg leg={guest.arrival} />
                </Table.Td>
                <Table.Td>
                  <Leg leg={guest.departure} />
                </Table.Td>
                <Table.Td>
                  <Group gap={0} wrap="nowrap" justify="flex-end">
                    <Action
                      label={t('guest.actions.moveUp', { name })}
                      disabled={busy || index === 0}
                      onClick={() => onMove(guest, -1)}
                    >
                      <ArrowUpIcon />
                    </Action>
                    <Action
                      label={t('guest.actions.moveDown', { name })}
                      disabled={busy || index === guests.length - 1}
                      onClick={() => onMove(guest, 1)}
                    >
                      <ArrowDownIcon />
                    </Action>
                    {visitId && (
                      <Action
                        label={t('itinerary.ui.open', { name })}
                        onClick={() => navigate({ name: 'printItinerary', id: visitId, guestId: guest.id })}
                      >
                        <ItineraryIcon />
                      </Action>
                    )}
                    {onExportCalendar && (
                      <Action label={t('ics.guestAction', { name })} onClick={() => onExportCalendar(guest)}>
                        <CalendarIcon />
                      </Action>
                    )}
                    <Action
                      label={t('letters.issueFor', { name })}
                      color="blue"
                      onClick={() => onIssueLetter(guest)}
                    >
                      <LetterIcon />
                    </Action>
                    <Action label={t('guest.actions.edit', { name })} onClick={() => onEdit(guest)}>
                      <EditIcon />
                    </Action>
                    <Action
                      label={t('guest.actions.remove', { name })}
                      color="red"
                      disabled={busy}
                      onClick={() => onRemove(guest)}
                    >
                      <TrashIcon />
                    </Action>
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
