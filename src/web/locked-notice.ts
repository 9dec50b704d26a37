import { lockedFolderQuestion } from '../shared/startup-messages';

/**
 * What the browser host prints when another Qonaq holds the data folder: who and since when (the
 * words the desktop app shows), and how to take the folder over. A development tool: in English.
 */
export function lockedFolderNotice(error: unknown, folder: string, thisHost: string): string {
  const { title, message, detail } = lockedFolderQuestion(error, folder, 'en', thisHost);
  return `${title}\n${message}\n\n${detail}\n\nTo take the folder over, start again with --take-over.`;
}
