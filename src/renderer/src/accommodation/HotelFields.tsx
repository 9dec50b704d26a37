import { Grid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { HotelData } from '../../../shared/accommodation';

export const EMPTY_HOTEL: HotelData = { name: '', address: '', city: '', phone: '', email: '', notes: '' };

/** Each field and its width on the 12-column grid: name and city share a row, as do phone and e-mail. */
const FIELDS = [
  ['name', 8],
  ['city', 4],
  ['address', 12],
  ['phone', 6],
  ['email', 6],
  ['notes', 12],
] as const;

/** A hotel's fields, as the new-hotel form and the directory's editor both show them. */
export function HotelFields({
  values,
  onChange,
  errors,
}: {
  values: HotelData;
  onChange: (values: HotelData) => void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  return (
    <Grid gap="sm">
      {FIELDS.map(([field, span]) => (
        <Grid.Col key={field} span={span}>
          <TextInput
            label={t(`accommodation.hotel.${field}`)}
            required={field === 'name'}
            value={values[field]}
            onChange={(e) => onChange({ ...values, [field]: e.currentTarget.value })}
            error={errors[field]}
            autoComplete="off"
          />
        </Grid.Col>
      ))}
    </Grid>
  );
}
