import { memo, useState } from 'react';
import { Anchor, Badge, Button, Group, List, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Conflict } from '../../../shared/planning';
import { WarningIcon } from '../icons';
import { routeHref } from '../route';
import { usePaintedValue } from '../after-paint';
import { useConflictText } from './conflict-text';

/** A crowded week can hold hundreds: the first ones are listed, the rest on demand. */
const SHOWN_AT_FIRST = 30;

/**
 * The conflicts of the days on screen, each a sentence with a link that jumps to the entry. When the
 * calendar moves, the list follows just after the calendar has drawn the new days (the entries carry
 * their own conflict marks), so that the list does not hold the calendar back.
 */
export function ConflictList({ conflicts }: { conflicts: Conflict[] }) {
  return <ConflictSection conflicts={usePaintedValue(conflicts)} />;
}

const ConflictSection = memo(function ConflictSection({ conflicts }: { conflicts: Conflict[] }) {
  const { t } = useTranslation();
  const text = useConflictText();
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? conflicts : conflicts.slice(0, SHOWN_AT_FIRST);
  const hidden = conflicts.length - shown.length;
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-labelledby="calendar-conflicts"
      data-testid="calendar-conflicts"
    >
      <Group gap="xs" mb={conflicts.length ? 'sm' : 0}>
        <Title order={4} id="calendar-conflicts">
          {t('calendar.conflicts.title')}
        </Title>
        <Badge
          tt="none"
          color={conflicts.length ? 'red' : 'gray'}
          variant="light"
          leftSection={conflicts.length ? <WarningIcon size={12} /> : null}
        >
          {t('calendar.conflicts.count', { count: conflicts.length })}
        </Badge>
      </Group>
      {conflicts.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('calendar.conflicts.none')}
        </Text>
      ) : (
        <List spacing="xs" size="sm">
          {shown.map((c) => (
            <List.Item key={c.id} data-testid="conflict-item">
              <Text size="sm" span>
                {text(c)}{' '}
              </Text>
              <Anchor
                size="sm"
                href={routeHref({ name: 'calendar', date: c.entry.startDate, entry: c.entry.entryId })}
                data-testid="conflict-jump"
              >
                {t('calendar.conflicts.show')}
              </Anchor>
            </List.Item>
          ))}
        </List>
      )}
      {hidden > 0 && (
        <Button
          variant="subtle"
          size="xs"
          mt="xs"
          onClick={() => setShowAll(true)}
          data-testid="conflicts-show-all"
        >
          {t('calendar.conflicts.showAll', { count: hidden })}
        </Button>
      )}
    </Paper>
  );
});
