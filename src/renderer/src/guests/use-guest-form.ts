import { useState } from 'react';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { guestInputSchema } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import { toFieldErrors } from '../../../shared/validation';
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
 * The form's state, kept by `@mantine/form`. Before a call, the values are checked with the contract's
 * own schema (`check`): what it refuses is the refusal the core would give, said in the same words
 * and without a round trip. Messages come from the last refusal and are translated at render time,
 * so a language switch re-translates them; a field's message goes once the user changes that field.
 */
export function useGuestFields(initial: GuestValues) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const form = useForm<GuestValues>({ initialValues: initial });
  const [refusal, setRefusal] = useState<unknown>(null);

  const all = fieldErrors(t, refusal, 'guest.', language);
  const visible: Record<string, string> = {};
  for (const [path, message] of Object.entries(all)) if (form.errors[path]) visible[path] = message;

  const model: GuestFieldsModel = {
    values: form.values,
    error: (path) => visible[path],
    errors: visible,
    // The key as a plain path: `GuestFieldsModel` has already tied the value's type to it.
    setField: (key, value) => form.setFieldValue(String(key), value),
    setPassport: (key, value) => form.setFieldValue(`passport.${key}`, value),
    setLeg: (leg, key, value) => form.setFieldValue(`${leg}.${key}`, value),
  };
  return {
    model,
    visibleErrorPaths: Object.keys(visible),
    /** The last refusal, by the form's own check or by the core; null while a call is under way. */
    refusal,
    /** Shows a refusal's messages at their fields (null: none, as when a call starts). */
    refused: (error: unknown) => {
      setRefusal(error);
      const paths = Object.keys(fieldErrors(t, error, 'guest.', language));
      form.setErrors(Object.fromEntries(paths.map((path) => [path, true])));
    },
    /** The contract's check of the guest, as the core makes it: the refusal, or null when it passes. */
    check: (): AppError | null => {
      const parsed = guestInputSchema.safeParse(form.values);
      if (parsed.success) return null;
      const fields = toFieldErrors(parsed.error, form.values).map((f) => ({ ...f, path: `guest.${f.path}` }));
      return new AppError('validation', undefined, fields);
    },
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
