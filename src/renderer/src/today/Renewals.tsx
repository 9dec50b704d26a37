import { Alert, Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Renewal } from '../../../shared/partners-contract';
import { errorMessage } from '../errors';
import { useFormat } from '../format';
import { inLanguage, partnerLabel, usePartners } from '../partners/links/partner-data';
import { queryOptions } from '../queries';
import { routeHref } from '../route';

/** "today", "tomorrow", "in 12 days", with each language's plural forms. */
function useDaysLeft() {
  const { t } = useTranslation();
  return (days: number) =>
    days <= 0
      ? t('partnerLinks.renewals.today')
      : days === 1
        ? t('partnerLinks.renewals.tomorrow')
        : t('partnerLinks.renewals.inDays', { count: days });
}

function RenewalLine({ renewal, partnerName }: { renewal: Renewal; partnerName: string }) {
  const { t } = useTranslation();
  const { language, date } = useFormat();
  const daysLeft = useDaysLeft();
  const colour = renewal.daysLeft <= 7 ? 'red' : renewal.daysLeft <= 30 ? 'orange' : 'gray';
  return (
    <Group justify="space-between" wrap="nowrap" gap="sm" data-testid="today-renewal">
      <Stack gap={0} style={{ minWidth: 0 }}>
        <Anchor href={routeHref({ name: 'partner', id: renewal.partnerId })} size="sm" fw={600} lineClamp={1}>
          {partnerName}
        </Anchor>
        <Text size="sm" lineClamp={2}>
          {inLanguage(renewal.title, language)}
        </Text>
        <Group gap={6}>
          <Text size="xs" c="dimmed">
            {t('partnerLinks.renewals.ends', { date: date(renewal.validTo) })}
          </Text>
          {renewal.autoRenewal && (
            <Badge size="xs" variant="light" color="teal">
              {t('partnerLinks.renewals.autoRenewal')}
            </Badge>
          )}
        </Group>
      </Stack>
      <Badge variant="light" color={colour} style={{ flexShrink: 0 }}>
        {daysLeft(renewal.daysLeft)}
      </Badge>
    </Group>
  );
}

/**
 * Signed agreements that end within the window set in Settings (counted from the clock's day, not
 * the day shown), soonest first, each a way to its partner. Not drawn while there are none.
 */
export function Renewals() {
  const { t } = useTranslation();
  const { language } = useFormat();
  const renewals = useQuery(queryOptions('agreements.renewals', {}));
  // The partners' names in the UI language (a renewal carries the name as the partner writes it).
  const partners = usePartners((renewals.data?.length ?? 0) > 0);
  const names = new Map((partners.data ?? []).map((p) => [p.id, partnerLabel(p, language)]));
  if (renewals.isPending || (renewals.data && renewals.data.length === 0)) return null;
  const title = t('partnerLinks.renewals.title');
  const sorted = [...(renewals.data ?? [])].sort((a, b) => a.daysLeft - b.daysLeft);
  return (
    <Paper withBorder p="md" radius="md" data-testid="today-renewals" role="region" aria-label={title}>
      <Group gap="xs" mb="sm">
        <Title order={4}>{title}</Title>
        {sorted.length > 0 && (
          <Badge variant="light" size="sm" circle>
            {sorted.length}
          </Badge>
        )}
      </Group>
      {renewals.isError ? (
        <Alert color="red">{errorMessage(t, renewals.error, language)}</Alert>
      ) : (
        <Stack gap="sm">
          {sorted.map((renewal) => (
            <RenewalLine
              key={renewal.agreementId}
              renewal={renewal}
              partnerName={names.get(renewal.partnerId) ?? renewal.partnerName}
            />
          ))}
        </Stack>
      )}
    </Paper>
  );
}
