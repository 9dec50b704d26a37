import { Button, EmptyState } from '@mantine/core';
import { SearchIcon } from '../icons';

/** A record's page whose record is gone (deleted, or never there): says so and leads back to its list. */
export function PageNotFound({
  testId,
  title,
  body,
  backLabel,
  backHref,
}: {
  testId: string;
  title: string;
  body: string;
  backLabel: string;
  backHref: string;
}) {
  return (
    <EmptyState
      data-testid={testId}
      mt={48}
      mx="auto"
      maw={480}
      icon={<SearchIcon size={28} />}
      withIndicatorBackground
      title={title}
      description={body}
    >
      <EmptyState.Actions>
        <Button component="a" href={backHref} variant="default">
          {backLabel}
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}
