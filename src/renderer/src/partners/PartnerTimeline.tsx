import { Badge, Group, Stack, Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PartnerDetail } from '../../../shared/partners-contract';
import { useFormat } from '../format';
import { SectionTitle } from '../SectionTitle';

/** The partner's history, newest first: visits, agreements signed, begun and ending, letters issued. */
export function PartnerTimeline({ detail }: { detail: PartnerDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const renewals = new Map(detail.renewals.map((r) => [r.agreementId, r]));
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
                  <Text size="sm">{t(`partners.timeline.kind.${event.kind}`, { label: event.label })}</Text>
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
