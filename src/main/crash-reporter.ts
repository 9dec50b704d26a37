import type { CrashReporter, CrashReporterStartOptions } from 'electron';

/**
 * Crash dumps are kept on this computer only (`app.getPath('crashDumps')`), for support to ask for:
 * they can hold fragments of guests' passport data, which must not leave the office unasked.
 * No `submitURL`, and uploading off.
 */
export const LOCAL_CRASH_REPORTS: CrashReporterStartOptions = {
  uploadToServer: false,
  compress: true,
  rateLimit: false,
};

/** Started before the app is ready, as Electron asks, so that a crash at start-up is caught too. */
export function startLocalCrashReporter(crashReporter: Pick<CrashReporter, 'start'>): void {
  crashReporter.start(LOCAL_CRASH_REPORTS);
}
