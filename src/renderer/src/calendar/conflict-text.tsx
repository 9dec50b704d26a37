import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Conflict } from '../../../shared/planning';
import { useFormat } from '../format';
import { conflictSentence } from './conflict-sentence';

export { conflictSentence };

/** Turns a conflict into its sentence in the UI language. */
export function useConflictText(): (conflict: Conflict) => string {
  const { t } = useTranslation();
  const { language } = useFormat();
  return useCallback((conflict: Conflict) => conflictSentence(t, language, conflict), [t, language]);
}

export function ConflictText({ conflict }: { conflict: Conflict }) {
  const text = useConflictText();
  return <>{text(conflict)}</>;
}
