import { ActionIcon, Group, Table, Text, Tooltip } from '@mantine/core';
import { BriefingLink } from '../itinerary/BriefingLink';
import { useTranslation } from 'react-i18next';
import { weekdayName } from '../../../shared/dates';
import { toUpper } from '../../../shared/languages';
import { titleIn, type ProgrammeItem, type Transfer } from '../../../shared/planning';
import { transferPlace, useFormat } from '../format';
import { CalendarIcon, EditIcon, PlaneLandingIcon, PlaneTakeoffIcon, PlusIcon, TrashIcon } from '../icons';
import { routeHref } from '../route';
import type { ProgrammeDay } from './programme-days';
import { CeremonyAgreement } from './CeremonyAgreement';

const COLUMNS = 6;

interface Props {
  days: ProgrammeDay[];
  names: ReadonlyMap<string, string>;
  /** Entries that take part in a conflict, as the core found them. */
  conflicted: ReadonlySet<string>;
  onAdd: (date: string) => void;
  onEdit: (item: ProgrammeItem) => void;
  onRemove: (item: ProgrammeItem) => void;
}

function CalendarLink({ date, entry }: { date: string; entry: string }) {
  const { t } = useTranslation();
  return (
    <Tooltip label={t('programme.table.openInCalendar')}>
      <ActionIcon
        component="a"
        href={routeHref({ name: 'calendar', date, entry })}
        variant="subtle"
        color="gray"
        aria-label={t('programme.table.openInCalendar')}
      >
        <CalendarIcon />
      </ActionIcon>
    </Tooltip>
  );
}

