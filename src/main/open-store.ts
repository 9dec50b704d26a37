import { hostname } from 'node:os';
import { app, dialog } from 'electron';
import type { LockHolder } from '../core/store/folder-lock';
import { Store } from '../core/store/store';
import { AppError } from '../shared/errors';
import type { Language } from '../shared/languages';
import { lockedFolderQuestion } from '../shared/startup-messages';

const TAKE_OVER = 0;
const QUIT = 1;

/**
 * Opens the store on the data folder. When another Qonaq holds the folder, the user is told who and
 * since when, and chooses: take the folder over (the store is opened again, taking the lock from
 * that holder) or quit. Answers undefined once the user has chosen to quit (the app is quitting);
 * any other failure is thrown for the caller to explain. `onLockLost` is called if another Qonaq
 * takes the folder over later: the store refuses every change from then on.
 */
export async function openStoreOrAskToTakeOver(
  dataDir: string,
  language: Language,
  onLockLost: (holder: LockHolder | null) => void,
): Promise<Store | undefined> {
  let takeOverLock: string | false = false;
  for (;;) {
    try {
      return await Store.open(dataDir, { background: true, takeOverLock, onLockLost });
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'storeLocked') throw error;
      console.error('[qonaq] the data folder is locked:', error.params);
      const question = lockedFolderQuestion(error, dataDir, language, hostname());
      const { response } = await dialog.showMessageBox({
        type: 'warning',
        title: question.title,
        message: question.message,
        detail: question.detail,
        buttons: [question.takeOver, question.quit],
        defaultId: QUIT,
        cancelId: QUIT,
        noLink: true,
      });
      if (response !== TAKE_OVER) {
        app.quit();
        return undefined;
      }
      // Taken over from the holder just described: if someone else wins the folder meanwhile, the user is asked again.
      takeOverLock = String(error.params?.lockId ?? '') || false;
      if (takeOverLock === false) throw error;
    }
  }
}
