import { ScrollArea, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Hotel, RoomingNight, Stay } from '../../../shared/accommodation';
import type { Guest } from '../../../shared/domain';
import { useFormat } from '../format';
import { guestName } from '../../../shared/guest-name';

interface Props {
  rooming: RoomingNight[];
  guests: Guest[];
  stays: Stay[];
  hotels: ReadonlyMap<string, Hotel>;
}

/** Nights down, guests across: where each guest sleeps, a missing bed in red, a night away blank. */
export function RoomingTable({ rooming, guests, stays, hotels }: Props) {
  const { t } = useTranslation();
  const { date } = useFormat();
  const byId = new Map(stays.map((s) => [s.id, s]));
  const room = (n: string) => t('accommodation.table.room', { room: n });
  return (
    <ScrollArea type="auto">
      <Table withTableBorder withColumnBorders striped data-testid="rooming-list" miw={560}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={200}>{t('accommodation.rooming.night')}</Table.Th>
            {guests.map((g) => (
              <Table.Th key={g.id}>{guestName(g)}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rooming.map((night) => (
            <Table.Tr key={night.date} data-testid={`rooming-${night.date}`}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {date(night.date)}
                </Text>
              </Table.Td>
              {guests.map((g) => {
                const bed = night.beds.find((b) => b.guestId === g.id);
                const stay = bed?.stayId ? byId.get(bed.stayId) : undefined;
                let cell;
                if (!bed) {
                  cell = (
                    <Text size="sm" c="dimmed">
                      {t('accommodation.rooming.away')}
                    </Text>
                  );
                } else if (!stay) {
                  cell = (
                    <Text size="sm" c="red" fw={600}>
                      {t('accommodation.rooming.noBed')}
                    </Text>
                  );
                } else {
                  // Hotel and room on two lines: a narrow column then never breaks a name in the middle.
                  cell = (
                    <>
                      <Text size="sm">
                        {hotels.get(stay.hotelId)?.name ?? t('accommodation.table.unknownHotel')}
                      </Text>
                      {stay.roomNumber && (
                        <Text size="xs" c="dimmed">
                          {room(stay.roomNumber)}
                        </Text>
                      )}
                    </>
                  );
                }
                return <Table.Td key={g.id}>{cell}</Table.Td>;
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  );
}
