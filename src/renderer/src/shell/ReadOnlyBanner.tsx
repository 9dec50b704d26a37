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
  // The folder's own state first: nothing at all can be written to it.
  const banner = status.data?.readOnly
    ? {
        color: 'orange',
        title: t('app.readOnly.title'),
        body: t('app.readOnly.body', { dataDir: status.data.dataDir }),
        testId: 'read-only-banner',
      }
    : sharing?.access === 'read'
      ? {
          color: 'blue',
          title: t('sharing.reader.title'),
          body: t('sharing.reader.body'),
          testId: 'reader-banner',
        }
      : undefined;
  if (!banner) return null;
  return (
    <Alert color={banner.color} variant="light" mb="md" title={banner.title} data-testid={banner.testId}>
      {banner.body}
    </Alert>
  );
});
