import { dialog, type BrowserWindow, type OpenDialogOptions } from 'electron';

/**
 * Asks the user for a folder to save files into (letters, the register), attached to the app's
 * window so it is modal there. Answers null when the user cancels. The core writes the files itself.
 */
export function folderChooser(getWindow: () => BrowserWindow | undefined): () => Promise<string | null> {
  return async () => {
    const options: OpenDialogOptions = { properties: ['openDirectory', 'createDirectory'] };
    const window = getWindow();
    const result = window
      ? await dialog.showOpenDialog(window, options)
      : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  };
}
