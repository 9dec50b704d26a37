import { Checkbox, Group, Select, SimpleGrid, Switch, TagsInput, Textarea, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../../shared/languages';
import { isOneOf } from '../../../shared/one-of';
import {
  AGREEMENT_KINDS,
  AGREEMENT_PROVISIONS,
  AGREEMENT_STATUSES,
  type AgreementKind,
  type AgreementProvision,
  type AgreementStatus,
} from '../../../shared/partner-constants';
import { useDateInputFormat, useDatePickerLabels } from '../date-inputs';
import { CalendarIcon } from '../icons';
import type { AgreementFormValues } from './partner-values';
import { SignatoriesFields } from './SignatoriesFields';

const isKind = (value: unknown): value is AgreementKind => isOneOf(AGREEMENT_KINDS, value);
const isStatus = (value: unknown): value is AgreementStatus => isOneOf(AGREEMENT_STATUSES, value);
const isProvision = (value: unknown): value is AgreementProvision => isOneOf(AGREEMENT_PROVISIONS, value);

interface AgreementFieldsProps {
  values: AgreementFormValues;
  set: <K extends keyof AgreementFormValues>(field: K, value: AgreementFormValues[K]) => void;
  openEnded: boolean;
  onOpenEnded: (openEnded: boolean) => void;
  /** Messages by the path under the agreement (`title.en`, `validTo`). */
  errors: Record<string, string | undefined>;
}

/** What an agreement is, how long it runs, who signs it and what it provides for. */
export function AgreementFields({ values, set, openEnded, onOpenEnded, errors }: AgreementFieldsProps) {
  const { t } = useTranslation();
  const pickerLabels = useDatePickerLabels();
  const dateFormat = useDateInputFormat();
  const date = (field: 'signedDate' | 'validFrom' | 'validTo', disabled = false) => (
    <DateInput
      {...pickerLabels}
      {...dateFormat}
      label={t(`partners.agreementForm.${field}`)}
      placeholder={t('partners.agreementForm.datePlaceholder')}
      rightSection={<CalendarIcon />}
      rightSectionPointerEvents="none"
      // Escape closes the calendar; without this it would also close the dialog.
      data-mantine-stop-propagation
      clearable={false}
      disabled={disabled}
      value={values[field] || null}
      onChange={(value) => set(field, value ?? '')}
      error={errors[field]}
    />
  );
  return (
    <>
      <SimpleGrid cols={2} spacing="md">
        <Select
          label={t('partners.agreementForm.kind')}
          data={AGREEMENT_KINDS.map((k) => ({ value: k, label: t(`partners.agreements.kind.${k}`) }))}
          allowDeselect={false}
          value={values.kind}
          onChange={(value) => isKind(value) && set('kind', value)}
          error={errors.kind}
          comboboxProps={{ withinPortal: true }}
        />
        <Select
          label={t('partners.agreementForm.status')}
          data={AGREEMENT_STATUSES.map((s) => ({ value: s, label: t(`partners.agreements.status.${s}`) }))}
          allowDeselect={false}
          value={values.status}
          onChange={(value) => isStatus(value) && set('status', value)}
          error={errors.status}
          comboboxProps={{ withinPortal: true }}
        />
      </SimpleGrid>
      <SimpleGrid cols={3} spacing="md">
        {LANGUAGES.map((l) => (
          <TextInput
            key={l}
            label={t(`partners.agreementForm.title.${l}`)}
            lang={l}
            value={values.title[l]}
            onChange={(e) => set('title', { ...values.title, [l]: e.currentTarget.value })}
            error={errors[`title.${l}`]}
            data-autofocus={l === 'az' ? true : undefined}
          />
        ))}
      </SimpleGrid>
      <SimpleGrid cols={3} spacing="md">
        {date('signedDate')}
        {date('validFrom')}
        {date('validTo', openEnded)}
      </SimpleGrid>
      <Group gap="xl">
        <Checkbox
          label={t('partners.agreementForm.openEnded')}
          checked={openEnded}
          onChange={(e) => onOpenEnded(e.currentTarget.checked)}
        />
        <Switch
          label={t('partners.agreementForm.autoRenewal')}
          checked={values.autoRenewal}
          onChange={(e) => set('autoRenewal', e.currentTarget.checked)}
        />
      </Group>
      <SimpleGrid cols={2} spacing="md">
        <SignatoriesFields
          side="host"
          value={values.hostSignatories}
          onChange={(list) => set('hostSignatories', list)}
          errors={errors}
        />
        <SignatoriesFields
          side="partner"
          value={values.partnerSignatories}
          onChange={(list) => set('partnerSignatories', list)}
          errors={errors}
        />
      </SimpleGrid>
      <TagsInput
        label={t('partners.agreementForm.units')}
        description={t('partners.agreementForm.unitsHint')}
        value={values.units}
        onChange={(units) => set('units', units.map((u) => u.trim()).filter(Boolean))}
        error={errors.units ?? Object.entries(errors).find(([path]) => path.startsWith('units.'))?.[1]}
        clearable
      />
      <Checkbox.Group
        label={t('partners.agreementForm.provisions')}
        value={values.provisions}
        onChange={(list) => set('provisions', list.filter(isProvision))}
        error={errors.provisions}
      >
        <Group gap="lg" mt={6}>
          {AGREEMENT_PROVISIONS.map((p) => (
            <Checkbox key={p} value={p} label={t(`partners.agreements.provision.${p}`)} />
          ))}
        </Group>
      </Checkbox.Group>
      <Textarea
        label={t('partners.agreementForm.notes')}
        autosize
        minRows={2}
        maxRows={6}
        value={values.notes}
        onChange={(e) => set('notes', e.currentTarget.value)}
        error={errors.notes}
      />
    </>
  );
}
