import { Grid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DateField, TimeField } from '../guests/fields';
import type { ItemValues } from './item-values';

type When = Pick<ItemValues, 'startDate' | 'startTime' | 'endDate' | 'endTime'>;

interface ItemWhenFieldsProps {
  values: When;
  set: <K extends keyof ItemValues>(key: K, value: ItemValues[K]) => void;
  errors: Record<string, string | undefined>;
}

/** When a programme item starts and ends: a date and a time each. */
export function ItemWhenFields({ values, set, errors }: ItemWhenFieldsProps) {
  const { t } = useTranslation();
  return (
    <Grid gap="sm">
      <Grid.Col span={4}>
        <DateField
          label={t('calendar.item.startDate')}
          value={values.startDate}
          onChange={(date) => set('startDate', date)}
          error={errors.startDate}
          required
        />
      </Grid.Col>
      <Grid.Col span={2}>
        <TimeField
          label={t('calendar.item.startTime')}
          value={values.startTime}
          onChange={(v) => set('startTime', v)}
          error={errors.startTime}
        />
      </Grid.Col>
      <Grid.Col span={4}>
        <DateField
          label={t('calendar.item.endDate')}
          value={values.endDate}
          onChange={(date) => set('endDate', date)}
          error={errors.endDate}
          required
        />
      </Grid.Col>
      <Grid.Col span={2}>
        <TimeField
          label={t('calendar.item.endTime')}
          value={values.endTime}
          onChange={(v) => set('endTime', v)}
          error={errors.endTime}
        />
      </Grid.Col>
    </Grid>
  );
}
