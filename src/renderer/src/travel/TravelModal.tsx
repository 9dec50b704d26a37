import { useState } from 'react';
import {
  Alert,
  Autocomplete,
  Button,
  Fieldset,
  Grid,
  Group,
  MultiSelect,
  SegmentedControl,
  Stack,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { Pickup, TravelLeg, Visit } from '../../../shared/domain';
import { TRAVEL_MODES } from '../../../shared/visit-constants';
import type { Direction } from '../../../shared/planning';
import { errorMessage, fieldErrors } from '../errors';
import { useFormat } from '../format';
import { DateField, TimeField } from '../guests/fields';
import { guestName } from '../../../shared/guest-name';
import { useCall } from '../queries';
import { AppModal, SAVE_BUTTON } from '../shell/AppModal';
import { useUnsavedChanges } from '../shell/use-confirm-close';
import { usePlanningSuggestions } from '../calendar/item-values';
import type { JourneyValues } from './travel-values';

interface Props {
  visit: Visit;
  direction: Direction;
  /** Whether the journey exists already (the title says so). */
  editing: boolean;
  initial: JourneyValues;
  onClose: () => void;
}

/**
 * One way of the journey of guests travelling together, and the car that meets them or takes them to
 * the airport: saved on every chosen guest, so they share one transfer.
 */
export function TravelModal({ visit, direction, editing, initial, onClose }: Props) {
  const { t } = useTranslation();
  const { language, dateRange } = useFormat();
  const [guestIds, setGuestIds] = useState(initial.guestIds);
  const [leg, setLeg] = useState<TravelLeg>(initial.leg);
  const changed = useUnsavedChanges({ guestIds, leg });
  const suggestions = usePlanningSuggestions();
  const save = useCall('travel.save');
  const errors = fieldErrors(t, save.error, 'leg.', language);
  const generalError =
    save.error && Object.keys(errors).length === 0 ? errorMessage(t, save.error, language) : null;
  const set = <K extends keyof TravelLeg>(key: K, value: TravelLeg[K]) =>
    setLeg((l) => ({ ...l, [key]: value }));
  const setPickup = <K extends keyof Pickup>(key: K, value: Pickup[K]) =>
    setLeg((l) => ({ ...l, pickup: { ...l.pickup, [key]: value } }));
  const label = (field: string) => t(`travel.form.${field}`);
  const modeLabel = (field: string) => t(`travel.form.${leg.mode}.${field}`);

  const submit = () =>
    save.mutate(
      { visitId: visit.id, direction, guestIds, leg },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('travel.notify.saved') });
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
      title={t(`travel.form.title.${editing ? 'edit' : 'new'}.${direction}`)}
    >
      <Stack gap="md">
        {generalError && <Alert color="red">{generalError}</Alert>}
        <MultiSelect
          label={label('guests')}
          description={label('guestsHint')}
          placeholder={guestIds.length === 0 ? label('guestsPlaceholder') : undefined}
          data={visit.guests.map((g) => ({ value: g.id, label: guestName(g) }))}
          value={guestIds}
          onChange={setGuestIds}
          error={errors.guestIds}
          required
          data-mantine-stop-propagation
        />
        <SegmentedControl
          aria-label={label('mode')}
          data={TRAVEL_MODES.map((mode) => ({ value: mode, label: t(`travel.mode.${mode}`) }))}
          value={leg.mode}
          onChange={(mode) => {
            const known = TRAVEL_MODES.find((m) => m === mode);
            if (known) set('mode', known);
          }}
        />
        <Grid gap="sm">
          <Grid.Col span={5}>
            <DateField
              label={label('date')}
              description={t('travel.form.dateHint', {
                dates: dateRange(visit.arrivalDate, visit.departureDate),
              })}
              value={leg.date}
              onChange={(date) => set('date', date)}
              minDate={visit.arrivalDate}
              maxDate={visit.departureDate}
              error={errors.date}
              required
            />
          </Grid.Col>
          <Grid.Col span={3}>
            <TimeField
              label={label(`time.${direction}`)}
              value={leg.time}
              onChange={(v) => set('time', v)}
              error={errors.time}
            />
          </Grid.Col>
          <Grid.Col span={4}>
            <TextInput
              label={modeLabel('number')}
              placeholder={leg.mode === 'flight' ? 'TK 334' : '052'}
              value={leg.flight}
              onChange={(e) => set('flight', e.currentTarget.value)}
              error={errors.flight}
              autoComplete="off"
            />
          </Grid.Col>
          <Grid.Col span={8}>
            <Autocomplete
              label={modeLabel('place')}
              data={suggestions.data?.places ?? []}
              value={leg.airport}
              onChange={(v) => set('airport', v)}
              error={errors.airport}
              data-mantine-stop-propagation
            />
          </Grid.Col>
          <Grid.Col span={4}>
            <TextInput
              label={modeLabel('terminal')}
              value={leg.terminal}
              onChange={(e) => set('terminal', e.currentTarget.value)}
              error={errors.terminal}
              autoComplete="off"
            />
          </Grid.Col>
        </Grid>
        <Fieldset legend={t(`travel.form.pickup.${direction}`)}>
          <Grid gap="sm">
            <Grid.Col span={6}>
              <Autocomplete
                label={label('vehicle')}
                data={suggestions.data?.vehicles ?? []}
                value={leg.pickup.vehicle}
                onChange={(v) => setPickup('vehicle', v)}
                error={errors['pickup.vehicle']}
                data-mantine-stop-propagation
              />
            </Grid.Col>
            <Grid.Col span={6}>
              <TimeField
                label={label('leaveAt')}
                value={leg.pickup.leaveAt}
                onChange={(v) => setPickup('leaveAt', v)}
                error={errors['pickup.leaveAt']}
              />
            </Grid.Col>
            <Grid.Col span={6}>
              <Autocomplete
                label={label('driver')}
                data={suggestions.data?.drivers ?? []}
                value={leg.pickup.driver}
                onChange={(v) => setPickup('driver', v)}
                error={errors['pickup.driver']}
                data-mantine-stop-propagation
              />
            </Grid.Col>
            <Grid.Col span={6}>
              <Autocomplete
                label={label('escort')}
                data={suggestions.data?.escorts ?? []}
                value={leg.pickup.escort}
                onChange={(v) => setPickup('escort', v)}
                error={errors['pickup.escort']}
                data-mantine-stop-propagation
              />
            </Grid.Col>
          </Grid>
        </Fieldset>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={submit} loading={save.isPending} {...SAVE_BUTTON}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
