import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { isCountryCode } from '../../../shared/countries';
import { LANGUAGES } from '../../../shared/languages';
import { isPartnerKind, PARTNER_KINDS } from '../../../shared/partner-constants';
import type { Partner } from '../../../shared/partners';
import { errorMessage, fieldErrors } from '../errors';
import { useFormat } from '../format';
import { AppModal, SAVE_BUTTON } from '../shell/AppModal';
import { useUnsavedChanges } from '../shell/use-confirm-close';
import { useCountryOptions } from '../visits/visit-options';
import { ContactsFields } from './ContactsFields';
import { emptyPartner, partnerValues, type PartnerFormValues } from './partner-values';
import { usePartnerCall } from './use-partner-call';

interface FormProps {
  partner?: Partner;
  onCancel: () => void;
  onSaved: (partner: Partner) => void;
}

function PartnerForm({ partner, onCancel, onSaved }: FormProps) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const [values, setValues] = useState<PartnerFormValues>(() =>
    partner ? partnerValues(partner) : emptyPartner(),
  );
  // What the form opened with: a field left alone that a colleague changed meanwhile keeps their value.
  const [opened] = useState(values);
  useUnsavedChanges(values);
  // Fields changed since the last refusal: their old message no longer applies.
  const [edited, setEdited] = useState<ReadonlySet<string>>(new Set());
  const save = usePartnerCall('partners.save');
  const countries = useCountryOptions();
  const messages = fieldErrors(t, save.error, 'partner.', language);
  const errorFor = (path: string) => (edited.has(path) ? undefined : messages[path]);
  const set = <K extends keyof PartnerFormValues>(
    field: K,
    value: PartnerFormValues[K],
    path: string = field,
  ) => {
    setValues((current) => ({ ...current, [field]: value }));
    setEdited((current) => new Set(current).add(path));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      { ...(partner ? { id: partner.id, opened } : {}), partner: values },
      {
        onSuccess: (saved) => {
          notifications.show({ color: 'green', message: t('partners.saved', { name: saved.officialName }) });
          onSaved(saved);
        },
        onError: () => setEdited(new Set()),
      },
    );
  };
  const text = (field: 'officialName' | 'shortName' | 'city' | 'website') => ({
    label: t(`partners.form.${field}`),
    value: values[field],
    onChange: (event: { currentTarget: { value: string } }) => set(field, event.currentTarget.value),
    error: errorFor(field),
  });
  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={t(partner ? 'partners.form.editTitle' : 'partners.form.newTitle')}
    >
      <Stack gap="md">
        {save.error && (
          <Alert color="red" variant="light" data-testid="form-error">
            {errorMessage(t, save.error, language)}
          </Alert>
        )}
        <TextInput
          {...text('officialName')}
          description={t('partners.form.officialNameHint')}
          withAsterisk
          data-autofocus
        />
        <SimpleGrid cols={3} spacing="md">
          {LANGUAGES.map((l) => (
            <TextInput
              key={l}
              label={t(`partners.form.name.${l}`)}
              lang={l}
              value={values.names[l]}
              onChange={(e) => set('names', { ...values.names, [l]: e.currentTarget.value }, `names.${l}`)}
              error={errorFor(`names.${l}`)}
            />
          ))}
        </SimpleGrid>
        <SimpleGrid cols={3} spacing="md">
          <TextInput {...text('shortName')} />
          <Select
            label={t('partners.form.kind')}
            data={PARTNER_KINDS.map((k) => ({ value: k, label: t(`partners.kind.${k}`) }))}
            allowDeselect={false}
            value={values.kind}
            onChange={(value) => isPartnerKind(value) && set('kind', value)}
            error={errorFor('kind')}
            comboboxProps={{ withinPortal: true }}
          />
          <TextInput {...text('website')} type="url" placeholder="https://" />
        </SimpleGrid>
        <SimpleGrid cols={2} spacing="md">
          <Select
            label={t('partners.form.country')}
            placeholder={t('partners.form.countryPlaceholder')}
            data={countries.data}
            filter={countries.filter}
            searchable
            clearable
            nothingFoundMessage={t('common.nothingFound')}
            value={values.country || null}
            onChange={(value) => set('country', value && isCountryCode(value) ? value : '')}
            error={errorFor('country')}
            comboboxProps={{ withinPortal: true }}
          />
          <TextInput {...text('city')} />
        </SimpleGrid>
        <ContactsFields
          value={values.contacts}
          onChange={(contacts) => set('contacts', contacts)}
          errors={Object.fromEntries(
            Object.entries(messages).filter(
              ([path]) => !edited.has('contacts') && path.startsWith('contacts.'),
            ),
          )}
        />
        <Textarea
          label={t('partners.form.notes')}
          autosize
          minRows={2}
          maxRows={6}
          value={values.notes}
          onChange={(e) => set('notes', e.currentTarget.value)}
          error={errorFor('notes')}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={save.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending} {...SAVE_BUTTON}>
            {partner ? t('common.save') : t('partners.form.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

interface PartnerFormModalProps {
  opened: boolean;
  onClose: () => void;
  partner?: Partner;
  onSaved?: (partner: Partner) => void;
}

/** A partner's details and contacts, new or edited; it asks before throwing away what was typed. */
export function PartnerFormModal({ opened, onClose, partner, onSaved }: PartnerFormModalProps) {
  const { t } = useTranslation();
  return (
    <AppModal
      opened={opened}
      onClose={onClose}
      title={partner ? t('partners.form.editTitle') : t('partners.form.newTitle')}
      size={960}
      centered
      closeOnClickOutside={false}
    >
      {opened && (
        <PartnerForm
          partner={partner}
          onCancel={onClose}
          onSaved={(saved) => {
            onClose();
            onSaved?.(saved);
          }}
        />
      )}
    </AppModal>
  );
}
