import {
  ActionIcon,
  Button,
  Checkbox,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../../shared/languages';
import { FOLLOW_UP_OWNER_MAX, FOLLOW_UP_TEXT_MAX } from '../../../shared/visit-constants';
import { useDateInputFormat, useDatePickerLabels } from '../date-inputs';
import { CalendarIcon, PlusIcon, TrashIcon } from '../icons';
import { emptyRow, type FollowUpRow } from './report-values';

/**
 * The report's follow-ups, one card each: what is to be done in each document language, who does it,
 * by when, and whether it is done. `errors` are keyed by the row's key (`<key>.text.en`, `<key>.due`).
 */
export function FollowUpRows({
  rows,
  onChange,
  errors,
}: {
  rows: readonly FollowUpRow[];
  onChange: (rows: FollowUpRow[]) => void;
  errors: Record<string, string | undefined>;
}) {
  const { t } = useTranslation();
  const pickerLabels = useDatePickerLabels();
  const dateFormat = useDateInputFormat();
  const set = (key: string, change: Partial<FollowUpRow>) =>
    onChange(rows.map((r) => (r.key === key ? { ...r, ...change } : r)));
  return (
    <Stack gap="sm" data-testid="follow-ups">
      {rows.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('visitReport.ui.noFollowUps')}
        </Text>
      )}
      {rows.map((row, index) => {
        const n = index + 1;
        return (
          <Paper
            key={row.key}
            withBorder
            p="sm"
            radius="sm"
            data-testid="follow-up"
            role="group"
            aria-label={`${t('visitReport.ui.followUpText')} ${n}`}
          >
            <Stack gap="xs">
              <SimpleGrid cols={{ base: 1, md: 3 }} spacing="sm">
                {LANGUAGES.map((l) => (
                  <TextInput
                    key={l}
                    lang={l}
                    label={t(`visitReport.ui.followUpTextIn.${l}`, { n })}
                    value={row.text[l]}
                    onChange={(e) => set(row.key, { text: { ...row.text, [l]: e.currentTarget.value } })}
                    error={errors[`${row.key}.text.${l}`]}
                    maxLength={FOLLOW_UP_TEXT_MAX}
                  />
                ))}
              </SimpleGrid>
              <Group align="flex-end" gap="sm" wrap="wrap">
                <TextInput
                  style={{ flex: '1 1 220px' }}
                  label={t('visitReport.ui.owner')}
                  aria-label={t('visitReport.ui.ownerOf', { n })}
                  value={row.owner}
                  onChange={(e) => set(row.key, { owner: e.currentTarget.value })}
                  error={errors[`${row.key}.owner`]}
                  maxLength={FOLLOW_UP_OWNER_MAX}
                />
                <DateInput
                  {...pickerLabels}
                  {...dateFormat}
                  style={{ flex: '0 1 200px' }}
                  label={t('visitReport.ui.due')}
                  aria-label={t('visitReport.ui.dueOf', { n })}
                  rightSection={<CalendarIcon />}
                  rightSectionPointerEvents="none"
                  clearable
                  clearButtonProps={{ 'aria-label': t('visitReport.ui.clearDue', { n }) }}
                  value={row.due || null}
                  onChange={(value) => set(row.key, { due: value ?? '' })}
                  error={errors[`${row.key}.due`]}
                />
                <Checkbox
                  mb={8}
                  label={t('visitReport.ui.done')}
                  aria-label={t('visitReport.ui.doneOf', { n })}
                  checked={row.done}
                  onChange={(e) => set(row.key, { done: e.currentTarget.checked })}
                />
                <Tooltip label={t('visitReport.ui.remove', { n })}>
                  <ActionIcon
                    mb={4}
                    variant="subtle"
                    color="red"
                    aria-label={t('visitReport.ui.remove', { n })}
                    onClick={() => onChange(rows.filter((r) => r.key !== row.key))}
                  >
                    <TrashIcon />
                  </ActionIcon>
                </Tooltip>
              </Group>
            </Stack>
          </Paper>
        );
      })}
      <Group>
        <Button variant="default" leftSection={<PlusIcon />} onClick={() => onChange([...rows, emptyRow()])}>
          {t('visitReport.ui.add')}
        </Button>
      </Group>
    </Stack>
  );
}
