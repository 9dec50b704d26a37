/**
 * Shortcuts do what a visible control does, by pressing it: the page keeps its own logic (what is
 * undone, what is printed) and a shortcut can never do what the screen does not offer.
 */

function visible(element: HTMLElement): boolean {
  // Inside a page left behind (kept hidden while another is shown) nothing counts as on screen.
  return element.getClientRects().length > 0 && !element.closest('[inert], [aria-hidden="true"]');
}

/** The last visible button or link whose text is `label` (the newest, when notices stack). */
export function findVisible(label: string): HTMLElement | null {
  const candidates = [...document.querySelectorAll<HTMLElement>('button, a[href]')].filter(
    (element) => element.textContent.trim() === label && visible(element),
  );
  return candidates.at(-1) ?? null;
}

/** Presses the visible control named `label`; false when there is none, or it is disabled. */
export function pressVisible(label: string): boolean {
  const control = findVisible(label);
  if (!control || (control instanceof HTMLButtonElement && control.disabled)) return false;
  control.click();
  return true;
}

/** Calls `found` with the element `find` returns, once it is on screen (a page may still be loading). */
export function whenShown<T extends HTMLElement>(
  find: () => T | null,
  found: (element: T) => void,
  timeoutMs = 3000,
): void {
  const until = performance.now() + timeoutMs;
  const look = () => {
    const element = find();
    if (element && visible(element)) found(element);
    else if (performance.now() < until) requestAnimationFrame(look);
  };
  look();
}

/** Whether a dialog is open: page shortcuts then wait, so that keys meant for it do nothing behind it. */
export function dialogOpen(): boolean {
  return document.querySelector('[role="dialog"][aria-modal="true"], .mantine-Modal-content') !== null;
}
