import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** LibreOffice: the independent reader of the documents Qonaq writes (CI installs it). */
export const SOFFICE = '/usr/bin/soffice';

/**
 * Whether tests that need LibreOffice are skipped: only where it is not installed and not on CI (where
 * its absence is a failure, not a skip). Says so on the console when they are.
 */
export function skipWithoutLibreOffice(what: string): boolean {
  const skip = !existsSync(SOFFICE) && !process.env.CI;
  if (skip) console.warn(`Skipping ${what}: ${SOFFICE} is not installed (CI installs it).`);
  return skip;
}

/**
 * Converts `files` with LibreOffice into `outDir` (to PDF unless told otherwise), each under its own
 * name; its profile is kept in `profileRoot`, so that tests running at once do not share one.
 */
export function convertWithLibreOffice(
  files: readonly string[],
  { outDir, profileRoot, to = 'pdf' }: { outDir: string; profileRoot: string; to?: string },
): void {
  execFileSync(
    SOFFICE,
    [
      `-env:UserInstallation=file://${join(profileRoot, 'profile')}`,
      '--headless',
      '--convert-to',
      to,
      '--outdir',
      outDir,
      ...files,
    ],
    { stdio: 'pipe', timeout: 120_000 },
  );
}
