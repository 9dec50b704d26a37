import { useState } from 'react';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { AppError } from '../../../shared/errors';
import { institutionSchema } from '../../../shared/institution';
import { toFieldErrors } from '../../../shared/validation';
import type {
  Institution,
  Logo,
  OutgoingNumberFormat,
  VerificationContact,
} from '../../../shared/institution';
import type { Language } from '../../../shared/languages';
import { fieldErrors } from '../errors';
import { useFormat } from '../format';
import { newSignatory } from './institution-values';

export type TextGroup = 'name' | 'address' | 'city';
export type ContactKey = 'phone' | 'email' | 'website' | 'taxId';
export type VerificationKey = 'name' | 'phone' | 'email';

/** What each section of the settings form needs: the values, their messages and the ways to change them. */
export interface InstitutionFormModel {
  values: Institution;
  /** The translated message for a path such as `name.az` or `signatories.0.position.ru`. */
  error: (path: string) => string | undefined;
  setText: (group: TextGroup, language: Language, value: string) => void;
  setContact: (key: ContactKey, value: string) => void;
  setLogo: (logo: Logo | null) => void;
  setNumber: <K extends keyof OutgoingNumberFormat>(key: K, value: OutgoingNumberFormat[K]) => void;
  setVerification: (key: VerificationKey, value: string) => void;
  /** The language the contact's name is written in and its spellings in the others, whole. */
  setVerificationTexts: (texts: Pick<VerificationContact, 'lang' | 'translations'>) => void;
  setSignatory: (index: number, part: 'name' | 'position', language: Language, value: string) => void;
  addSignatory: () => void;
  removeSignatory: (index: number) => void;
}

/**
 * The settings form's state, kept by `@mantine/form`. Before saving, the values are checked with the
 * contract's own schema (`check`): what it refuses is the refusal the core would give, in the same
 * words. Messages come from the last refusal and are translated at render time; a field's message
 * goes once the user changes it, with those of the fields inside it (removing a signatory renumbers
 * the rest, so it clears every signatory message).
 */
export function useInstitutionForm(initial: Institution) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const form = useForm<Institution>({ initialValues: initial, clearInputErrorOnChange: false });
  const [refusal, setRefusal] = useState<unknown>(null);
  const all = fieldErrors(t, refusal, 'institution.', language);

  /**
   * Sets the value at `path` (a plain path: the model's setters tie its type; a function is given the
   * value there now) and clears the messages at and under `cleared`.
   */
  const set = (path: string, value: unknown, cleared: string | null = path) => {
    const under = (p: string) => cleared !== null && (p === cleared || p.startsWith(`${cleared}.`));
    if (Object.keys(form.errors).some(under))
      form.setErrors(Object.fromEntries(Object.entries(form.errors).filter(([p]) => !under(p))));
    form.setFieldValue(path, value);
  };
  const values = form.values;

  const model: InstitutionFormModel = {
    values,
    error: (path) => (form.errors[path] ? all[path] : undefined),
    setText: (group, lang, value) => set(`${group}.${lang}`, value),
    setContact: (key, value) => set(key, value),
    setLogo: (logo) => set('logo', logo),
    setNumber: (key, value) => set(`outgoingNumber.${key}`, value),
    setVerification: (key, value) => set(`verificationContact.${key}`, value),
    setVerificationTexts: ({ lang, translations }) =>
      set(
        'verificationContact',
        (contact: VerificationContact) => ({ ...contact, lang, translations }),
        'verificationContact.translations',
      ),
    setSignatory: (index, part, lang, value) => set(`signatories.${index}.${part}.${lang}`, value),
    addSignatory: () =>
      set('signatories', (list: Institution['signatories']) => [...list, newSignatory()], null),
    removeSignatory: (index) =>
      set('signatories', (list: Institution['signatories']) => list.filter((_, i) => i !== index)),
  };
  return {
    model,
    /** The last refusal, by the form's own check or by the core; null while a save is under way. */
    refusal,
    /** Shows a refusal's messages at their fields (null: none, as when a save starts). */
    refused: (error: unknown) => {
      setRefusal(error);
      const paths = Object.keys(fieldErrors(t, error, 'institution.', language));
      form.setErrors(Object.fromEntries(paths.map((path) => [path, true])));
    },
    /** The contract's check of the settings, as the core makes it: the refusal, or null when it passes. */
    check: (): AppError | null => {
      const parsed = institutionSchema.safeParse(values);
      if (parsed.success) return null;
      const fields = toFieldErrors(parsed.error, values).map((f) => ({
        ...f,
        path: `institution.${f.path}`,
      }));
      return new AppError('validation', undefined, fields);
    },
  };
}
