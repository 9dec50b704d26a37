import { Group, MultiSelect, Select, TextInput } from '@mantine/core';
import { DatePickerInput, type DatesRangeValue } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { VISIT_STATUSES, type VisitStatus } from '../../../shared/domain';
import { useDatePickerLabels } from '../date-inputs';
import { CalendarIcon, SearchIcon } from '../icons';
import { useCountryOptions, useStatusOptions } from './visit-options';

export interface VisitFilterValues {
  text: string;
  statuses: VisitStatus[];
  range: DatesRangeValue<string>;
  country: string;
}

export const NO_FILTERS: VisitFilterValues = { text: '', statuses: [], range: [null, null], country: '' };

export function hasFilters(filters: VisitFilterValues): boolean {
  return (
    filters.text.trim() !== '' ||
    filters.statuses.length > 0 ||
    filters.range[0] !== null ||
    filters.range[1] !== null ||
    filters.country !== ''
  );
}

const isStatus = (value: string): value is VisitStatus =>
  (VISIT_STATUSES as readonly string[]).includes(value);

interface VisitFiltersProps {
  value: VisitFilterValues;
  onChange: (next: VisitFilterValues) => void;
}

export function VisitFilters({ value, onChange }: VisitFiltersProps) {
  const { t } = useTranslation();
  const statusOptions = useStatusOptions();
  const countries = useCountryOptions();
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
        value={value.country || null}
        onChange={(country) => patch({ country: country ?? '' })}
        w={200}
      />
    </Group>
  );
}
