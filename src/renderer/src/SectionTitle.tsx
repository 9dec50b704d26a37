import type { ReactNode } from 'react';
import { Badge, Group, Title } from '@mantine/core';

/** A visit page section's heading, with its count beside it when there is one to show. */
export function SectionTitle({ id, title, count }: { id: string; title: ReactNode; count?: ReactNode }) {
  return (
    <Group gap="sm" align="center">
      <Title order={3} id={id}>
        {title}
      </Title>
      {count !== undefined && (
        <Badge variant="light" color="gray" size="lg" tt="none">
          {count}
        </Badge>
      )}
    </Group>
  );
}
