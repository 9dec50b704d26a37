import { useRef, useState } from 'react';
import {
  Badge,
  Button,
  Fieldset,
  Group,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, isLanguage, type Language } from '../../../shared/languages';
import type { Translations } from '../../../shared/texts';
import { suggestName } from '../../../shared/transliterate';
import {
  changeLanguage,
  changeTranslation,
  missingIn,
  otherLanguages,
  translationOf,
  type TextsState,
} from './translation-values';

/** One text of the record that documents print, as typed in the record's language. */
export interface TranslatedText<F extends string> {
  field: F;
  /** The field's label in the UI language ("Purpose of the visit"). */
  label: string;
  original: string;
  /** `lines`: one entry per line (the hosts of a programme item). */
  kind?: 'text' | 'textarea' | 'lines';
  /** A person's name: offer its spelling in the other script from the original. */
  name?: boolean;
}

interface TranslationFieldsProps<F extends string> {
  texts: readonly TranslatedText<F>[];
  value: TextsState<F>;
  onChange: (next: TextsState<F>) => void;
  /** Errors by path (`translations.ru.purpose`), as the core returns them. */
  errors?: Record<string, string | undefined>;
  /** Opened at first, for a record whose translations are what the officer came to give. */
  initiallyOpen?: boolean;
}

/**
 * "Written in" and, folded away until asked for, each text in the two other document languages;
 * a badge per language says at a glance whether every text typed has its translation there.
 */
export function TranslationFields<F extends string>({
  texts,
  value,
  onChange,
  errors = {},
  initiallyOpen = false,
}: TranslationFieldsProps<F>) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(initiallyOpen);
  // Translations taken out when "written in" changed, to bring back if the officer changes it back.
  const setAside = useRef<Partial<Record<Language, Translations<F>[Language]>>>({});
  const others = otherLanguages(value.lang);
  // A refused translation is shown where it is, not behind the fold.
  const refused = Object.entries(errors).some(
    ([path, message]) => path.startsWith('translations.') && message,
  );
  const shown = open || refused;

  const chooseLanguage = (lang: Language) => {
    const changed = changeLanguage(value, lang, setAside.current);
    setAside.current = changed.setAside;
    onChange(changed.state);
  };
  const setText = (language: Language, field: F, text: string) =>
    onChange({ ...value, translations: changeTranslation(value.translations, language, field, text) });

  return (
    <Stack gap={6} data-testid="translation-fields">
      <Group justify="space-between" gap="sm" wrap="nowrap">
        <Group gap="xs" wrap="nowrap">
          <Text size="sm" fw={500}>
            {t('texts.writtenIn')}
          </Text>
          <SegmentedControl
            size="xs"
            aria-label={t('texts.writtenIn')}
            data={LANGUAGES.map((l) => ({ value: l, label: l.toUpperCase() }))}
            value={value.lang}
            onChange={(next) => isLanguage(next) && chooseLanguage(next)}
          />
        </Group>
        <Button
          variant="subtle"
          size="compact-sm"
          aria-expanded={shown}
          onClick={() => setOpen((o) => !o)}
          rightSection={
            <Group gap={4} wrap="nowrap">
              {others.map((language) => (
                <LanguageBadge
                  key={language}
                  language={language}
                  missing={missingIn(texts, value.translations, language)}
                  typed={texts.filter((x) => x.original.trim() !== '').length}
                />
              ))}
            </Group>
          }
        >
          {shown ? t('texts.hideOtherLanguages') : t('texts.otherLanguages')}
        </Button>
      </Group>
      {shown && (
        <SimpleGrid cols={2} spacing="sm">
          {others.map((language) => (
            <Fieldset
              key={language}
              legend={t(`texts.languageName.${language}`)}
              p="sm"
              data-language={language}
            >
              <Stack gap="xs">
                {texts.map((text) => (
                  <TranslationInput
                    key={text.field}
                    text={text}
                    from={value.lang}
                    language={language}
                    value={translationOf(value.translations, language, text.field)}
                    onChange={(typed) => setText(language, text.field, typed)}
                    error={errors[`translations.${language}.${text.field}`]}
                  />
                ))}
              </Stack>
            </Fieldset>
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}

function LanguageBadge({
  language,
  missing,
  typed,
}: {
  language: Language;
  missing: number;
  /** How many texts are typed in the original language, each asking for a translation. */
  typed: number;
}) {
  const { t } = useTranslation();
  const name = t(`texts.languageName.${language}`);
  if (typed === 0) {
    return (
      <Badge size="sm" variant="outline" color="gray" title={t('texts.nothingTyped', { language: name })}>
        {language.toUpperCase()}
      </Badge>
    );
  }
  const label =
    missing === 0
      ? t('texts.complete', { language: name })
      : t('texts.missing', { language: name, count: missing });
  return (
    <Badge
      size="sm"
      variant="light"
      color={missing === 0 ? 'green' : 'orange'}
      title={label}
      aria-label={label}
      data-testid={`translation-badge-${language}`}
      data-complete={missing === 0}
    >
      {/* "RU 1/3": one of the three texts typed has its Russian; "RU ✓": all have. */}
      {missing === 0
        ? `${language.toUpperCase()} ✓`
        : `${language.toUpperCase()} ${typed - missing}/${typed}`}
    </Badge>
  );
}

interface TranslationInputProps<F extends string> {
  text: TranslatedText<F>;
  from: Language;
  language: Language;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
}

function TranslationInput<F extends string>({
  text,
  from,
  language,
  value,
  onChange,
  error,
}: TranslationInputProps<F>) {
  const { t } = useTranslation();
  const label = t('texts.fieldIn', { field: text.label, language: t(`texts.in.${language}`) });
  const suggestion = text.name ? suggestName(text.original, from, language) : null;
  const common = {
    label,
    value,
    error,
    placeholder: text.original,
    onChange: (e: { currentTarget: { value: string } }) => onChange(e.currentTarget.value),
  };
  return (
    <Stack gap={2}>
      {text.kind === 'textarea' || text.kind === 'lines' ? (
        <Textarea
          {...common}
          description={text.kind === 'lines' ? t('texts.onePerLine') : undefined}
          autosize
          minRows={2}
          maxRows={6}
        />
      ) : (
        <TextInput {...common} autoComplete="off" />
      )}
      {suggestion !== null && suggestion !== value && (
        <Button
          variant="subtle"
          size="compact-xs"
          onClick={() => onChange(suggestion)}
          style={{ alignSelf: 'flex-start' }}
        >
          {t(`texts.suggestFrom.${from}`, { name: suggestion })}
        </Button>
      )}
    </Stack>
  );
}
