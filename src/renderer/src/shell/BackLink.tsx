import { Anchor, Group } from '@mantine/core';
import { ArrowLeftIcon } from '../icons';

/** "← All visits" above a record's page: back to the list it was opened from. */
export function BackLink({ href, label }: { href: string; label: string }) {
  return (
    <Anchor href={href} size="sm">
      <Group gap={4} component="span">
        <ArrowLeftIcon size={14} />
        {label}
      </Group>
    </Anchor>
  );
}
