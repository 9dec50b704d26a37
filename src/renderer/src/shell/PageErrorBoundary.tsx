import { Component, Fragment, type ErrorInfo, type ReactNode } from 'react';
import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { queryClient } from '../queries';
import { navigate, routeHref } from '../route';

/** What stands in for a page that failed to draw: what happened, in the user's language, and two ways on. */
function PageFailed({ onReload }: { onReload: () => void }) {
  const { t } = useTranslation();
  const toVisits = () => {
    // Already at the list (the list itself failed): going there is drawing it again.
    if (window.location.hash === routeHref({ name: 'visits' }) || window.location.hash === '') onReload();
    else navigate({ name: 'visits' });
  };
  return (
    <Alert color="red" variant="light" title={t('app.pageFailed.title')} data-testid="page-failed" maw={720}>
      <Text size="sm">{t('app.pageFailed.body')}</Text>
      <Group mt="md" gap="sm">
        <Button onClick={onReload}>{t('app.pageFailed.reload')}</Button>
        <Button variant="default" onClick={toVisits}>
          {t('app.pageFailed.visits')}
        </Button>
      </Group>
    </Alert>
  );
}

interface Props {
  children: ReactNode;
  /** The page's address: going to another (another day, another visit) tries the page again. */
  address: string;
}

interface State {
  failed: boolean;
  /** Counts the reloads: each draws the page anew from scratch. */
  attempt: number;
  /** The address drawn last, to notice a move to another. */
  address: string;
}

/**
 * Around each page: an error thrown while drawing it (a bug, an answer of an unexpected shape) shows
 * what happened instead of a white window, and the rest of the app (its header and navigation) stays.
 */
export class PageErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false, attempt: 0, address: this.props.address };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    if (props.address === state.address) return null;
    return { address: props.address, failed: false };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('A page could not be shown:', error, info.componentStack);
  }

  /**
   * The page's own answers are no longer shown anywhere once it failed: they are dropped, so that the
   * page asks for them anew rather than drawing again what it failed on; those on screen elsewhere are
   * asked for again too.
   */
  private reload = (): void => {
    queryClient.removeQueries({ type: 'inactive' });
    void queryClient.invalidateQueries({ type: 'active' });
    this.setState((state) => ({ failed: false, attempt: state.attempt + 1 }));
  };

  override render(): ReactNode {
    if (this.state.failed) return <PageFailed onReload={this.reload} />;
    return <Fragment key={this.state.attempt}>{this.props.children}</Fragment>;
  }
}
