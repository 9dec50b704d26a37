import { ActionIcon, Button, Fieldset, Group, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Signatory } from '../../../shared/partners';
import { PlusIcon, TrashIcon } from '../icons';

interface SignatoriesFieldsProps {
  /** `host` for the university's side, `partner` for the other. */
  side: 'host' | 'partner';
  value: Signatory[];
  onChange: (signatories: Signatory[]) => void;
  /** Messages by the path under the agreement (`hostSignatories.0.name`). */
  errors: Record<string, string | undefined>;
}

/** Who signs on one side of an agreement, a row each. */
export function SignatoriesFields({ side, value, onChange, errors }: SignatoriesFieldsProps) {
  const { t } = useTranslation();
  const field = side === 'host' ? 'hostSignatories' : 'partnerSignatories';
  const set = (index: number, patch: Partial<Signatory>) =>
    onChange(value.map((s, i) => (i === index ? { ...s, ...patch } : s)));
  const legend = t(`partners.agreementForm.${field}`);
  return (
    <Fieldset legend={legend} variant="filled" data-testid={`signatories-${side}`}>
      <Stack gap="xs">
        {value.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('partners.agreementForm.noSignatories')}
          </Text>
        )}
        {value.map((signatory, index) => {
          const n = index + 1;
          return (
            <Group key={index} gap="xs" align="flex-start" wrap="nowrap">
              <TextInput
                aria-label={t('partners.agreementForm.signatoryName', { side: legend, n })}
                placeholder={t('partners.agreementForm.name')}
                value={signatory.name}
                onChange={(e) => set(index, { name: e.currentTarget.value })}
                error={errors[`${field}.${index}.name`]}
                style={{ flex: 1 }}
              />
              <TextInput
                aria-label={t('partners.agreementForm.signatoryPosition', { side: legend, n })}
                placeholder={t('partners.agreementForm.position')}
                value={signatory.position}
                onChange={(e) => set(index, { position: e.currentTarget.value })}
                error={errors[`${field}.${index}.position`]}
                style={{ flex: 1 }}
              />
              <Tooltip label={t('partners.agreementForm.removeSignatory', { side: legend, n })}>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  mt={4}
                  aria-label={t('partners.agreementForm.removeSignatory', { side: legend, n })}
                  onClick={() => onChange(value.filter((_, i) => i !== index))}
                >
                  <TrashIcon />
                </ActionIcon>
              </Tooltip>
            </Group>
          );
        })}
        <div>
          <Button
            variant="default"
            size="xs"
            leftSection={<PlusIcon />}
            onClick={() => onChange([...value, { name: '', position: '' }])}
            aria-label={t('partners.agreementForm.addSignatoryTo', { side: legend })}
          >
            {t('partners.agreementForm.addSignatory')}
          </Button>
        </div>
      </Stack>
    </Fieldset>
  );
}
