import { Anchor, Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { routeHref } from '../route';
import { useLinkedPartners } from './linked-partners';
import classes from './VisitPage.module.css';

/** The partners the visit is linked to, each a link to its page; one deleted since is marked so, without a link. */
export function VisitPartners({ ids }: { ids: readonly string[] }) {
  const { t } = useTranslation();
  const partners = useLinkedPartners(ids);
  if (ids.length === 0) return null;
  return (
    <div className={`${classes.detail} ${classes.wide}`} data-testid="visit-partners">
      <div className={classes.label}>{t('partnerLinks.visit.partners')}</div>
      <Group gap="md" className={classes.value}>
        {partners.map((partner) =>
          partner.deleted ? (
            <Group key={partner.id} gap={6} wrap="nowrap">
              {partner.label ? (
                <>
                  <Text span c="dimmed" td="line-through">
                    {partner.label}
                  </Text>
                  <Badge color="gray" variant="light" size="sm">
                    {t('partnerLinks.visit.deleted')}
                  </Badge>
                </>
              ) : (
                <Text span c="dimmed">
                  {t('partnerLinks.visit.unknownPartner')}
                </Text>
              )}
            </Group>
          ) : (
            <Anchor key={partner.id} href={routeHref({ name: 'partner', id: partner.id })}>
              {partner.label}
            </Anchor>
          ),
        )}
      </Group>
    </div>
  );
}
