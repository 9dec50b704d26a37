import { useState } from 'react';
import { useTranslation } from 'react-i18next';
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
 * The settings form's state. Messages come from the last refused save and are translated at render
 * time; a field's message goes once the user changes it (removing a signatory renumbers the rest, so
 * it clears every signatory message).
 */
export function useInstitutionForm(initial: Institution, failure: unknown) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const [values, setValues] = useState<Institution>(initial);
  const [edited, setEdited] = useState<ReadonlySet<string>>(() => new Set());

  const touch = (path: string) => setEdited((paths) => (paths.has(path) ? paths : new Set(paths).add(path)));
  const hidden = (path: string) => [...edited].some((p) => path === p || path.startsWith(`${p}.`));
  const all = fieldErrors(t, failure, 'institution.', language);

  const model: InstitutionFormModel = {
    values,
    error: (path) => (hidden(path) ? undefined : all[path]),
    setText: (group, lang, value) => {
      touch(`${group}.${lang}`);
      setValues((v) => ({ ...v, [group]: { ...v[group], [lang]: value } }));
    },
    setContact: (key, value) => {
      touch(key);
      setValues((v) => ({ ...v, [key]: value }));
    },
    setLogo: (logo) => {
      touch('logo');
      setValues((v) => ({ ...v, logo }));
    },
    setNumber: (key, value) => {
      touch(`outgoingNumber.${key}`);
      setValues((v) => ({ ...v, outgoingNumber: { ...v.outgoingNumber, [key]: value } }));
    },
    setVerification: (key, value) => {
      touch(`verificationContact.${key}`);
      setValues((v) => ({ ...v, verificationContact: { ...v.verificationContact, [key]: value } }));
    },
    setVerificationTexts: ({ lang, translations }) => {
      touch('verificationContact.translations');
      setValues((v) => ({ ...v, verificationContact: { ...v.verificationContact, lang, translations } }));
    },
    setSignatory: (index, part, lang, value) => {
      touch(`signatories.${index}.${part}.${lang}`);
      setValues((v) => ({
        ...v,
        signatories: v.signatories.map((s, i) =>
          i === index ? { ...s, [part]: { ...s[part], [lang]: value } } : s,
        ),
      }));
    },
    addSignatory: () => setValues((v) => ({ ...v, signatories: [...v.signatories, newSignatory()] })),
    removeSignatory: (index) => {
      touch('signatories');
      setValues((v) => ({ ...v, signatories: v.signatories.filter((_, i) => i !== index) }));
    },
  };
  return {
    model,
    /** Called before each save: the next answer decides which messages show. */
    resetEdited: () => setEdited(new Set()),
  };
}
