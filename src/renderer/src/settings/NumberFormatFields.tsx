import { Badge, Group, NumberInput, SimpleGrid, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { todayInBaku } from '../../../shared/dates';
import { NUMBER_PADDING_MAX } from '../../../shared/institution-constants';
import { numberExample } from './institution-values';
import type { InstitutionFormModel } from './use-institution-form';

/** How outgoing letters are numbered, with the number the format gives shown as it is typed. */
export function NumberFormatFields({ model }: { model: InstitutionFormModel }) {
  const { t } = useTranslation();
  const { values, error, setNumber } = model;
  const format = values.outgoingNumber;
  const year = Number(todayInBaku().slice(0, 4));
  const example = numberExample(format, year);
  return (
    <Stack gap="md">
      <SimpleGrid cols={3} spacing="md">
        <TextInput
          label={t('settings.number.prefix')}
          description={t('settings.number.prefixHint')}
          value={format.prefix}
          onChange={(e) => setNumber('prefix', e.currentTarget.value)}
          error={error('outgoingNumber.prefix')}
        />
        <NumberInput
          label={t('settings.number.padding')}
          description={t('settings.number.paddingHint')}
          min={0}
          max={NUMBER_PADDING_MAX}
          allowDecimal={false}
          allowNegative={false}
          value={format.padding}
          onChange={(value) => setNumber('padding', typeof value === 'number' ? value : 0)}
          error={error('outgoingNumber.padding')}
        />
        <TextInput
          label={t('settings.number.pattern')}
          description={t('settings.number.patternHint')}
          value={format.pattern}
          onChange={(e) => setNumber('pattern', e.currentTarget.value)}
          error={error('outgoingNumber.pattern')}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
        />
      </SimpleGrid>
      <Switch
        label={t('settings.number.yearlyRestart')}
        checked={format.yearlyRestart}
        onChange={(e) => setNumber('yearlyRestart', e.currentTarget.checked)}
      />
      <Group gap="sm" aria-live="polite">
        <Text size="sm">{t('settings.number.example')}</Text>
        {example ? (
          <Badge size="lg" variant="light" tt="none" ff="monospace" data-testid="number-example">
            {example}
          </Badge>
        ) : (
          <Text size="sm" c="red">
            {t('settings.number.exampleInvalid')}
          </Text>
        )}
      </Group>
    </Stack>
  );
}
