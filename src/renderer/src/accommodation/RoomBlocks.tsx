import { useState } from 'react';
import { Group, NumberInput, Paper, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { Hotel } from '../../../shared/accommodation';
import type { Visit } from '../../../shared/domain';
import { ROOM_BLOCK_MAX_ROOMS } from '../../../shared/planning-constants';
import { errorMessage } from '../errors';
import { useFormat } from '../format';
import { useCall } from '../queries';

/** The number of rooms one hotel holds for the visit; saved when the officer leaves the field. */
function BlockField({ visit, hotelId, name }: { visit: Visit; hotelId: string; name: string }) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const held = visit.roomBlocks.find((b) => b.hotelId === hotelId)?.rooms ?? null;
  const [value, setValue] = useState<string | number>(held ?? '');
  const save = useCall('roomBlocks.save');

  const commit = () => {
    const rooms = typeof value === 'number' && value >= 1 ? value : null;
    if (rooms === held) return;
    save.mutate(
      { visitId: visit.id, hotelId, rooms },
      {
        onSuccess: () =>
          notifications.show({ color: 'green', message: t('accommodation.blocks.saved', { hotel: name }) }),
        onError: (error) => {
          setValue(held ?? '');
          notifications.show({ color: 'red', message: errorMessage(t, error, language) });
        },
      },
    );
  };

  return (
    <NumberInput
      label={name}
      aria-label={t('accommodation.blocks.label', { hotel: name })}
      placeholder={t('accommodation.blocks.notSet')}
      value={value}
      onChange={setValue}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
      }}
      min={1}
      max={ROOM_BLOCK_MAX_ROOMS}
      allowDecimal={false}
      allowNegative={false}
      w={190}
      size="xs"
      disabled={save.isPending}
    />
  );
}

/** Rooms each hotel holds for this visit: more rooms in use on a night becomes an accommodation issue. */
export function RoomBlocks({ visit, hotels }: { visit: Visit; hotels: ReadonlyMap<string, Hotel> }) {
  const { t } = useTranslation();
  const used = [
    ...new Set([...visit.stays.map((s) => s.hotelId), ...visit.roomBlocks.map((b) => b.hotelId)]),
  ].filter((id) => hotels.has(id));
  if (used.length === 0) return null;
  return (
    <Paper withBorder radius="md" px="md" py="xs" data-testid="room-blocks">
      <Group gap="lg" align="flex-end">
        <Text size="sm" fw={600} pb={6}>
          {t('accommodation.blocks.title')}
        </Text>
        {used.map((id) => (
          // Keyed by the number held, so that a change saved elsewhere shows here.
          <BlockField
            key={`${id}-${visit.roomBlocks.find((b) => b.hotelId === id)?.rooms ?? ''}`}
            visit={visit}
            hotelId={id}
            name={hotels.get(id)?.name ?? id}
          />
        ))}
      </Group>
    </Paper>
  );
}
