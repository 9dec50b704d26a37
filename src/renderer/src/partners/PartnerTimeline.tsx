import { Badge, Group, Stack, Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PartnerDetail, TimelineEvent } from '../../../shared/partners-contract';
import { useFormat } from '../format';
import { SectionTitle } from '../SectionTitle';
import { textIn } from './partner-values';

/** The partner's history, newest first: visits, agreements signed, begun and ending, letters issued. */
export function PartnerTimeline({ detail }: { detail: PartnerDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const renewals = new Map(detail.renewals.map((r) => [r.agreementId, r]));
  const agreements = new Map(detail.agreements.map((a) => [a.id, a]));
  // An agreement is named by its title in the UI language where it has one, as its table names it.
  const labelOf = (event: TimelineEvent) => {
    const agreement = event.kind.startsWith('agreement') ? agreements.get(event.refId) : undefined;
    return (agreement && textIn(agreement.title, format.language)?.text) || event.label;
  };
  const events = detail.timeline;
  return (
    <Stack component="section" gap="md" aria-labelledby="partner-timeline-title">
      <SectionTitle id="partner-timeline-title" title={t('partners.timeline.title')} />
      {events.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('partners.timeline.empty')}
        </Text>
      ) : (
        <Timeline bulletSize={14} lineWidth={2} aria-labelledby="partner-timeline-title">
          {events.map((event, index) => {
            const renewal = event.kind === 'agreementEnds' ? renewals.get(event.refId) : undefined;
            return (
              <Timeline.Item
                key={`${event.kind}-${event.refId}-${index}`}
                color={renewal ? 'orange' : 'blue'}
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
      )}
    </Stack>
  );
}
