import { createContext, useCallback, useContext, useEffect, useId, useMemo, useRef, useState } from 'react';

/**
 * Whether a dialog holds edits that closing it would throw away. Each form inside a dialog reports
 * its own state (a dialog may hold more than one: the hotel directory's edit and new-hotel forms);
 * the dialog asks before closing while any of them has changes.
 */
type Report = (reporter: string, changed: boolean) => void;

const ChangesContext = createContext<Report | null>(null);
export const ChangesProvider = ChangesContext.Provider;

/**
 * A form's values as text that ignores key order and treats an emptied field as one never filled in:
 * typing a word and deleting it again is no change.
 */
function snapshot(values: unknown): string {
  return JSON.stringify(values, (_key, value: unknown) => {
    if (value === '') return undefined;
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      return Object.fromEntries(
        Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
      );
    }
    return value;
  });
}

/**
 * Tells the dialog around the form whether `values` differ from those the form opened with, and
 * returns it (for a form that holds its dialog: pass it as `AppModal`'s `changed`).
 * `active` false (a letter issued, a batch done) means there is nothing left to lose.
 */
export function useUnsavedChanges(values: unknown, active = true): boolean {
  const report = useContext(ChangesContext);
  const reporter = useId();
  const [opened] = useState(() => snapshot(values));
  const changed = active && snapshot(values) !== opened;
  useEffect(() => report?.(reporter, changed), [report, reporter, changed]);
  useEffect(() => () => report?.(reporter, false), [report, reporter]);
  return changed;
}

/**
 * The state behind a dialog that asks before its edits are thrown away: `requestClose` closes at once
 * when nothing changed, and otherwise opens the question; `discard` closes for good.
 */
export function useConfirmClose(onClose: () => void, changed = false) {
  const changes = useRef(new Map<string, boolean>());
  const [asking, setAsking] = useState(false);
  const report = useCallback<Report>((reporter, changed) => {
    if (changed) changes.current.set(reporter, true);
    else changes.current.delete(reporter);
  }, []);
  // The Esc that asks the question is still being handed round when the question's own Esc
  // listener arrives, and would answer it at once: the question ignores a close in the same task.
  const justAsked = useRef(false);
  const requestClose = useCallback(() => {
    if (changed || changes.current.size > 0) {
      justAsked.current = true;
      setTimeout(() => (justAsked.current = false));
      setAsking(true);
    } else onClose();
  }, [onClose, changed]);
  return useMemo(
    () => ({
      report,
      asking,
      requestClose,
      keepEditing: () => setAsking(false),
      /** The question's Esc, ×, or click beside it. */
      dismiss: () => {
        if (!justAsked.current) setAsking(false);
      },
      discard: () => {
        setAsking(false);
        changes.current.clear();
        onClose();
      },
    }),
    [report, asking, requestClose, onClose],
  );
}
