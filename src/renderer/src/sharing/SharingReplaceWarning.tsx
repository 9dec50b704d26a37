import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSharing } from './use-sharing';

/**
 * Before a backup is restored or an archive imported while office sharing is on: the visits it brings
 * back are changes like any other, and go to the office, over what colleagues changed since.
 */
export function SharingReplaceWarning({ from }: { from: 'backup' | 'archive' }) {
  const { t } = useTranslation();
  const sharing = useSharing();
  if (!sharing.data || sharing.data.state === 'off') return null;
  return (
    <Alert color="yellow" data-testid="sharing-replace-warning">
      {t(`sharing.replace.${from}`)}
    </Alert>
  );
}
