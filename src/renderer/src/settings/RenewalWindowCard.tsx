import { useState } from 'react';
import { Button, Card, Group, NumberInput, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { RENEWAL_DAYS_DEFAULT, RENEWAL_DAYS_MAX } from '../../../shared/partner-constants';
import { api } from '../../api/client';
import { errorMessage, fieldErrors } from '../errors';
import { useFormat } from '../format';
import { partnersChanged } from '../partners/links/partner-data';
import { keys, queryClient, useAppStatus } from '../queries';

/** How many days ahead an agreement's end is shown on Today and on its partner's page. */
export function RenewalWindowCard() {
  const status = useAppStatus();
  if (!status.data) return null;
  return <RenewalWindowForm saved={status.data.settings.renewalDays ?? RENEWAL_DAYS_DEFAULT} />;
}

function RenewalWindowForm({ saved }: { saved: number }) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const [days, setDays] = useState<number | string>(saved);
  const save = useMutation({
    mutationFn: (renewalDays: number) => api['settings.update']({ renewalDays }),
    onSuccess: async (settings) => {
      queryClient.setQueryData(keys.status, (status) => status && { ...status, settings });
      notifications.show({ color: 'green', message: t('partnerLinks.settings.saved') });
      await partnersChanged();
    },
  });
  const title = t('partnerLinks.settings.title');
  const refused = fieldErrors(t, save.error, '', language).renewalDays;
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-label={title}>
      <Title order={4}>{title}</Title>
      <Text size="sm" c="dimmed" mt={4}>
        {t('partnerLinks.settings.hint')}
      </Text>
      <Group align="flex-end" mt="md" gap="sm">
        <NumberInput
          label={t('partnerLinks.settings.days')}
          value={days}
          onChange={setDays}
          min={1}
          max={RENEWAL_DAYS_MAX}
          allowDecimal={false}
          allowNegative={false}
          w={180}
          error={refused ?? (save.isError ? errorMessage(t, save.error, language) : undefined)}
        />
        <Button
          onClick={() => typeof days === 'number' && save.mutate(days)}
          loading={save.isPending}
          disabled={typeof days !== 'number' || days === saved}
        >
          {t('common.save')}
        </Button>
      </Group>
    </Card>
  );
}
