import type { App } from 'electron';
import { OpenedFiles } from '../core/opened-file';

/**
 * Where the system says which `.qonaq` archive a double-click opened Qonaq with:
 * - macOS sends `open-file`, at start even before the app is ready (so it is listened to at once);
 * - Windows and Linux pass the file's path as an argument: of this process at start, or of a second
 *   Qonaq that hands it over in `second-instance` (with the folder it was started in) and leaves.
 * The archive is kept until the page asks for it (`app.openedFile`), which it does when its window
 * gains focus: `arrived` brings the window forward for `open-file` (the shell does so for every
 * `second-instance`).
 */
export function receiveOpenedFiles(
  app: Pick<App, 'on'>,
  argv: readonly string[],
  cwd: string,
  arrived: () => void,
): OpenedFiles {
  const opened = new OpenedFiles();
  opened.offerFirst(argv.slice(1), cwd);
  app.on('open-file', (event, path) => {
    // Handled here: without preventDefault macOS would report that Qonaq cannot open the file.
    event.preventDefault();
    if (opened.offer(path, cwd)) arrived();
  });
  app.on('second-instance', (_event, secondArgv, workingDirectory) => {
    opened.offerFirst(secondArgv.slice(1), workingDirectory);
  });
  return opened;
}
