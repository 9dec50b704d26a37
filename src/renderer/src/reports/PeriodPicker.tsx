import { Group, SegmentedControl, Select, Switch, Text } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { useDateInputFormat, useDatePickerLabels } from '../date-inputs';
import { CalendarIcon } from '../icons';
import { isOneOf } from '../../../shared/one-of';
import { periodComplete, periodRange, QUARTERS, yearChoices, type Period } from './period';

const KINDS = ['quarter', 'year', 'custom'] as const;
type Kind = (typeof KINDS)[number];
const isKind = (value: unknown): value is Kind => isOneOf(KINDS, value);

/** The same span in the new shape: a quarter or year keeps its year, dates start from the period shown. */
function switchKind(period: Period, kind: Kind, thisYear: number): Period {
  const year = period.kind === 'custom' ? Number(period.from.slice(0, 4)) || thisYear : period.year;
  if (kind === 'year') return { kind, year };
  if (kind === 'quarter') return { kind, year, quarter: period.kind === 'quarter' ? period.quarter : 1 };
  return { kind, ...periodRange(period) };
}

/** A quarter (year and I–IV), a year, or two dates; and whether to set the previous period beside it. */
export function PeriodPicker({
  period,
  onChange,
  compare,
  onCompare,
  thisYear,
}: {
  period: Period;
  onChange: (period: Period) => void;
  compare: boolean;
  onCompare: (compare: boolean) => void;
  thisYear: number;
}) {
  const { t } = useTranslation();
  const pickerLabels = useDatePickerLabels();
  const dateFormat = useDateInputFormat();
  const years = yearChoices(thisYear).map((y) => ({ value: String(y), label: String(y) }));
  const setYear = (value: string | null) => {
    if (!value || period.kind === 'custom') return;
    onChange({ ...period, year: Number(value) });
  };
  const dateInput = (which: 'from' | 'to') =>
    period.kind === 'custom' && (
      <DateInput
        {...pickerLabels}
        {...dateFormat}
        label={t(`reports.period.${which}`)}
        placeholder={t('reports.period.datePlaceholder')}
        rightSection={<CalendarIcon />}
        rightSectionPointerEvents="none"
        value={period[which] || null}
        onChange={(value) => onChange({ ...period, [which]: value ?? '' })}
        w={200}
      />
    );

  return (
    <Group align="flex-end" gap="md" wrap="wrap" role="group" aria-label={t('reports.period.label')}>
      <div>
        <Text size="sm" fw={500} mb={4} id="reports-period-kind">
          {t('reports.period.label')}
        </Text>
        <SegmentedControl
          aria-labelledby="reports-period-kind"
          value={period.kind}
          onChange={(value) => {
            if (isKind(value)) onChange(switchKind(period, value, thisYear));
          }}
          data={KINDS.map((kind) => ({ value: kind, label: t(`reports.period.kind.${kind}`) }))}
        />
      </div>
      {period.kind !== 'custom' && (
        <Select
          label={t('reports.period.year')}
          data={years}
          value={String(period.year)}
          onChange={setYear}
          allowDeselect={false}
          w={110}
        />
      )}
      {period.kind === 'quarter' && (
        <div>
          <Text size="sm" fw={500} mb={4} id="reports-period-quarter">
            {t('reports.period.quarter')}
          </Text>
          <SegmentedControl
            aria-labelledby="reports-period-quarter"
            value={String(period.quarter)}
            onChange={(value) => {
              const quarter = QUARTERS.find((q) => String(q) === value);
              if (quarter) onChange({ ...period, quarter });
            }}
            data={QUARTERS.map((q) => ({
              value: String(q),
              label: t(`reports.quarter.${q}`),
            }))}
          />
        </div>
      )}
      {dateInput('from')}
      {dateInput('to')}
      <Switch
        label={t('reports.compare')}
        checked={compare}
        onChange={(e) => onCompare(e.currentTarget.checked)}
        mb={8}
      />
      {period.kind === 'custom' && !periodComplete(period) && (
        <Text size="sm" c="dimmed" w="100%">
          {t('reports.period.incomplete')}
        </Text>
      )}
    </Group>
  );
}
