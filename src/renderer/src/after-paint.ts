import { useEffect, useState } from 'react';

/**
 * Runs `callback` in a task of its own once the next frame is painted, so that what was just drawn is
 * on screen before more is drawn. Returns a function that cancels it.
 */
export function afterNextPaint(callback: () => void): () => void {
  let timer: number | undefined;
  // A timeout started in an animation frame runs once that frame is painted.
  const frame = window.requestAnimationFrame(() => {
    timer = window.setTimeout(callback, 0);
  });
  return () => {
    window.cancelAnimationFrame(frame);
    window.clearTimeout(timer);
  };
}

/**
 * Runs `callback` once the browser is idle, at the latest after `timeout` milliseconds (a moment later
 * where idle callbacks are not offered). Returns a function that cancels it.
 */
export function whenIdle(callback: () => void, timeout: number): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(callback, { timeout });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(callback, 200);
  return () => window.clearTimeout(handle);
}

/** False in a component's first drawing, true in a task of its own once that drawing is painted. */
export function usePainted(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => afterNextPaint(() => setPainted(true)), []);
  return painted;
}

/**
 * `value` as of the last painted frame: a change reaches the caller in a task of its own once the frame
 * that drew everything else has been painted. Unlike `useDeferredValue`, whose deferred drawing can run
 * before the browser paints, this keeps secondary parts of a page out of the frame that matters.
 */
export function usePaintedValue<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    return afterNextPaint(() => setShown(() => value));
  }, [shown, value]);
  return shown;
}
