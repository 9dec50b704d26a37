import { useState } from 'react';

/**
 * True from the first drawing in which `open` is true on: a dialog is drawn from the first time it
 * opens, and stays drawn so that it closes with its transition. Until then, a page that holds it (a
 * visit's header, the calendar) is drawn without it, closed, every time.
 */
export function useOnceOpened(open: boolean): boolean {
  const [seen, setSeen] = useState(open);
  if (open && !seen) setSeen(true);
  return seen || open;
}
