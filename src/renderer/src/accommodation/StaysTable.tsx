import { ActionIcon, Group, Table, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Hotel, Stay } from '../../../shared/accommodation';
import type { Guest } from '../../../shared/domain';
import { useFormat } from '../format';
import { guestName } from '../../../shared/guest-name';
import { EditIcon, TrashIcon } from '../icons';
import { nightCount } from './nights';

interface Props {
  stays: Stay[];
  guests: Guest[];
  hotels: ReadonlyMap<string, Hotel>;
  onEdit: (stay: Stay) => void;
  onRemove: (stay: Stay) => void;
  busy: boolean;
}

/** The bookings of a visit, in check-in order. */
export function StaysTable({ stays, guests, hotels, onEdit, onRemove, busy }: Props) {
  const { t } = useTranslation();
  const { dateRange } = useFormat();
  const names = new Map(guests.map((g) => [g.id, guestName(g)]));
  const sorted = [...stays].sort((a, b) => a.checkIn.localeCompare(b.checkIn));
  const room = (n: string) => t('accommodation.table.room', { room: n });
  return (
    <Table withTableBorder verticalSpacing={6} data-testid="stays-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('accommodation.table.guests')}</Table.Th>
          <Table.Th>{t('accommodation.table.hotel')}</Table.Th>
          <Table.Th>{t('accommodation.table.roomType')}</Table.Th>
          <Table.Th>{t('accommodation.table.dates')}</Table.Th>
          <Table.Th>{t('accommodation.table.confirmation')}</Table.Th>
          <Table.Th>{t('accommodation.table.payer')}</Table.Th>
          <Table.Th w={90}>
            <Text span size="sm" fw={700} style={{ visibility: 'hidden' }}>
              {t('accommodation.table.actions')}
            </Text>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {sorted.map((stay) => {
          const who = stay.guestIds.map((id) => names.get(id) ?? id).join(', ');
          return (
            <Table.Tr key={stay.id} data-testid="stay-row">
              <Table.Td>
                <Text size="sm" fw={500}>
                  {who}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c={hotels.has(stay.hotelId) ? undefined : 'red'}>
                  {hotels.get(stay.hotelId)?.name ?? t('accommodation.table.unknownHotel')}
                </Text>
                {stay.roomNumber && (
                  <Text size="xs" c="dimmed">
                    {room(stay.roomNumber)}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{t(`accommodation.roomType.${stay.roomType}`)}</Table.Td>
              <Table.Td>
                <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                  {dateRange(stay.checkIn, stay.checkOut)}
                </Text>
                <Text size="xs" c="dimmed">
                  {t('accommodation.table.nights', { count: nightCount(stay.checkIn, stay.checkOut) })}
                </Text>
              </Table.Td>
              <Table.Td>{stay.confirmation}</Table.Td>
              <Table.Td>{t(`accommodation.payer.${stay.payer}`)}</Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  <Tooltip label={t('accommodation.table.edit', { names: who })}>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      aria-label={t('accommodation.table.edit', { names: who })}
                      onClick={() => onEdit(stay)}
                    >
                      <EditIcon />
                    </ActionIcon>
                  </Tooltip>
                  <Tooltip label={t('accommodation.table.remove', { names: who })}>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t('accommodation.table.remove', { names: who })}
                      onClick={() => onRemove(stay)}
                      disabled={busy}
                    >
                      <TrashIcon />
                    </ActionIcon>
                  </Tooltip>
                </Group>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
