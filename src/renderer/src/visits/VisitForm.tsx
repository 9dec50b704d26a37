import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import type { Visit, VisitData } from '../../../shared/domain';
import { VISIT_COLOUR_NAMES } from '../../../shared/visit-constants';
import { isStatus } from './statuses';
import { isCountryCode } from '../../../shared/countries';
import { errorMessage } from '../errors';
import { useDateInputFormat, useDatePickerLabels } from '../date-inputs';
import { CalendarIcon } from '../icons';
import { useFormat } from '../format';
import { useUnsavedChanges } from '../shell/use-confirm-close';
import { TranslationFields, type TranslatedText } from '../texts/TranslationFields';
import { initialLanguage, type TextsState } from '../texts/translation-values';
import type { PartnerSummary } from '../../../shared/partners-contract';
import { ColourField } from './ColourField';
import { fillFromPartner } from './partner-fill';
import { PartnerField } from './PartnerField';
import { useCountryOptions, useStatusOptions } from './visit-options';
import { useVisitForm } from './use-visit-form';

export type VisitFormValues = VisitData;

export function emptyVisit(colour: string = VISIT_COLOUR_NAMES.blue): VisitFormValues {
  return {
    title: '',
    partnerName: '',
    partnerCountry: '',
    partnerIds: [],
    purpose: '',
    hostUnit: '',
    status: 'draft',
    arrivalDate: '',
    departureDate: '',
    responsibleOfficer: '',
    colour,
    notes: '',
  };
}

/**
 * The stored visit as the form edits it, its language and translations included: the form sends
 * them back whole, so what was given in other languages survives an edit of anything else.
 */
export function valuesFromVisit(visit: Visit): VisitFormValues {
  const {
    title,
    partnerName,
    partnerCountry,
    partnerIds,
    purpose,
    hostUnit,
    status,
    arrivalDate,
    departureDate,
  } = visit;
  const { responsibleOfficer, colour, notes, lang, translations } = visit;
  return {
    ...(lang ? { lang } : {}),
    ...(translations ? { translations } : {}),
    title,
    partnerName,
    partnerCountry,
    partnerIds,
    purpose,
    hostUnit,
    status,
    arrivalDate,
    departureDate,
    responsibleOfficer,
    colour,
    notes,
  };
}

type VisitText = 'title' | 'purpose' | 'partnerName' | 'hostUnit' | 'responsibleOfficer';

interface VisitFormProps {
  initial: VisitFormValues;
  submitLabel: string;
  /**
   * Resolves once the core has saved; rejects with the core's error, which the form shows. `opened`:
   * what the form opened with, as it would be sent, so that the core keeps a colleague's change
   * made meanwhile to a field left alone.
   */
  onSubmit: (values: VisitFormValues, opened: VisitFormValues) => Promise<unknown>;
  onCancel: () => void;
}

/**
 * The visit's own fields, for creating and for editing. Refused fields (by the contract's schema
 * here, or by the core) show their messages under them, translated at render time so that switching
 * the language translates them too, and nothing typed is cleared.
 */
