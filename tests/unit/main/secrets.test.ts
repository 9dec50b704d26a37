import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { safeSecrets } from '../../../src/main/secrets';
import { tempDirs } from '../../support/temp-dir';
import { FakeSafeStorage } from './electron-fake';

/** The office sharing credentials on the desktop: encrypted by the system, or not written at all. */

const dirs = tempDirs('qonaq-secrets-');
afterEach(() => dirs.removeAll());

const AYSEL = { username: 'aysel', password: 'şifrə-2026' };

describe('safeSecrets', () => {
  it('keeps the credentials encrypted on disk and reads them back after a restart', async () => {
    // Arrange
    const file = join(await dirs.make(), 'office-credentials.bin');
    const storage = new FakeSafeStorage();

    // Act
    await safeSecrets(storage, file).write(AYSEL);
    const afterRestart = await safeSecrets(storage, file).read();

    // Assert
    const bytes = await readFile(file);
    expect(bytes.includes(Buffer.from('aysel'))).toBe(false);
    expect(bytes.includes(Buffer.from('şifrə'))).toBe(false);
    expect(afterRestart).toEqual(AYSEL);
  });

  it('writes nothing where the system cannot encrypt, keeping them for the session only', async () => {
    // Arrange
    const file = join(await dirs.make(), 'office-credentials.bin');
    const storage = new FakeSafeStorage();
    storage.available = false;
    const secrets = safeSecrets(storage, file);

    // Act
    await secrets.write(AYSEL);

    // Assert
    expect(await secrets.read()).toEqual(AYSEL);
    await expect(readFile(file)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await safeSecrets(storage, file).read()).toBeUndefined();
  });

  it('forgets them when sharing is turned off, and reads none from a file it cannot decrypt', async () => {
    // Arrange
    const file = join(await dirs.make(), 'office-credentials.bin');
    const storage = new FakeSafeStorage();
    const secrets = safeSecrets(storage, file);
    await secrets.write(AYSEL);

    // Act
    await secrets.write(undefined);

    // Assert
    expect(await secrets.read()).toBeUndefined();
    await expect(readFile(file)).rejects.toMatchObject({ code: 'ENOENT' });
    await writeFile(file, 'not encrypted by this system');
    expect(await safeSecrets(storage, file).read()).toBeUndefined();
  });
});
