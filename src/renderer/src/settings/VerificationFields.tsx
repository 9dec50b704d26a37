import { SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../../shared/languages';
import { useFormat } from '../format';
import { TranslationFields } from '../texts/TranslationFields';
import { initialLanguage } from '../texts/translation-values';
import type { InstitutionFormModel } from './use-institution-form';

/**
 * Who an embassy may call to verify an invitation. Letters in each language print the contact's
 * name as that language spells it, so the name has its spellings beside it (with suggestions).
 */
export function VerificationFields({ model }: { model: InstitutionFormModel }) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const { values, error, setVerification, setVerificationTexts } = model;
  const contact = values.verificationContact;
  const errors: Record<string, string | undefined> = {};
  for (const l of LANGUAGES) {
    errors[`translations.${l}.name`] = error(`verificationContact.translations.${l}.name`);
  }
  return (
    <Stack gap="sm">
      <SimpleGrid cols={3} spacing="md">
        <TextInput
          label={t('settings.verification.name')}
          value={contact.name}
          onChange={(e) => setVerification('name', e.currentTarget.value)}
          error={error('verificationContact.name')}
        />
        <TextInput
          label={t('settings.verification.phone')}
          value={contact.phone}
          onChange={(e) => setVerification('phone', e.currentTarget.value)}
          error={error('verificationContact.phone')}
        />
        <TextInput
          label={t('settings.verification.email')}
          type="email"
          value={contact.email}
          onChange={(e) => setVerification('email', e.currentTarget.value)}
          error={error('verificationContact.email')}
        />
      </SimpleGrid>
      <TranslationFields
        texts={[
          { field: 'name', label: t('settings.verification.name'), original: contact.name, name: true },
        ]}
        value={{
          lang: initialLanguage(contact.lang, [contact.name], language),
          translations: contact.translations ?? {},
        }}
        onChange={setVerificationTexts}
        errors={errors}
      />
    </Stack>
  );
}
