import { useCallback, useLayoutEffect, useRef } from 'react';

/** The latest value, for handlers called after drawing: they can then stay the same functions. */
export function useLatest<T>(value: T): { readonly current: T } {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}

/**
 * A function that stays the same from one drawing to the next and always calls the latest `handler`:
 * a component drawn with it (a memoised one, the calendar) is not drawn again because a parent was.
 * For event handlers only, not for anything called while drawing.
 */
export function useStableHandler<A extends unknown[], R>(handler: (...args: A) => R): (...args: A) => R {
  const latest = useLatest(handler);
  return useCallback((...args: A) => latest.current(...args), [latest]);
}
