import { readFile, unlink } from 'node:fs/promises';
import type { SafeStorage } from 'electron';
import { z } from 'zod';
import { writeFileDurably } from '../core/store/durable-write';
import type { Credentials, SecretStore } from '../core/sync/sharing';

const credentialsSchema = z.object({ username: z.string().min(1), password: z.string() });

/**
 * The office sharing credentials on the desktop (decision 0017): encrypted by the system with Electron's
 * `safeStorage` (the keychain, DPAPI, or the desktop's secret service) in a file of the app's own
 * folder, never in the data folder, which backups copy. Where the system offers no encryption, they are
 * kept for the session only and asked for again after a restart: never written in plain text.
 */
export function safeSecrets(
  safeStorage: Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'>,
  file: string,
): SecretStore {
  let session: Credentials | undefined;
  return {
    async read() {
      if (session) return session;
      if (!safeStorage.isEncryptionAvailable()) return undefined;
      try {
        const parsed = credentialsSchema.safeParse(
          JSON.parse(safeStorage.decryptString(await readFile(file))),
        );
        return parsed.success ? parsed.data : undefined;
      } catch {
        // None kept, or no longer readable (another user, a new keyring): the officer signs in again.
        return undefined;
      }
    },
    async write(credentials) {
      session = credentials;
      if (credentials === undefined) {
        await unlink(file).catch(() => undefined);
        return;
      }
      if (!safeStorage.isEncryptionAvailable()) return;
      await writeFileDurably(file, safeStorage.encryptString(JSON.stringify(credentials)));
    },
  };
}
