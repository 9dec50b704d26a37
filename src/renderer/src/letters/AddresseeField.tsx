import { Autocomplete, Group, Radio, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/languages';
import { embassySuggestions } from './embassy-names';
import type { AddresseeChoice } from './letter-values';

interface AddresseeFieldProps {
  value: AddresseeChoice;
  onChange: (next: AddresseeChoice) => void;
  /** The letter's language: the addressee is printed in it. */
  language: Language;
  /** The guest's citizenship, for the embassy in their country. */
  country: string;
  error?: string | undefined;
}

/** Whom a visa invitation is addressed to: an Azerbaijani embassy or consulate, or anyone concerned. */
export function AddresseeField({ value, onChange, language, country, error }: AddresseeFieldProps) {
  const { t } = useTranslation();
  const suggestions = embassySuggestions(t, language, country);
  return (
    <Stack gap={6}>
      <Radio.Group
        label={t('letters.addressee.label')}
        value={value.kind}
        onChange={(kind) =>
          onChange(
            kind === 'embassy'
              ? { kind: 'embassy', text: suggestions[0] ?? '' }
              : { kind: 'toWhomItMayConcern' },
          )
        }
      >
        <Group gap="lg" mt={6}>
          <Radio value="embassy" label={t('letters.addressee.embassy')} />
          <Radio value="toWhomItMayConcern" label={t('letters.addressee.toWhomItMayConcern')} />
        </Group>
      </Radio.Group>
      {value.kind === 'embassy' && (
        <Autocomplete
          aria-label={t('letters.addressee.text')}
          description={t('letters.addressee.textHint')}
          data={suggestions}
          value={value.text}
          onChange={(text) => onChange({ kind: 'embassy', text })}
          error={error}
          inputWrapperOrder={['input', 'description', 'error']}
        />
      )}
    </Stack>
  );
}
