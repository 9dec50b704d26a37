import type { ReactNode } from 'react';
import { Fieldset, Group, Radio, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Institution } from '../../../shared/institution';
import type { Language } from '../../../shared/languages';
import { LETTER_KINDS, type LetterKind } from '../../../shared/letters';
import { useFormat } from '../format';
import { CostsGrid } from './CostsGrid';
import type { LetterChoices, PerLanguage } from './letter-values';

const isKind = (value: string): value is LetterKind => (LETTER_KINDS as readonly string[]).includes(value);

interface LetterOptionsFieldsProps {
  choices: LetterChoices;
  onChange: (next: LetterChoices) => void;
  institution: Institution;
  /** The languages the letters will be written in; their texts are asked for in each. */
  languages: readonly Language[];
  /** The addressee control: one typed text for a single letter, a rule for a batch. */
  addressee?: ReactNode;
  /** The message for a request path (`signatoryId`, `options.cities`, ...) in a letter language. */
  error?: (path: string, language: Language) => string | undefined;
  kindLocked?: boolean;
}

/** What a letter says beyond the guest's own data; shared by the single and the batch dialogs. */
export function LetterOptionsFields(props: LetterOptionsFieldsProps) {
  const { choices, onChange, institution, languages } = props;
  const error = props.error ?? (() => undefined);
  const { t } = useTranslation();
  const { language: uiLanguage } = useFormat();
  const patch = (part: Partial<LetterChoices>) => onChange({ ...choices, ...part });
  const official = choices.kind === 'officialInvitation';
  const setText = (field: 'cities' | 'accommodation' | 'highlights', language: Language, value: string) => {
    const next: PerLanguage = { ...choices[field], [language]: value };
    patch({ [field]: next });
  };

  const texts = (language: Language) => (
    <Stack gap="sm">
      <TextInput
        label={t('letters.options.cities')}
        description={t('letters.options.citiesHint')}
        withAsterisk
        value={choices.cities[language]}
        onChange={(e) => setText('cities', language, e.currentTarget.value)}
        error={error('options.cities', language)}
      />
      <TextInput
        label={t('letters.options.accommodation')}
        description={t('letters.options.accommodationHint')}
        withAsterisk
        value={choices.accommodation[language]}
        onChange={(e) => setText('accommodation', language, e.currentTarget.value)}
        error={error('options.accommodation', language)}
      />
      {official && (
        <Textarea
          label={t('letters.options.highlights')}
          description={t('letters.options.highlightsHint')}
          autosize
          minRows={3}
          maxRows={8}
          value={choices.highlights[language]}
          onChange={(e) => setText('highlights', language, e.currentTarget.value)}
          error={error('highlights', language)}
        />
      )}
    </Stack>
  );

  return (
    <Stack gap="md">
      <Radio.Group
        label={t('letters.options.kind')}
        value={choices.kind}
        onChange={(value) => !props.kindLocked && isKind(value) && patch({ kind: value })}
      >
        <Group gap="lg" mt={6}>
          {LETTER_KINDS.map((kind) => (
            <Radio key={kind} value={kind} label={t(`letters.kind.${kind}`)} disabled={props.kindLocked} />
          ))}
        </Group>
      </Radio.Group>
      <Select
        label={t('letters.options.signatory')}
        withAsterisk
        allowDeselect={false}
        data={institution.signatories.map((s) => ({
          value: s.id,
          label: `${s.name[uiLanguage]} — ${s.position[uiLanguage]}`,
        }))}
        value={choices.signatoryId || null}
        onChange={(value) => value && patch({ signatoryId: value })}
        error={
          error('signatoryId', languages[0] ?? uiLanguage) ??
          (institution.signatories.length === 0 ? t('letters.options.noSignatories') : undefined)
        }
      />
      {!official && props.addressee}
      {languages.length === 1 && languages[0]
        ? texts(languages[0])
        : languages.map((language) => (
            <Fieldset key={language} legend={t(`letters.options.textsIn.${language}`)}>
              {texts(language)}
            </Fieldset>
          ))}
      <CostsGrid value={choices.costs} onChange={(costs) => patch({ costs })} />
    </Stack>
  );
}
