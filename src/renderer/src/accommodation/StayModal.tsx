import { useState } from 'react';
import { Alert, Button, Grid, Group, MultiSelect, Select, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { Stay } from '../../../shared/accommodation';
import { PAYERS, ROOM_TYPES } from '../../../shared/accommodation-constants';
import type { Visit } from '../../../shared/domain';
import { errorMessage, fieldErrors } from '../errors';
import { useFormat } from '../format';
import { DateField } from '../guests/fields';
import { guestName } from '../../../shared/guest-name';
import { useCall } from '../queries';
import { AppModal, SAVE_BUTTON } from '../shell/AppModal';
import { useUnsavedChanges } from '../shell/use-confirm-close';
import { useHotels } from './hotels';
import { NewHotelFields } from './NewHotelFields';

type Values = Omit<Stay, 'id'>;

function initial(visit: Visit, stay: Stay | null): Values {
  if (stay) {
    const { id: _id, ...rest } = stay;
    return rest;
  }
  return {
    guestIds: [],
    hotelId: '',
    roomNumber: '',
    roomType: 'double',
    checkIn: visit.arrivalDate,
    checkOut: visit.departureDate,
    confirmation: '',
    payer: 'host',
  };
}

/** Adds a stay (`stay` null) or edits one: which guests sleep in which room of which hotel, and when. */
export function StayModal({
  visit,
  stay,
  onClose,
}: {
  visit: Visit;
  stay: Stay | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const [values, setValues] = useState<Values>(() => initial(visit, stay));
  const [addingHotel, setAddingHotel] = useState(false);
  const changed = useUnsavedChanges(values);
  // What the stay was as the form opened: a field left alone that a colleague changed meanwhile keeps their value.
  const [opened] = useState(() => (stay ? { ...values, id: stay.id } : undefined));
  const hotels = useHotels();
  const save = useCall('stays.save');
  const errors = fieldErrors(t, save.error, 'stay.', language);
  const set = <K extends keyof Values>(key: K, value: Values[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const generalError =
    save.error && Object.keys(errors).length === 0 ? errorMessage(t, save.error, language) : null;

  const submit = () =>
    save.mutate(
      {
        visitId: visit.id,
        stay: { ...values, ...(stay ? { id: stay.id } : {}) },
        ...(opened ? { opened } : {}),
      },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('accommodation.notify.saved') });
          onClose();
        },
      },
    );

  return (
    <AppModal
      opened
      onClose={onClose}
      changed={changed}
      size="lg"
      title={t(stay ? 'accommodation.form.titleEdit' : 'accommodation.form.titleNew')}
    >
      <Stack gap="md">
        {generalError && <Alert color="red">{generalError}</Alert>}
        <MultiSelect
          label={t('accommodation.form.guests')}
          placeholder={values.guestIds.length === 0 ? t('accommodation.form.guestsPlaceholder') : undefined}
          data={visit.guests.map((g) => ({ value: g.id, label: guestName(g) }))}
          value={values.guestIds}
          onChange={(ids) => set('guestIds', ids)}
          error={errors.guestIds}
          required
          data-mantine-stop-propagation
        />
        <Group align="flex-end" gap="sm" wrap="nowrap">
          <Select
            style={{ flex: 1 }}
            label={t('accommodation.form.hotel')}
            placeholder={t('accommodation.form.hotelPlaceholder')}
            data={(hotels.data ?? []).map((h) => ({
              value: h.id,
              label: h.city ? `${h.name} (${h.city})` : h.name,
            }))}
            value={values.hotelId || null}
            onChange={(id) => set('hotelId', id ?? '')}
            error={errors.hotelId}
            searchable
            required
            data-mantine-stop-propagation
          />
          {!addingHotel && (
            <Button variant="default" onClick={() => setAddingHotel(true)}>
              {t('accommodation.form.newHotel')}
            </Button>
          )}
        </Group>
        {addingHotel && (
          <NewHotelFields
            onCancel={() => setAddingHotel(false)}
            onAdded={(hotel) => {
              set('hotelId', hotel.id);
              setAddingHotel(false);
            }}
          />
        )}
        <Grid gap="sm">
          <Grid.Col span={6}>
            <TextInput
              label={t('accommodation.form.roomNumber')}
              value={values.roomNumber}
              onChange={(e) => set('roomNumber', e.currentTarget.value)}
              error={errors.roomNumber}
              autoComplete="off"
            />
          </Grid.Col>
          <Grid.Col span={6}>
            <Select
              label={t('accommodation.form.roomType')}
              data={ROOM_TYPES.map((type) => ({ value: type, label: t(`accommodation.roomType.${type}`) }))}
              value={values.roomType}
              onChange={(type) => {
                const known = ROOM_TYPES.find((r) => r === type);
                if (known) set('roomType', known);
              }}
              allowDeselect={false}
              data-mantine-stop-propagation
            />
          </Grid.Col>
          <Grid.Col span={6}>
            <DateField
              label={t('accommodation.form.checkIn')}
              value={values.checkIn}
              onChange={(date) => set('checkIn', date)}
              error={errors.checkIn}
              required
            />
          </Grid.Col>
          <Grid.Col span={6}>
            <DateField
              label={t('accommodation.form.checkOut')}
              value={values.checkOut}
              onChange={(date) => set('checkOut', date)}
              error={errors.checkOut}
              required
            />
          </Grid.Col>
          <Grid.Col span={6}>
            <TextInput
              label={t('accommodation.form.confirmation')}
              value={values.confirmation}
              onChange={(e) => set('confirmation', e.currentTarget.value)}
              error={errors.confirmation}
              autoComplete="off"
            />
          </Grid.Col>
          <Grid.Col span={6}>
            <Select
              label={t('accommodation.form.payer')}
              data={PAYERS.map((payer) => ({ value: payer, label: t(`accommodation.payer.${payer}`) }))}
              value={values.payer}
              onChange={(payer) => {
                const known = PAYERS.find((p) => p === payer);
                if (known) set('payer', known);
              }}
              allowDeselect={false}
              data-mantine-stop-propagation
            />
          </Grid.Col>
        </Grid>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={submit} loading={save.isPending} disabled={addingHotel} {...SAVE_BUTTON}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
