import { useState } from 'react';
import { Button, Fieldset, Grid, Group, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { Hotel, HotelData } from '../../../shared/accommodation';
import { errorMessage, fieldErrors } from '../errors';
import { useFormat } from '../format';
import { useSaveHotel } from './hotels';

const EMPTY: HotelData = { name: '', address: '', city: '', phone: '', email: '', notes: '' };
/** Each field and its width on the 12-column grid: name and city share a row, as do phone and e-mail. */
const FIELDS = [
  ['name', 8],
  ['city', 4],
  ['address', 12],
  ['phone', 6],
  ['email', 6],
  ['notes', 12],
] as const;

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
  const [values, setValues] = useState<HotelData>(EMPTY);
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
      <Grid gap="sm">
        {FIELDS.map(([field, span]) => (
          <Grid.Col key={field} span={span}>
            <TextInput
              label={t(`accommodation.hotel.${field}`)}
              required={field === 'name'}
              value={values[field]}
              onChange={(e) => {
                const value = e.currentTarget.value;
                setValues((v) => ({ ...v, [field]: value }));
              }}
              error={errors[field]}
              autoComplete="off"
            />
          </Grid.Col>
        ))}
      </Grid>
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
