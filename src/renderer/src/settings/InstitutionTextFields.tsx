import { Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LanguageColumns } from './LanguageColumns';
import type { InstitutionFormModel } from './use-institution-form';

/** The letterhead's lines in each language: the institution's name, its address and its city. */
export function InstitutionTextFields({ model }: { model: InstitutionFormModel }) {
  const { t } = useTranslation();
  const { values, error, setText } = model;
  return (
    <LanguageColumns>
      {(language) => (
        <Stack gap="sm">
          <TextInput
            label={t('settings.institution.name')}
            withAsterisk
            value={values.name[language]}
            onChange={(e) => setText('name', language, e.currentTarget.value)}
            error={error(`name.${language}`)}
          />
          <TextInput
            label={t('settings.institution.address')}
            value={values.address[language]}
            onChange={(e) => setText('address', language, e.currentTarget.value)}
            error={error(`address.${language}`)}
          />
          <TextInput
            label={t('settings.institution.city')}
            description={t('settings.institution.cityHint')}
            value={values.city[language]}
            onChange={(e) => setText('city', language, e.currentTarget.value)}
            error={error(`city.${language}`)}
          />
        </Stack>
      )}
    </LanguageColumns>
  );
}
