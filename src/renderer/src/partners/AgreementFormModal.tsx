import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { Agreement } from '../../../shared/partners';
import { api } from '../../api/client';
import { errorMessage, fieldErrors } from '../errors';
import { useFormat } from '../format';
import { AppModal, SAVE_BUTTON } from '../shell/AppModal';
import { useUnsavedChanges } from '../shell/use-confirm-close';
import { AgreementFields } from './AgreementFields';
import { AttachmentField, readBase64 } from './AttachmentField';
import { partnersChanged } from './links/partner-data';
import { agreementValues, emptyAgreement, textIn, type AgreementFormValues } from './partner-values';

interface AgreementFormProps {
  partnerId: string;
  agreement: Agreement | undefined;
  onClose: () => void;
  /** The dialog's title follows the form: a new agreement saved once is edited from then on. */
  onSavedOnce: () => void;
}

function AgreementForm({ partnerId, agreement, onClose, onSavedOnce }: AgreementFormProps) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const [values, setValues] = useState<AgreementFormValues>(() =>
    agreement ? agreementValues(agreement) : emptyAgreement(partnerId),
  );
  const [openEnded, setOpenEnded] = useState(agreement !== undefined && agreement.validTo === '');
  // The agreement as the core holds it: a new one has none until its first save.
  const [saved, setSaved] = useState<Agreement | null>(agreement ?? null);
  // What the agreement was when the form opened or last saved: a field left alone that a colleague
  // changed meanwhile keeps their value.
  const [opened, setOpened] = useState<AgreementFormValues | null>(agreement ? values : null);
  const [pending, setPending] = useState<File | null>(null);
  const [fileError, setFileError] = useState<unknown>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [edited, setEdited] = useState<ReadonlySet<string>>(new Set());
  useUnsavedChanges({ values, openEnded, file: pending?.name ?? '' });

  const messages = fieldErrors(t, error, 'agreement.', language);
  const errors = Object.fromEntries(
    Object.entries(messages).filter(([path]) => !edited.has(path.split('.')[0] ?? path)),
  );
  const set = <K extends keyof AgreementFormValues>(field: K, value: AgreementFormValues[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
    setEdited((current) => new Set(current).add(field));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const input = { ...values, validTo: openEnded ? '' : values.validTo };
      let result = await api['agreements.save']({
        ...(saved ? { id: saved.id, ...(opened ? { opened } : {}) } : {}),
        agreement: input,
      });
      setOpened(input);
      if (!saved) onSavedOnce();
      setSaved(result);
      if (pending) {
        try {
          result = await api['agreements.attach']({
            id: result.id,
            fileName: pending.name,
            base64: await readBase64(pending),
          });
          setPending(null);
        } catch (caught) {
          // The agreement is saved; the file is not. The dialog stays open on it, saying why.
          setPending(null);
          setFileError(caught);
          await partnersChanged();
          return;
        }
      }
      await partnersChanged();
      notifications.show({
        color: 'green',
        message: t('partners.agreements.saved', { title: textIn(result.title, language)?.text ?? '' }),
      });
      onClose();
    } catch (caught) {
      setError(caught);
      setEdited(new Set());
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('partners.agreementForm.label')}>
      <Stack gap="md">
        {error !== null && (
          <Alert color="red" variant="light" data-testid="form-error">
            {errorMessage(t, error, language)}
          </Alert>
        )}
        <AgreementFields
          values={values}
          set={set}
          openEnded={openEnded}
          onOpenEnded={(value) => {
            setOpenEnded(value);
            if (value) set('validTo', '');
          }}
          errors={errors}
        />
        <AttachmentField
          agreementId={saved?.id ?? null}
          attachment={saved?.attachment}
          pending={pending}
          onPending={setPending}
          onChanged={setSaved}
          error={fileError}
          onError={setFileError}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={busy}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={busy} {...SAVE_BUTTON}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** A new agreement with the partner, or one edited; it asks before throwing away what was typed. */
export function AgreementFormModal({
  partnerId,
  agreement,
  onClose,
}: {
  partnerId: string;
  agreement?: Agreement;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [isNew, setIsNew] = useState(agreement === undefined);
  return (
    <AppModal
      opened
      onClose={onClose}
      title={isNew ? t('partners.agreementForm.newTitle') : t('partners.agreementForm.editTitle')}
      size={900}
      centered
      closeOnClickOutside={false}
    >
      <AgreementForm
        partnerId={partnerId}
        agreement={agreement}
        onClose={onClose}
        onSavedOnce={() => setIsNew(false)}
      />
    </AppModal>
  );
}