function DayRow({ date, empty, onAdd }: { date: string; empty: boolean; onAdd: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const weekday = weekdayName(format.language, date);
  // Weekdays are lower case in running Azerbaijani and Russian text; a heading starts with a capital.
  const label = `${toUpper(weekday.slice(0, 1), format.language)}${weekday.slice(1)}, ${format.date(date)}`;
  return (
    <Table.Tr bg="var(--mantine-color-gray-0)" data-testid={`programme-day-${date}`}>
      <Table.Td colSpan={COLUMNS} py={4}>
        <Group justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Text size="sm" fw={700}>
              {label}
            </Text>
            {empty && (
              <Text size="sm" c="dimmed">
                {t('programme.table.emptyDay')}
              </Text>
            )}
          </Group>
          <Tooltip label={t('programme.table.addOn', { date: label })}>
            <ActionIcon
              variant="subtle"
              color="gray"
              size="sm"
              aria-label={t('programme.table.addOn', { date: label })}
              onClick={onAdd}
            >
              <PlusIcon size={14} />
            </ActionIcon>
          </Tooltip>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

function Time({
  start,
  end,
  endDate,
  startDate,
}: {
  start: string;
  end: string;
  startDate: string;
  endDate: string;
}) {
  const { date } = useFormat();
  return (
    <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
      {start ? `${start}–${end}` : '—'}
      {endDate !== startDate && (
        <Text span size="xs" c="dimmed" fw={400} display="block">
          {date(endDate)}
        </Text>
      )}
    </Text>
  );
}

function ItemRow({
  item,
  names,
  conflict,
  onEdit,
  onRemove,
}: {
  item: ProgrammeItem;
  names: ReadonlyMap<string, string>;
  conflict: boolean;
  onEdit: () => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useFormat();
  // The title as the officer reads it now: its translation into the UI language, where one was given.
  const title = titleIn(item, language);
  const guests = item.allGuests
    ? t('programme.table.allGuests')
    : item.guestIds.map((id) => names.get(id) ?? id).join(', ');
  const people = [
    item.hosts.join(', '),
    item.staff && t('programme.table.staff', { name: item.staff }),
  ].filter(Boolean);
  return (
    <Table.Tr data-testid="programme-item" bg={conflict ? 'var(--mantine-color-red-0)' : undefined}>
      <Table.Td>
        <Time start={item.startTime} end={item.endTime} startDate={item.startDate} endDate={item.endDate} />
      </Table.Td>
      <Table.Td>
        <Text size="sm" fw={500}>
          {title}
        </Text>
        <Text size="xs" c="dimmed">
          {[t(`calendar.type.${item.type}`), item.venue].filter(Boolean).join(' · ')}
        </Text>
        <CeremonyAgreement item={item} />
      </Table.Td>
      <Table.Td>
        <Text size="sm" c={item.allGuests ? 'dimmed' : undefined}>
          {guests}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{people.join(' · ')}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{item.vehicle}</Text>
      </Table.Td>
      <Table.Td>
        <Group gap={2} wrap="nowrap" justify="flex-end">
          <CalendarLink date={item.startDate} entry={item.id} />
          <BriefingLink itemId={item.id} title={title} />
          <Tooltip label={t('programme.table.edit', { title })}>
            <ActionIcon
              variant="subtle"
              color="gray"
              aria-label={t('programme.table.edit', { title })}
              onClick={onEdit}
            >
              <EditIcon />
            </ActionIcon>
          </Tooltip>
          <Tooltip label={t('programme.table.remove', { title })}>
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('programme.table.remove', { title })}
              onClick={onRemove}
            >
              <TrashIcon />
            </ActionIcon>
          </Tooltip>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

function TransferRow({
  transfer,
  names,
  conflict,
}: {
  transfer: Transfer;
  names: ReadonlyMap<string, string>;
  conflict: boolean;
}) {
  const { t } = useTranslation();
  const what =
    !transfer.number && !transfer.time
      ? t('travel.table.noJourney')
      : t(`programme.table.transfer.${transfer.direction}`, {
          number: transfer.number || t(`travel.mode.${transfer.mode}`),
          time: transfer.time || '—',
        });
  const people = [transfer.driver, transfer.escort].filter(Boolean).join(' · ');
  return (
    <Table.Tr data-testid="programme-transfer" bg={conflict ? 'var(--mantine-color-red-0)' : undefined}>
      <Table.Td>
        <Time
          start={transfer.startTime}
          end={transfer.endTime}
          startDate={transfer.startDate}
          endDate={transfer.endDate}
        />
      </Table.Td>
      <Table.Td>
        <Group gap={6} wrap="nowrap" c="dimmed">
          {transfer.direction === 'arrival' ? (
            <PlaneLandingIcon style={{ flexShrink: 0 }} />
          ) : (
            <PlaneTakeoffIcon style={{ flexShrink: 0 }} />
          )}
          <Text size="sm">{what}</Text>
        </Group>
        <Text size="xs" c="dimmed">
          {[
            t('calendar.type.transfer'),
            transferPlace(transfer.place, transfer.terminal, (terminal) =>
              t('travel.table.terminal', { terminal }),
            ),
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" c="dimmed">
          {transfer.guestIds.map((id) => names.get(id) ?? id).join(', ')}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" c="dimmed">
          {people}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" c="dimmed">
          {transfer.vehicle}
        </Text>
      </Table.Td>
      <Table.Td>
        <Group gap={2} wrap="nowrap" justify="flex-end">
          <CalendarLink date={transfer.startDate} entry={transfer.id} />
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

/** The programme day by day; transfers sit among the items at their time, read-only. */
export function ProgrammeTable({ days, names, conflicted, onAdd, onEdit, onRemove }: Props) {
  const { t } = useTranslation();
  return (
    <Table withTableBorder verticalSpacing={6} data-testid="programme-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={110}>{t('programme.table.time')}</Table.Th>
          <Table.Th>{t('programme.table.what')}</Table.Th>
          <Table.Th w="22%">{t('programme.table.guests')}</Table.Th>
          <Table.Th w="20%">{t('programme.table.people')}</Table.Th>
          <Table.Th w={120}>{t('programme.table.vehicle')}</Table.Th>
          <Table.Th w={100}>
            <Text span size="sm" fw={700} style={{ visibility: 'hidden' }}>
              {t('programme.table.actions')}
            </Text>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      {days.map((day) => (
        <Table.Tbody key={day.date} data-testid="programme-day" data-date={day.date}>
          <DayRow date={day.date} empty={day.lines.length === 0} onAdd={() => onAdd(day.date)} />
          {day.lines.map((line) =>
            line.kind === 'item' ? (
              <ItemRow
                key={line.item.id}
                item={line.item}
                names={names}
                conflict={conflicted.has(line.item.id)}
                onEdit={() => onEdit(line.item)}
                onRemove={() => onRemove(line.item)}
              />
            ) : (
              <TransferRow
                key={line.transfer.id}
                transfer={line.transfer}
                names={names}
                conflict={conflicted.has(line.transfer.id)}
              />
            ),
          )}
        </Table.Tbody>
      ))}
    </Table>
  );
}
