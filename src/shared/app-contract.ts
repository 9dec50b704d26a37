import { method, none } from './contract-method';
import type { ErrorParams } from './errors';
import type { Settings } from './settings-contract';

/** What the app tells the page about itself: its host, its data folder, what the store did on its own. */

/** Something the store did on its own that the user must hear about. */
export interface Notice {
  code:
    | 'restoredFromSnapshot'
    | 'quarantinedNoSnapshot'
    | 'restoredBackup'
    | 'snapshotFailed'
    | 'registerRepaired'
    | 'registerRestored'
    | 'registerNumbersKept'
    | 'missingNoSnapshot'
    | 'notRepairedReadOnly';
  params: ErrorParams;
}

export interface AppStatus {
  version: string;
  /** `desktop`: files are saved through the shell's dialogs; `browser`: the page downloads them. */
  host: 'desktop' | 'browser';
  dataDir: string;
  notices: Notice[];
  /**
   * True while the core still reads the visits in the background after starting: the list is served,
   * other calls wait, and notices about damaged files may still come. Ask again until it is false.
   */
  loading: boolean;
  /** The data folder can be read but not written: everything can be looked at, printed and exported; every change is refused with `readOnly`. */
  readOnly: boolean;
  settings: Settings;
  /** The operating system account's name: it signs changes to visits while Settings has no officer's name. */
  account: string;
}

/** A `.qonaq` archive the system asked Qonaq to open (a double-click): shown, then imported only if the user says so. */
export interface OpenedArchive {
  name: string;
  path: string;
  base64: string;
}

export const appMethods = {
  'app.status': method<AppStatus>()(none),
  /** The archive the system asked Qonaq to open since the page last asked, once; the page asks at start and on focus. */
  'app.openedFile': method<{ archive: OpenedArchive | null }>()(none),
} as const;
