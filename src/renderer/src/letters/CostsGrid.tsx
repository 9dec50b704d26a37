import { Select, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { COST_ITEMS, PAYERS, type CostItem, type Payer } from '../../../shared/letter-constants';
import { isOneOf } from '../../../shared/one-of';

const NOT_STATED = 'none';
const isPayer = (value: unknown): value is Payer => isOneOf(PAYERS, value);

interface CostsGridProps {
  value: Partial<Record<CostItem, Payer>>;
  onChange: (next: Partial<Record<CostItem, Payer>>) => void;
}

/**
 * Who pays what, one choice a cost: an embassy reads this to judge whether the guest is provided for.
 * A choice per cost rather than a grid of radios, so it fits the narrow column beside the preview.
 */
export function CostsGrid({ value, onChange }: CostsGridProps) {
  const { t } = useTranslation();
  const payers = [NOT_STATED, ...PAYERS].map((payer) => ({
    value: payer,
    label: t(`letters.costs.payer.${payer}`),
  }));
  const choose = (item: CostItem, choice: string | null) => {
    const next = { ...value };
    if (isPayer(choice)) next[item] = choice;
    else delete next[item];
    onChange(next);
  };
  return (
    <div role="group" aria-labelledby="letter-costs-label">
      <Text id="letter-costs-label" size="sm" fw={500}>
        {t('letters.costs.label')}
      </Text>
      <Text size="xs" c="dimmed" mb={6}>
        {t('letters.costs.hint')}
      </Text>
      <SimpleGrid cols={2} spacing="sm" verticalSpacing="xs">
        {COST_ITEMS.map((item) => (
          <Select
            key={item}
            size="sm"
            label={t(`letters.costs.items.${item}`)}
            data={payers}
            value={value[item] ?? NOT_STATED}
            onChange={(choice) => choose(item, choice)}
            allowDeselect={false}
            styles={{ label: { fontWeight: 400 } }}
          />
        ))}
      </SimpleGrid>
    </div>
  );
}
