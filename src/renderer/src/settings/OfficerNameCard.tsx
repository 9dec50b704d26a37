import { useState } from 'react';
import { Button, Card, Group, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { OFFICER_NAME_MAX } from '../../../shared/settings-contract';
import { api } from '../../api/client';
import { errorMessage, fieldErrors } from '../errors';
import { useFormat } from '../format';
import { keys, queryClient, useAppStatus } from '../queries';

/** The officer's own name, signing every change to a visit; kept in this computer's settings. */
export function OfficerNameCard() {
  const status = useAppStatus();
  if (!status.data) return null;
  return <OfficerNameForm saved={status.data.settings.officerName ?? ''} account={status.data.account} />;
}

function OfficerNameForm({ saved, account }: { saved: string; account: string }) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const [name, setName] = useState(saved);
  const save = useMutation({
    mutationFn: (officerName: string) => api['settings.update']({ officerName }),
    onSuccess: (settings) => {
      queryClient.setQueryData(keys.status, (status) => status && { ...status, settings });
      setName(settings.officerName ?? '');
      notifications.show({ color: 'green', message: t('history.settings.saved') });
    },
  });
  const title = t('history.settings.title');
  const refused = fieldErrors(t, save.error, '', language).officerName;
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-label={title}>
      <Title order={4}>{title}</Title>
      <Text size="sm" c="dimmed" mt={4}>
        {t('history.settings.hint', { account, interpolation: { escapeValue: false } })}
      </Text>
      <Group align="flex-end" mt="md" gap="sm">
        <TextInput
          label={t('history.settings.label')}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          maxLength={OFFICER_NAME_MAX}
          placeholder={account}
          w={360}
          error={refused ?? (save.isError ? errorMessage(t, save.error, language) : undefined)}
        />
        <Button
          onClick={() => save.mutate(name)}
          loading={save.isPending}
          disabled={name.trim() === saved.trim()}
        >
          {t('common.save')}
        </Button>
      </Group>
    </Card>
  );
}
