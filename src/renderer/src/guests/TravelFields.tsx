import { Fieldset, Grid, Group, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format';
import { DateField, TimeField } from './fields';
import { PlaneLandingIcon, PlaneTakeoffIcon } from '../icons';
import type { GuestFieldsModel, LegName } from './use-guest-form';

function LegFields({ model, leg }: { model: GuestFieldsModel; leg: LegName }) {
  const { t } = useTranslation();
  const { values, error, setLeg } = model;
  const label = (field: string) => t(`guest.fields.${leg}.${field}`);
  return (
    <Fieldset
      legend={
        <Group gap={6} wrap="nowrap">
          {leg === 'arrival' ? <PlaneLandingIcon /> : <PlaneTakeoffIcon />}
          <span>{t(`guest.form.${leg}`)}</span>
        </Group>
      }
    >
      <Grid gap="sm">
        <Grid.Col span={4}>
          <DateField
            label={label('date')}
            value={values[leg].date}
            onChange={(value) => setLeg(leg, 'date', value)}
            error={error(`${leg}.date`)}
          />
        </Grid.Col>
        <Grid.Col span={3}>
          <TimeField
            label={label('time')}
            value={values[leg].time}
            onChange={(value) => setLeg(leg, 'time', value)}
            error={error(`${leg}.time`)}
          />
        </Grid.Col>
        <Grid.Col span={2}>
          <TextInput
            label={label('flight')}
            placeholder="TK 334"
            value={values[leg].flight}
            onChange={(e) => setLeg(leg, 'flight', e.currentTarget.value)}
            error={error(`${leg}.flight`)}
            autoComplete="off"
          />
        </Grid.Col>
        <Grid.Col span={3}>
          <TextInput
            label={label('airport')}
            placeholder="GYD"
            value={values[leg].airport}
            onChange={(e) => setLeg(leg, 'airport', e.currentTarget.value)}
            error={error(`${leg}.airport`)}
            autoComplete="off"
          />
        </Grid.Col>
      </Grid>
    </Fieldset>
  );
}

/** When and how the guest comes and goes; the visit's own dates bound both. */
export function TravelFields({
  model,
  visitRange,
}: {
  model: GuestFieldsModel;
  visitRange: [string, string];
}) {
  const { t } = useTranslation();
  const { dateRange } = useFormat();
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('guest.form.travelHint', { dates: dateRange(visitRange[0], visitRange[1]) })}
      </Text>
      <LegFields model={model} leg="arrival" />
      <LegFields model={model} leg="departure" />
    </Stack>
  );
}
