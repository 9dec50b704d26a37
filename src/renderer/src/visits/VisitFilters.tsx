import { useState } from 'react';
import { Group, MultiSelect, Select, TextInput } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { useDatePickerLabels } from '../date-inputs';
import { CalendarIcon, SearchIcon } from '../icons';
import type { VisitFilterValues } from './list-query';
import { isStatus } from './statuses';
import { useCountryOptions, useStatusOptions } from './visit-options';

interface VisitFiltersProps {
  value: VisitFilterValues;
  onChange: (next: VisitFilterValues) => void;
}

export function VisitFilters({ value, onChange }: VisitFiltersProps) {
  const { t } = useTranslation();
  const statusOptions = useStatusOptions();
  // The countries are sorted when the field is first opened (or already holds one).
  const [countriesOpened, setCountriesOpened] = useState(false);
  const countries = useCountryOptions(countriesOpened || value.country !== '');
  const pickerLabels = useDatePickerLabels();
  const patch = (part: Partial<VisitFilterValues>) => onChange({ ...value, ...part });

  return (
    <Group gap="sm" align="center" wrap="wrap" role="search" aria-label={t('visit.filter.label')}>
      <TextInput
        aria-label={t('visit.filter.text')}
        placeholder={t('visit.filter.textPlaceholder')}
        leftSection={<SearchIcon />}
        value={value.text}
        onChange={(event) => patch({ text: event.currentTarget.value })}
        miw={220}
        style={{ flex: 1 }}
        type="search"
      />
      <MultiSelect
        aria-label={t('visit.filter.status')}
        placeholder={value.statuses.length === 0 ? t('visit.filter.anyStatus') : undefined}
        data={statusOptions}
        value={value.statuses}
        onChange={(next) => patch({ statuses: next.filter(isStatus) })}
        clearable
        w={230}
        maxDropdownHeight={280}
      />
      <DatePickerInput
        {...pickerLabels}
        type="range"
        aria-label={t('visit.filter.dates')}
        placeholder={t('visit.filter.anyDates')}
        leftSection={<CalendarIcon />}
        valueFormat="D MMM YYYY"
        value={value.range}
        onChange={(range) => patch({ range })}
        allowSingleDateInRange
        numberOfColumns={2}
        clearable
        w={270}
      />
      <Select
        aria-label={t('visit.filter.country')}
        placeholder={t('visit.filter.anyCountry')}
        data={countries.data}
        filter={countries.filter}
        searchable
        clearable
        nothingFoundMessage={t('common.nothingFound')}
        onDropdownOpen={() => setCountriesOpened(true)}
        value={value.country || null}
        onChange={(country) => patch({ country: country ?? '' })}
        w={200}
      />
    </Group>
  );
}
