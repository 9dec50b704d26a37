import { ActionIcon, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { routeHref, useRoute } from '../route';
import { ItineraryIcon } from '../icons';

/** On a visit's page, a programme item's way to its host's briefing card. Nothing elsewhere. */
export function BriefingLink({ itemId, title }: { itemId: string; title: string }) {
  const { t } = useTranslation();
  const route = useRoute();
  if (route.name !== 'visit') return null;
  const label = t('itinerary.ui.briefing', { title });
  return (
    <Tooltip label={label}>
      <ActionIcon
        component="a"
        href={routeHref({ name: 'printBriefing', id: route.id, itemId })}
        variant="subtle"
        color="gray"
        aria-label={label}
      >
        <ItineraryIcon />
      </ActionIcon>
    </Tooltip>
  );
}
