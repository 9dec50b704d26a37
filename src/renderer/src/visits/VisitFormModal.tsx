import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Visit } from '../../../shared/domain';
import { VISIT_COLOURS } from '../../../shared/visit-constants';
import { useCall } from '../queries';
import { navigate } from '../route';
import { AppModal } from '../shell/AppModal';
import { emptyVisit, valuesFromVisit, VisitForm } from './VisitForm';

interface DialogProps {
  opened: boolean;
  onClose: () => void;
}

function FormDialog({
  opened,
  onClose,
  title,
  children,
}: DialogProps & { title: string; children: ReactNode }) {
  return (
    <AppModal
      opened={opened}
      onClose={onClose}
      title={title}
      // Wide enough for three fields in a row (dates and status), narrow enough to read as a dialog.
      size={760}
      centered
      // A stray click beside the dialog must not throw away what was typed.
      closeOnClickOutside={false}
    >
      {/* Mounted only while open, so each opening starts from the visit as it is now. */}
      {opened && children}
    </AppModal>
  );
}

/** `visitCount`: how many visits the list shows; the new one takes the next colour of the palette. */
export function NewVisitModal({ opened, onClose, visitCount }: DialogProps & { visitCount: number }) {
  const { t } = useTranslation();
  const colour = VISIT_COLOURS[visitCount % VISIT_COLOURS.length];
  const create = useCall('visits.create');
  return (
    <FormDialog opened={opened} onClose={onClose} title={t('visit.form.newTitle')}>
      <VisitForm
        initial={emptyVisit(colour)}
        submitLabel={t('visit.form.create')}
        onCancel={onClose}
        onSubmit={async (visit) => {
          const detail = await create.mutateAsync({ visit });
          onClose();
          navigate({ name: 'visit', id: detail.visit.id });
        }}
      />
    </FormDialog>
  );
}

export function EditVisitModal({ opened, onClose, visit }: DialogProps & { visit: Visit }) {
  const { t } = useTranslation();
  const update = useCall('visits.update');
  return (
    <FormDialog opened={opened} onClose={onClose} title={t('visit.form.editTitle')}>
      <VisitForm
        initial={valuesFromVisit(visit)}
        submitLabel={t('common.save')}
        onCancel={onClose}
        onSubmit={async (values, opened) => {
          await update.mutateAsync({ id: visit.id, visit: values, opened });
          onClose();
        }}
      />
    </FormDialog>
  );
}
