import type { ReactNode } from 'react';
import { Fieldset, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../shared/languages';

/**
 * The same texts in Azerbaijani, English and Russian side by side, one column a language, so the
 * officer can check one translation against another. Each column is a group named by its language.
 */
export function LanguageColumns({ children }: { children: (language: Language) => ReactNode }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={3} spacing="md">
      {LANGUAGES.map((language) => (
        <Fieldset
          key={language}
          legend={t(`settings.languageColumn.${language}`)}
          variant="filled"
          p="sm"
          data-language={language}
        >
          {children(language)}
        </Fieldset>
      ))}
    </SimpleGrid>
  );
}
