import { useState } from 'react';
import { Button, Fieldset, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { Hotel, HotelData } from '../../../shared/accommodation';
import { errorMessage, fieldErrors } from '../errors';
import { useFormat } from '../format';
import { useUnsavedChanges } from '../shell/use-confirm-close';
import { HotelFields, EMPTY_HOTEL } from './HotelFields';
import { useSaveHotel } from './hotels';

/**
 * A new hotel, entered inside the stay dialog: the officer usually learns of a hotel while booking
 * it, and a second dialog on top of the first would hide the booking being made.
 */
export function NewHotelFields({
  onAdded,
  onCancel,
}: {
  onAdded: (hotel: Hotel) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const [values, setValues] = useState<HotelData>(EMPTY_HOTEL);
  useUnsavedChanges(values);
  const save = useSaveHotel();
  const errors = fieldErrors(t, save.error, 'hotel.', language);

  const submit = () =>
    save.mutate(values, {
      onSuccess: (hotel) => {
        notifications.show({
          color: 'green',
          message: t('accommodation.notify.hotelSaved', { name: hotel.name }),
        });
        onAdded(hotel);
      },
      onError: (error) => {
        if (Object.keys(fieldErrors(t, error, 'hotel.', language)).length > 0) return;
        notifications.show({ color: 'red', message: errorMessage(t, error, language) });
      },
    });

  return (
    <Fieldset legend={t('accommodation.hotel.title')} data-testid="new-hotel">
      <HotelFields values={values} onChange={setValues} errors={errors} />
      <Group justify="flex-end" mt="sm" gap="sm">
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button onClick={submit} loading={save.isPending}>
          {t('accommodation.hotel.save')}
        </Button>
      </Group>
    </Fieldset>
  );
}
