import { Badge, Group, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES } from '../../../shared/languages';
import { useFormat } from '../format';
import { textIn, type Names } from './partner-values';

/** An agreement's title in the UI language, else in another with the language it is in. */
export function useAgreementTitle() {
  const { language } = useFormat();
  return (title: Names) => textIn(title, language);
}

/** The title as the agreements table shows it: one given only in another language is marked with it. */
export function AgreementTitle({ title }: { title: Names }) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const shown = textIn(title, language);
  if (!shown) return null;
  if (shown.language === language) return <Text size="sm">{shown.text}</Text>;
  return (
    <Group gap={6} wrap="nowrap">
      <Text size="sm" lang={shown.language}>
        {shown.text}
      </Text>
      <Badge
        size="xs"
        variant="outline"
        color="gray"
        title={t('partners.agreements.inLanguage', { language: LANGUAGE_NAMES[shown.language] })}
        aria-hidden
        style={{ minWidth: 'max-content' }}
        data-testid="title-other-language"
      >
        {shown.language.toUpperCase()}
      </Badge>
      <VisuallyHidden>
        {t('partners.agreements.inLanguage', { language: LANGUAGE_NAMES[shown.language] })}
      </VisuallyHidden>
    </Group>
  );
}
