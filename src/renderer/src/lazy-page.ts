import { createElement, lazy, type ComponentType, type ReactElement } from 'react';

/**
 * A page in a chunk of its own, fetched when first needed or ahead of time with `preload`.
 *
 * `React.lazy` suspends the first time it is drawn even when its chunk has already arrived, and React
 * then holds the revealed page back until 300 ms after its fallback appeared (it throttles suspended
 * content): a visit page fetched ahead of the click still opened a third of a second late. Once the
 * chunk is here, the page is drawn straight from it, without suspending.
 */
export function lazyPage<P extends object>(
  load: () => Promise<ComponentType<P>>,
): { Page: (props: P) => ReactElement; preload: () => Promise<ComponentType<P>> } {
  let loaded: ComponentType<P> | undefined;
  const preload = () => load().then((component) => (loaded = component));
  const Deferred = lazy(() => preload().then((component) => ({ default: component })));
  function Page(props: P): ReactElement {
    const Loaded = loaded;
    return Loaded ? createElement(Loaded, props) : createElement(Deferred, props);
  }
  return { Page, preload };
}
