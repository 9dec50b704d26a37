import { Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PlusIcon, TrashIcon } from '../icons';
import { LanguageColumns } from './LanguageColumns';
import type { InstitutionFormModel } from './use-institution-form';

/** Who may sign letters: each signatory's name and position as every letter language prints them. */
export function SignatoriesField({ model }: { model: InstitutionFormModel }) {
  const { t } = useTranslation();
  const { values, error, setSignatory, addSignatory, removeSignatory } = model;
  return (
    <Stack gap="md">
      {values.signatories.length === 0 && (
        <Text size="sm" c="dimmed" data-testid="no-signatories">
          {t('settings.signatories.empty')}
        </Text>
      )}
      {error('signatories') && (
        <Text size="sm" c="red" role="alert">
          {error('signatories')}
        </Text>
      )}
      {values.signatories.map((signatory, index) => {
        const label = t('settings.signatories.number', { n: index + 1 });
        return (
          <Paper
            key={signatory.id}
            withBorder
            radius="md"
            p="md"
            role="group"
            aria-label={label}
            data-testid="signatory"
          >
            <Group justify="space-between" mb="sm">
              <Text fw={600} size="sm">
                {label}
              </Text>
              <Button
                size="compact-sm"
                variant="subtle"
                color="red"
                leftSection={<TrashIcon size={14} />}
                onClick={() => removeSignatory(index)}
              >
                {t('settings.signatories.remove')}
              </Button>
            </Group>
            <LanguageColumns>
              {(language) => (
                <Stack gap="sm">
                  <TextInput
                    label={t('settings.signatories.name')}
                    withAsterisk
                    value={signatory.name[language]}
                    onChange={(e) => setSignatory(index, 'name', language, e.currentTarget.value)}
                    error={error(`signatories.${index}.name.${language}`)}
                  />
                  <TextInput
                    label={t('settings.signatories.position')}
                    withAsterisk
                    value={signatory.position[language]}
                    onChange={(e) => setSignatory(index, 'position', language, e.currentTarget.value)}
                    error={error(`signatories.${index}.position.${language}`)}
                  />
                </Stack>
              )}
            </LanguageColumns>
          </Paper>
        );
      })}
      <Button
        variant="default"
        leftSection={<PlusIcon />}
        onClick={addSignatory}
        style={{ alignSelf: 'flex-start' }}
      >
        {t('settings.signatories.add')}
      </Button>
    </Stack>
  );
}
