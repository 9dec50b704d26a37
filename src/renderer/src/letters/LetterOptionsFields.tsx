import type { ReactNode } from 'react';
import { Checkbox, Fieldset, Group, Radio, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Institution } from '../../../shared/institution';
import type { Language } from '../../../shared/languages';
import { isLetterKind, LETTER_KINDS } from '../../../shared/letter-constants';
import { useFormat } from '../format';
import { CostsGrid } from './CostsGrid';
import type { LetterChoices, PerLanguage } from './letter-values';
import { VisaRequestFields } from './VisaRequestFields';

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
  /**
   * The other guests of the visit, when the letter is for its head alone: a visa invitation may then
   * list them all in an annex. Left out (a batch, or a guest who is not the head), no annex is offered.
   */
  delegationSize?: number;
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
      {!official && choices.visa.collection === 'embassy' && (
        <TextInput
          label={t('letters.options.visa.place')}
          description={t('letters.options.visa.placeHint')}
          withAsterisk
          value={choices.visa.place[language]}
          onChange={(e) =>
            patch({
              visa: { ...choices.visa, place: { ...choices.visa.place, [language]: e.currentTarget.value } },
            })
          }
          error={error('options.visa.collection.place', language)}
        />
      )}
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
        onChange={(value) => !props.kindLocked && isLetterKind(value) && patch({ kind: value })}
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
      {!official && (
        <Fieldset legend={t('letters.options.visa.title')}>
          <Stack gap="sm">
            <VisaRequestFields
              value={choices.visa}
              onChange={(visa) => patch({ visa: { ...choices.visa, ...visa } })}
              validityError={error('options.visa.validityDays', languages[0] ?? uiLanguage)}
            />
            {(props.delegationSize ?? 0) > 0 && (
              <Checkbox
                label={t('letters.options.groupAnnex', { count: props.delegationSize })}
                description={t('letters.options.groupAnnexHint')}
                checked={choices.groupAnnex}
                onChange={(e) => patch({ groupAnnex: e.currentTarget.checked })}
                error={error('options.groupAnnex', languages[0] ?? uiLanguage)}
              />
            )}
          </Stack>
        </Fieldset>
      )}
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
