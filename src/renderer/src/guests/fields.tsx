import { useMemo } from 'react';
import { Select, type SelectProps } from '@mantine/core';
import { DateInput, TimePicker, type DateInputProps } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { COUNTRY_CODES, countryName, isCountryCode, type CountryCode } from '../../../shared/countries';
import { LANGUAGE_TAGS } from '../../../shared/languages';
import { useDateInputFormat, useDatePickerLabels } from '../date-inputs';
import { useFormat } from '../format';

type DateFieldProps = Omit<DateInputProps, 'value' | 'onChange' | 'valueFormat' | 'dateParser'> & {
  value: string;
  onChange: (value: string) => void;
};

/**
 * A calendar date as `YYYY-MM-DD`, shown and read like every other date field in Qonaq: its own
 * month and weekday names, because Chromium builds without Azerbaijani locale data print "M11".
 */
export function DateField({ value, onChange, ...rest }: DateFieldProps) {
  const { t } = useTranslation();
  const labels = useDatePickerLabels();
  const format = useDateInputFormat();
  return (
    <DateInput
      {...rest}
      {...labels}
      {...format}
      value={value || null}
      onChange={(next) => onChange(next ?? '')}
      placeholder={t('guest.form.datePlaceholder')}
      clearable
      clearButtonProps={{ 'aria-label': t('guest.form.clear') }}
      // Escape then closes the calendar only, not the whole dialog with everything typed in it.
      data-mantine-stop-propagation
    />
  );
}

interface TimeFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
}

/** A time as `HH:mm` on the 24-hour clock, whatever the computer's locale would show in a native field. */
export function TimeField({ label, value, onChange, error }: TimeFieldProps) {
  const { t } = useTranslation();
  return (
    <TimePicker
      label={label}
      value={value}
      onChange={onChange}
      error={error}
      format="24h"
      hoursInputLabel={t('guest.form.hoursOf', { field: label })}
      minutesInputLabel={t('guest.form.minutesOf', { field: label })}
    />
  );
}

type CountrySelectProps = Omit<SelectProps, 'data' | 'value' | 'onChange'> & {
  value: string;
  onChange: (value: CountryCode | '') => void;
};

/** Any country by its name in the UI language, sorted the way that language sorts. */
export function CountrySelect({ value, onChange, ...rest }: CountrySelectProps) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const data = useMemo(() => {
    const collator = new Intl.Collator(LANGUAGE_TAGS[language]);
    return COUNTRY_CODES.map((code) => ({ value: code, label: countryName(language, code) })).sort((a, b) =>
      collator.compare(a.label, b.label),
    );
  }, [language]);
  return (
    <Select
      {...rest}
      data={data}
      value={value || null}
      onChange={(next) => onChange(next && isCountryCode(next) ? next : '')}
      searchable
      clearable
      placeholder={t('guest.form.countryPlaceholder')}
      nothingFoundMessage={t('guest.form.nothingFound')}
    />
  );
}