export function VisitForm({ initial, submitLabel, onSubmit, onCancel }: VisitFormProps) {
  const { t, i18n } = useTranslation();
  const { language } = useFormat();
  // What the form opened with, as it would be sent untouched.
  const [opened] = useState(() => initial);
  const form = useVisitForm(initial, (values) => onSubmit(values, opened));
  const { values, messages } = form;
  const [texts, setTexts] = useState<TextsState<VisitText>>(() => ({
    lang: initialLanguage(
      initial.lang,
      [initial.title, initial.purpose, initial.partnerName, initial.hostUnit],
      language,
    ),
    translations: initial.translations ?? {},
  }));
  useUnsavedChanges({ values, texts });
  const statusOptions = useStatusOptions();
  const countries = useCountryOptions();
  const pickerLabels = useDatePickerLabels();
  const dateFormat = useDateInputFormat();

  const errorFor = (field: keyof VisitFormValues): string | undefined => {
    if (!form.shown(field)) return undefined;
    // An empty date comes back as "not a date"; to the user it is simply missing.
    const isEmptyDate = (field === 'arrivalDate' || field === 'departureDate') && values[field] === '';
    return isEmptyDate ? t('errors.field.required') : messages[field];
  };

  const set = form.set;

  /** Partners chosen fill the partner's name (in each language) and country where the visit has none. */
  function choosePartners(partnerIds: string[], added: PartnerSummary[]) {
    let next = { values: { ...values, partnerIds }, texts };
    for (const partner of added) next = fillFromPartner(next.values, next.texts, partner);
    form.setChanged(next.values);
    setTexts(next.texts);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    form.submit({ ...values, lang: texts.lang, translations: texts.translations });
  }

  const translated: TranslatedText<VisitText>[] = [
    { field: 'title', label: t('visit.field.title'), original: values.title },
    { field: 'purpose', label: t('visit.field.purpose'), original: values.purpose, kind: 'textarea' },
    { field: 'partnerName', label: t('visit.field.partnerName'), original: values.partnerName },
    { field: 'hostUnit', label: t('visit.field.hostUnit'), original: values.hostUnit },
    {
      field: 'responsibleOfficer',
      label: t('visit.field.responsibleOfficer'),
      original: values.responsibleOfficer,
    },
  ];

  const text = (field: 'title' | 'partnerName' | 'hostUnit' | 'responsibleOfficer') => ({
    label: t(`visit.field.${field}`),
    value: values[field],
    onChange: (event: { currentTarget: { value: string } }) => set(field, event.currentTarget.value),
    error: errorFor(field),
  });

  return (
    <form onSubmit={submit} noValidate aria-label={submitLabel}>
      <Stack gap="md">
        {form.refusal !== null && (
          <Alert color="red" variant="light" data-testid="form-error">
            {errorMessage(t, form.refusal, i18n.language)}
          </Alert>
        )}
        <TextInput
          {...text('title')}
          withAsterisk
          data-autofocus
          placeholder={t('visit.placeholder.title')}
        />
        <PartnerField value={values.partnerIds} onChange={choosePartners} error={errorFor('partnerIds')} />
        <SimpleGrid cols={2} spacing="md">
          <TextInput {...text('partnerName')} placeholder={t('visit.placeholder.partnerName')} />
          <Select
            label={t('visit.field.partnerCountry')}
            placeholder={t('visit.placeholder.country')}
            data={countries.data}
            filter={countries.filter}
            searchable
            clearable
            nothingFoundMessage={t('common.nothingFound')}
            value={values.partnerCountry || null}
            onChange={(value) => set('partnerCountry', value && isCountryCode(value) ? value : '')}
            error={errorFor('partnerCountry')}
            comboboxProps={{ withinPortal: true }}
          />
        </SimpleGrid>
        <SimpleGrid cols={3} spacing="md">
          <DateInput
            {...pickerLabels}
            {...dateFormat}
            label={t('visit.field.arrivalDate')}
            placeholder={t('visit.placeholder.date')}
            withAsterisk
            rightSection={<CalendarIcon />}
            rightSectionPointerEvents="none"
            // Escape closes the calendar; without this it would also close the dialog and lose the form.
            data-mantine-stop-propagation
            value={values.arrivalDate || null}
            onChange={(value) => set('arrivalDate', value ?? '')}
            error={errorFor('arrivalDate')}
          />
          <DateInput
            {...pickerLabels}
            {...dateFormat}
            label={t('visit.field.departureDate')}
            placeholder={t('visit.placeholder.date')}
            withAsterisk
            rightSection={<CalendarIcon />}
            rightSectionPointerEvents="none"
            data-mantine-stop-propagation
            value={values.departureDate || null}
            onChange={(value) => set('departureDate', value ?? '')}
            error={errorFor('departureDate')}
          />
          <Select
            label={t('visit.field.status')}
            data={statusOptions}
            allowDeselect={false}
            value={values.status}
            onChange={(value) => isStatus(value) && set('status', value)}
            error={errorFor('status')}
          />
        </SimpleGrid>
        <SimpleGrid cols={2} spacing="md">
          <TextInput {...text('hostUnit')} placeholder={t('visit.placeholder.hostUnit')} />
          <TextInput
            {...text('responsibleOfficer')}
            placeholder={t('visit.placeholder.responsibleOfficer')}
          />
        </SimpleGrid>
        <Textarea
          label={t('visit.field.purpose')}
          placeholder={t('visit.placeholder.purpose')}
          autosize
          minRows={2}
          maxRows={5}
          value={values.purpose}
          onChange={(event) => set('purpose', event.currentTarget.value)}
          error={errorFor('purpose')}
        />
        <TranslationFields texts={translated} value={texts} onChange={setTexts} errors={messages} />
        <ColourField
          value={values.colour}
          onChange={(colour) => set('colour', colour)}
          error={errorFor('colour')}
        />
        <Textarea
          label={t('visit.field.notes')}
          autosize
          minRows={2}
          maxRows={6}
          value={values.notes}
          onChange={(event) => set('notes', event.currentTarget.value)}
          error={errorFor('notes')}
        />
        <Group justify="flex-end" gap="sm" mt="xs">
          <Button variant="default" onClick={onCancel} disabled={form.pending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={form.pending}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
