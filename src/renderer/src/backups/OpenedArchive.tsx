import { Suspense, useEffect, useState } from 'react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { errorMessage } from '../errors';
import { useStableHandler } from '../stable-handler';
import { lazyPage } from '../lazy-page';
import type { ArchiveToImport } from './ArchiveImportModal';

// Fetched when an archive comes, not with the first screen: most starts have none.
const ArchiveImportModal = lazyPage(() =>
  import('./ArchiveImportModal').then((m) => m.ArchiveImportModal),
).Page;

/**
 * A `.qonaq` archive double-clicked while Qonaq starts or runs: the shell keeps it, and the page asks
 * for it (`app.openedFile`) when it starts and whenever its window gains focus, which the shell gives
 * it on such a double-click. It is then shown for the user to confirm, as one chosen on the Backups
 * page; nothing is imported without that.
 */
export function OpenedArchive() {
  const { t, i18n } = useTranslation();
  const [archive, setArchive] = useState<ArchiveToImport | null>(null);
  const ask = useStableHandler(() => {
    api['app.openedFile']({})
      .then((answer) => {
        const opened = answer.archive;
        // Asked twice (a focus while starting), the second answer is null and leaves the first shown.
        if (opened) setArchive({ name: opened.name, path: opened.path, base64: async () => opened.base64 });
      })
      .catch((error: unknown) =>
        notifications.show({ color: 'red', message: errorMessage(t, error, i18n.language) }),
      );
  });
  useEffect(() => {
    ask();
    window.addEventListener('focus', ask);
    return () => window.removeEventListener('focus', ask);
  }, [ask]);

  if (!archive) return null;
  return (
    <Suspense fallback={null}>
      <ArchiveImportModal archive={archive} onClose={() => setArchive(null)} />
    </Suspense>
  );
}
