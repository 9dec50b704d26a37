import { Badge, Group, Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PartnerDetail, TimelineEvent } from '../../../shared/partners-contract';
import { useFormat } from '../format';
import { textIn } from './partner-values';

/** A year's agreement events, newest first: signed, in force from, ends (with the days left when due soon). */
export function AgreementEvents({
  detail,
  events,
  label,
}: {
  detail: PartnerDetail;
  events: readonly TimelineEvent[];
  label: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const renewals = new Map(detail.renewals.map((r) => [r.agreementId, r]));
  const agreements = new Map(detail.agreements.map((a) => [a.id, a]));
  // An agreement is named by its title in the UI language where it has one, as its table names it.
  const labelOf = (event: TimelineEvent) => {
    const agreement = agreements.get(event.refId);
    return (agreement && textIn(agreement.title, format.language)?.text) || event.label;
  };
  return (
    <Timeline bulletSize={12} lineWidth={2} aria-label={label}>
      {events.map((event, index) => {
        const renewal = event.kind === 'agreementEnds' ? renewals.get(event.refId) : undefined;
        return (
          <Timeline.Item
            key={`${event.kind}-${event.refId}-${index}`}
            color={renewal ? 'orange' : 'teal'}
            data-testid="timeline-event"
            data-renewal={renewal ? 'true' : undefined}
          >
            <Group gap="sm" wrap="nowrap" align="baseline">
              <Text size="sm" c="dimmed" w={150} style={{ flexShrink: 0 }}>
                {format.date(event.date)}
              </Text>
              <Text size="sm" fw={renewal ? 600 : undefined}>
                {t(`partners.timeline.kind.${event.kind}`, { label: labelOf(event) })}
              </Text>
              {renewal && (
                <Badge color="orange" variant="light" tt="none" style={{ flexShrink: 0 }}>
                  {t('partners.agreements.daysLeft', { count: renewal.daysLeft })}
                </Badge>
              )}
            </Group>
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}
