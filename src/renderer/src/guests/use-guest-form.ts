import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Passport, TravelLeg } from '../../../shared/domain';
import { fieldErrors } from '../errors';
import { useFormat } from '../format';
import { GUEST_TABS, tabOfField, type GuestTab, type GuestValues } from './form-values';

export type LegName = 'arrival' | 'departure';

/** What each section of the form needs: the values, their messages and the ways to change them. */
export interface GuestFieldsModel {
  values: GuestValues;
  /** The translated message for a field path such as `passport.number`, until the user edits it. */
  error: (path: string) => string | undefined;
  /** The same messages by path, for sections that find their own (`translations.ru.position`). */
  errors: Record<string, string>;
  setField: <K extends keyof GuestValues>(key: K, value: GuestValues[K]) => void;
  setPassport: (key: keyof Passport, value: string) => void;
  setLeg: (leg: LegName, key: keyof TravelLeg, value: string) => void;
}

/**
 * The form's state. Messages come from the last failed call and are translated at render time, so a
 * language switch re-translates them; a field's message goes once the user changes that field.
 */
export function useGuestFields(initial: GuestValues, failure: unknown) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const [values, setValues] = useState<GuestValues>(initial);
  const [edited, setEdited] = useState<ReadonlySet<string>>(() => new Set());

  const touch = (path: string) => setEdited((paths) => (paths.has(path) ? paths : new Set(paths).add(path)));
  const all = fieldErrors(t, failure, 'guest.', language);
  const visible: Record<string, string> = {};
  for (const [path, message] of Object.entries(all)) if (!edited.has(path)) visible[path] = message;

  const model: GuestFieldsModel = {
    values,
    error: (path) => visible[path],
    errors: visible,
    setField: (key, value) => {
      touch(key);
      setValues((v) => ({ ...v, [key]: value }));
    },
    setPassport: (key, value) => {
      touch(`passport.${key}`);
      setValues((v) => ({ ...v, passport: { ...v.passport, [key]: value } }));
    },
    setLeg: (leg, key, value) => {
      touch(`${leg}.${key}`);
      setValues((v) => ({ ...v, [leg]: { ...v[leg], [key]: value } }));
    },
  };
  return {
    model,
    visibleErrorPaths: Object.keys(visible),
    /** Called before each submit: the next answer decides which messages show. */
    resetEdited: () => setEdited(new Set()),
  };
}

/**
 * The tab to show after a refusal: the current one if it holds an error, otherwise the first that
 * does, so the user always sees at least one marked field.
 */
export function tabToShow(current: GuestTab, errorPaths: readonly string[]): GuestTab {
  const tabs = new Set(errorPaths.map(tabOfField));
  if (tabs.size === 0 || tabs.has(current)) return current;
  return GUEST_TABS.find((tab) => tabs.has(tab)) ?? current;
}
