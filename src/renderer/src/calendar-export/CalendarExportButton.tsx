import { useState } from 'react';
import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CalendarIcon } from '../icons';
import { CalendarExportModal, type CalendarTarget } from './CalendarExportModal';

/** "Export to calendar (.ics)": opens the export for a visit's programme or for a day. */
export function CalendarExportButton({
  target,
  variant = 'subtle',
}: {
  target: CalendarTarget;
  variant?: 'subtle' | 'default';
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        variant={variant}
        leftSection={<CalendarIcon />}
        onClick={() => setOpen(true)}
        data-testid="ics-export"
      >
        {t('ics.action')}
      </Button>
      {open && <CalendarExportModal target={target} onClose={() => setOpen(false)} />}
    </>
  );
}
