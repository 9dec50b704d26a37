import { ActionIcon, Group, Table, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Direction, Transfer } from '../../../shared/planning';
import { transferPlace, useFormat } from '../format';
import { CalendarIcon, EditIcon, PlaneLandingIcon, PlaneTakeoffIcon, WarningIcon } from '../icons';
import { routeHref } from '../route';

interface Props {
  transfers: Transfer[];
  names: ReadonlyMap<string, string>;
  /** Transfers whose car leaves after the flight, as the core found them. */
  late: ReadonlySet<string>;
  /** Guests without a journey in each direction. */
  missing: Record<Direction, string[]>;
  onEdit: (transfer: Transfer) => void;
}

function When({ transfer }: { transfer: Transfer }) {
  const { date } = useFormat();
  return (
    <>
      <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
        {transfer.time || '—'}
      </Text>
      <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
        {date(transfer.date)}
      </Text>
    </>
  );
}

function Pickup({ transfer, late }: { transfer: Transfer; late: boolean }) {
  const { t } = useTranslation();
  const people = [
    transfer.driver,
    transfer.escort && t('travel.table.escort', { name: transfer.escort }),
  ].filter(Boolean);
  if (!transfer.vehicle && people.length === 0 && !transfer.leaveAt) {
    return (
      <Text size="sm" c="dimmed">
        {t('travel.table.noPickup')}
      </Text>
    );
  }
  return (
    <>
      <Text size="sm">{[transfer.vehicle, ...people].filter(Boolean).join(' · ')}</Text>
      {transfer.leaveAt &&
        (late ? (
          <Group gap={4} wrap="nowrap" c="red" data-testid="late-car">
            <WarningIcon size={12} style={{ flexShrink: 0 }} />
            <Text size="xs" fw={600}>
              {t(`travel.table.late.${transfer.direction}`, { time: transfer.leaveAt })}
            </Text>
          </Group>
        ) : (
          <Text size="xs" c="dimmed">
            {t('travel.table.leaves', { time: transfer.leaveAt })}
          </Text>
        ))}
    </>
  );
}

function GroupRow({ direction, count }: { direction: Direction; count: number }) {
  const { t } = useTranslation();
  return (
    <Table.Tr bg="var(--mantine-color-gray-0)">
      <Table.Td colSpan={5} py={6}>
        <Group gap={6} wrap="nowrap">
          {direction === 'arrival' ? <PlaneLandingIcon /> : <PlaneTakeoffIcon />}
          <Text size="sm" fw={700}>
            {t(`travel.table.group.${direction}`, { count })}
          </Text>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

function MissingRow({ direction, names }: { direction: Direction; names: string[] }) {
  const { t } = useTranslation();
  return (
    <Table.Tr data-testid={`missing-${direction}`}>
      <Table.Td colSpan={5}>
        <Text size="sm" c="orange.8">
          {t(`travel.table.missing.${direction}`, { count: names.length, names: names.join(', ') })}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}

/** Arrivals, then departures: when, which flight, where, who, and the car. */
export function TransferTable({ transfers, names, late, missing, onEdit }: Props) {
  const { t } = useTranslation();
  const row = (transfer: Transfer) => {
    const who = transfer.guestIds.map((id) => names.get(id) ?? id).join(', ');
    // A guest's date alone makes a row: it says the flight is still to come, not "— Flight".
    const number =
      transfer.number || (transfer.mode === 'flight' ? t('travel.table.noJourney') : t('travel.mode.train'));
    return (
      <Table.Tr key={transfer.id} data-testid="transfer-row" data-direction={transfer.direction}>
        <Table.Td>
          <When transfer={transfer} />
        </Table.Td>
        <Table.Td>
          <Text size="sm" fw={500} style={{ whiteSpace: 'nowrap' }}>
            {number}
          </Text>
          <Text size="xs" c="dimmed">
            {transferPlace(transfer.place, transfer.terminal, (terminal) =>
              t('travel.table.terminal', { terminal }),
            )}
          </Text>
        </Table.Td>
        <Table.Td>
          <Text size="sm">{who}</Text>
        </Table.Td>
        <Table.Td>
          <Pickup transfer={transfer} late={late.has(transfer.id)} />
        </Table.Td>
        <Table.Td w={80}>
          <Group gap={2} wrap="nowrap" justify="flex-end">
            <Tooltip label={t('travel.table.openInCalendar')}>
              <ActionIcon
                component="a"
                href={routeHref({ name: 'calendar', date: transfer.date, entry: transfer.id })}
                variant="subtle"
                color="gray"
                aria-label={t('travel.table.openInCalendar')}
              >
                <CalendarIcon />
              </ActionIcon>
            </Tooltip>
            <Tooltip label={t('travel.table.edit', { names: who })}>
              <ActionIcon
                variant="subtle"
                color="gray"
                aria-label={t('travel.table.edit', { names: who })}
                onClick={() => onEdit(transfer)}
              >
                <EditIcon />
              </ActionIcon>
            </Tooltip>
          </Group>
        </Table.Td>
      </Table.Tr>
    );
  };
  const part = (direction: Direction) => {
    const list = transfers.filter((tr) => tr.direction === direction);
    return [
      <GroupRow key={`g-${direction}`} direction={direction} count={list.length} />,
      ...list.map(row),
      ...(missing[direction].length > 0
        ? [<MissingRow key={`m-${direction}`} direction={direction} names={missing[direction]} />]
        : []),
    ];
  };
  return (
    <Table withTableBorder verticalSpacing={6} data-testid="transfers-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={130}>{t('travel.table.when')}</Table.Th>
          <Table.Th w={190}>{t('travel.table.journey')}</Table.Th>
          <Table.Th>{t('travel.table.guests')}</Table.Th>
          <Table.Th>{t('travel.table.pickup')}</Table.Th>
          <Table.Th w={80}>
            <Text span size="sm" fw={700} style={{ visibility: 'hidden' }}>
              {t('travel.table.actions')}
            </Text>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {part('arrival')}
        {part('departure')}
      </Table.Tbody>
    </Table>
  );
}
