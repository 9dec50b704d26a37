import { useState } from 'react';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { visitInputSchema, type VisitData } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import { toFieldErrors } from '../../../shared/validation';
import { fieldErrors } from '../errors';

/**
 * The visit form's state, kept by `@mantine/form`. Before `save`, the values are checked with the
 * contract's own schema: what it refuses is the refusal the core would give, in the same words. The
 * messages of the last refusal are translated at render time (a language switch translates them
 * too); a field's message goes once the field changes, and nothing typed is cleared.
 */
export function useVisitForm(initial: VisitData, save: (values: VisitData) => Promise<unknown>) {
  const { t, i18n } = useTranslation();
  const form = useForm<VisitData>({ initialValues: initial });
  const [refusal, setRefusal] = useState<unknown>(null);
  const messages = fieldErrors(t, refusal, 'visit.', i18n.language);

  const refused = (error: unknown) => {
    setRefusal(error);
    const paths = Object.keys(fieldErrors(t, error, 'visit.', i18n.language));
    form.setErrors(Object.fromEntries(paths.map((path) => [path, true])));
  };
  const call = useMutation({ mutationFn: save, onError: refused });

  return {
    values: form.values,
    /** Every message of the last refusal, by field path (`translations.ru.title` among them). */
    messages,
    refusal,
    /** The message under `field`, until the field is changed. */
    shown: (field: keyof VisitData): string | undefined => (form.errors[field] ? messages[field] : undefined),
    set: <K extends keyof VisitData>(field: K, value: VisitData[K]) =>
      form.setFieldValue(String(field), value),
    /** Sets every field of `next` that differs from what the form holds (clearing their messages). */
    setChanged: (next: VisitData) => {
      for (const field of Object.keys(next) as (keyof VisitData)[])
        if (next[field] !== form.values[field]) form.setFieldValue(String(field), next[field]);
    },
    pending: call.isPending,
    /** Checks `values` by the contract's schema, then saves them unless refused. */
    submit: (values: VisitData) => {
      if (call.isPending) return;
      const parsed = visitInputSchema.safeParse(values);
      if (parsed.success) {
        refused(null);
        call.mutate(values);
        return;
      }
      const fields = toFieldErrors(parsed.error, values).map((f) => ({ ...f, path: `visit.${f.path}` }));
      refused(new AppError('validation', undefined, fields));
    },
  };
}
