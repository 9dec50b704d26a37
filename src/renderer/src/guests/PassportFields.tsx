import { SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isIsoDate } from '../../../shared/dates';
import { passportValidUntilRequired } from '../../../shared/domain';
import { useFormat } from '../format';
import { CountrySelect, DateField } from './fields';
import type { GuestFieldsModel } from './use-guest-form';

/** The passport as the visa invitation quotes it. */
export function PassportFields({
  model,
  visitDeparture,
}: {
  model: GuestFieldsModel;
  visitDeparture: string;
}) {
  const { t } = useTranslation();
  const { date } = useFormat();
  const { values, error, setPassport } = model;
  // The rule is the core's; the field only tells the user in advance which date it will hold them to.
  const leaves = isIsoDate(values.departure.date) ? values.departure.date : visitDeparture;
  const needed = isIsoDate(leaves) ? passportValidUntilRequired(leaves) : '';
  return (
    <SimpleGrid cols={2} spacing="md" verticalSpacing="sm">
      <TextInput
        label={t('guest.fields.passportNumber')}
        value={values.passport.number}
        onChange={(e) => setPassport('number', e.currentTarget.value)}
        error={error('passport.number')}
        autoComplete="off"
      />
      <CountrySelect
        label={t('guest.fields.issuingCountry')}
        value={values.passport.issuingCountry}
        onChange={(value) => setPassport('issuingCountry', value)}
        error={error('passport.issuingCountry')}
      />
      <DateField
        label={t('guest.fields.issueDate')}
        value={values.passport.issueDate}
        onChange={(value) => setPassport('issueDate', value)}
        error={error('passport.issueDate')}
        inputWrapperOrder={['label', 'input', 'description', 'error']}
      />
      <DateField
        label={t('guest.fields.expiryDate')}
        description={needed ? t('guest.form.expiryHint', { needed: date(needed) }) : undefined}
        value={values.passport.expiryDate}
        onChange={(value) => setPassport('expiryDate', value)}
        error={error('passport.expiryDate')}
        inputWrapperOrder={['label', 'input', 'description', 'error']}
      />
    </SimpleGrid>
  );
}
