import { Group, NumberInput, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  VISA_COLLECTIONS,
  VISA_ENTRIES,
  VISA_MAX_DAYS,
  VISA_TYPES,
  type VisaCollectionKind,
  type VisaEntries,
  type VisaType,
} from '../../../shared/letter-constants';

export interface VisaChoice {
  type: VisaType;
  entries: VisaEntries;
  validityDays: number | null;
  collection: VisaCollectionKind;
}

const pick =
  <T extends string>(values: readonly T[]) =>
  (value: string | null): T | null =>
    values.find((v) => v === value) ?? null;

/**
 * The visa a visa invitation asks for: its kind, entries, validity and where it is collected. Shared
 * by the letter dialog and the letter defaults in Settings; the embassy's name is typed apart, in
 * each letter language.
 */
export function VisaRequestFields({
  value,
  onChange,
  validityError,
}: {
  value: VisaChoice;
  onChange: (next: VisaChoice) => void;
  validityError?: string | undefined;
}) {
  const { t } = useTranslation();
  const patch = (part: Partial<VisaChoice>) => onChange({ ...value, ...part });
  return (
    <>
      <Group grow align="flex-start">
        <Select
          label={t('letters.options.visa.type')}
          allowDeselect={false}
          data={VISA_TYPES.map((v) => ({ value: v, label: t(`letters.options.visa.types.${v}`) }))}
          value={value.type}
          onChange={(v) => {
            const type = pick(VISA_TYPES)(v);
            if (type) patch({ type });
          }}
        />
        <Select
          label={t('letters.options.visa.entries')}
          allowDeselect={false}
          data={VISA_ENTRIES.map((v) => ({ value: v, label: t(`letters.options.visa.entriesChoice.${v}`) }))}
          value={value.entries}
          onChange={(v) => {
            const entries = pick(VISA_ENTRIES)(v);
            if (entries) patch({ entries });
          }}
        />
      </Group>
      <Group grow align="flex-start">
        <NumberInput
          label={t('letters.options.visa.validity')}
          description={t('letters.options.visa.validityHint', {
            single: VISA_MAX_DAYS.single,
            multiple: VISA_MAX_DAYS.multiple,
          })}
          min={1}
          max={VISA_MAX_DAYS[value.entries]}
          allowDecimal={false}
          value={value.validityDays ?? ''}
          onChange={(v) => patch({ validityDays: typeof v === 'number' ? v : null })}
          error={validityError}
        />
        <Select
          label={t('letters.options.visa.collection')}
          allowDeselect={false}
          data={VISA_COLLECTIONS.map((v) => ({
            value: v,
            label: t(`letters.options.visa.collections.${v}`),
          }))}
          value={value.collection}
          onChange={(v) => {
            const collection = pick(VISA_COLLECTIONS)(v);
            if (collection) patch({ collection });
          }}
        />
      </Group>
    </>
  );
}
