import { memo } from 'react';
import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAppStatus } from '../queries';
import { useSharing } from '../sharing/use-sharing';

/**
 * Above every page while the data folder can be read but not written (`app.status` says `readOnly`),
 * or while the officer's user on the office server may only read (office sharing says `access: read`):
 * everything can be looked at, printed and exported; every change is refused, and says so where it
 * was asked for, leaving what was typed in place.
 */
export const ReadOnlyBanner = memo(function ReadOnlyBanner() {
  const { t } = useTranslation();
  const status = useAppStatus({ asked: true });
  const sharing = useSharing().data;
  if (!status.data?.readOnly && sharing?.access === 'read') {
    return (
      <Alert
        color="blue"
        variant="light"
        mb="md"
        title={t('sharing.reader.title')}
        data-testid="reader-banner"
      >
        {t('sharing.reader.body')}
      </Alert>
    );
  }
  if (!status.data?.readOnly) return null;
  return (
    <Alert
      color="orange"
      variant="light"
      mb="md"
      title={t('app.readOnly.title')}
      data-testid="read-only-banner"
    >
      {t('app.readOnly.body', { dataDir: status.data.dataDir })}
    </Alert>
  );
});
