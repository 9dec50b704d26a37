import { SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GuestFieldsModel } from './use-guest-form';

/** How to reach the guest and what the hosts must arrange for them. */
export function ContactFields({ model }: { model: GuestFieldsModel }) {
  const { t } = useTranslation();
  const { values, error, setField } = model;
  return (
    <Stack gap="sm">
      <SimpleGrid cols={2} spacing="md">
        <TextInput
          label={t('guest.fields.email')}
          type="email"
          placeholder="name@example.org"
          value={values.email}
          onChange={(e) => setField('email', e.currentTarget.value)}
          error={error('email')}
        />
        <TextInput
          label={t('guest.fields.phone')}
          type="tel"
          placeholder="+90 312 000 00 00"
          value={values.phone}
          onChange={(e) => setField('phone', e.currentTarget.value)}
          error={error('phone')}
        />
      </SimpleGrid>
      <TextInput
        label={t('guest.fields.homeAddress')}
        placeholder={t('guest.form.homeAddressPlaceholder')}
        value={values.homeAddress}
        onChange={(e) => setField('homeAddress', e.currentTarget.value)}
        error={error('homeAddress')}
      />
      <Textarea
        label={t('guest.fields.dietaryNeeds')}
        placeholder={t('guest.form.dietaryPlaceholder')}
        autosize
        minRows={2}
        maxRows={5}
        value={values.dietaryNeeds}
        onChange={(e) => setField('dietaryNeeds', e.currentTarget.value)}
        error={error('dietaryNeeds')}
      />
      <Textarea
        label={t('guest.fields.accessNeeds')}
        placeholder={t('guest.form.accessPlaceholder')}
        autosize
        minRows={2}
        maxRows={5}
        value={values.accessNeeds}
        onChange={(e) => setField('accessNeeds', e.currentTarget.value)}
        error={error('accessNeeds')}
      />
    </Stack>
  );
}
