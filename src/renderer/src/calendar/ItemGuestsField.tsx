import { Checkbox, MultiSelect, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Guest } from '../../../shared/domain';
import { guestName } from '../../../shared/guest-name';
import type { ItemValues } from './item-values';

type Who = Pick<ItemValues, 'allGuests' | 'guestIds'>;

interface ItemGuestsFieldProps {
  guests: readonly Guest[];
  values: Who;
  set: <K extends keyof ItemValues>(key: K, value: ItemValues[K]) => void;
  error?: string | undefined;
}

/** Who of the delegation takes part: all guests, or those picked. */
export function ItemGuestsField({ guests, values, set, error }: ItemGuestsFieldProps) {
  const { t } = useTranslation();
  return (
    <Stack gap={6}>
      <Checkbox
        label={t('calendar.item.allGuests')}
        checked={values.allGuests}
        onChange={(e) => set('allGuests', e.currentTarget.checked)}
      />
      {!values.allGuests && (
        <MultiSelect
          aria-label={t('calendar.item.guests')}
          placeholder={t('calendar.item.guestsPlaceholder')}
          data={guests.map((g) => ({ value: g.id, label: guestName(g) }))}
          value={values.guestIds}
          onChange={(ids) => set('guestIds', ids)}
          error={error}
          searchable
          data-mantine-stop-propagation
        />
      )}
    </Stack>
  );
}
