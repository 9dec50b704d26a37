import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';

/**
 * The real shell started as a file manager starts it for a double-clicked archive: the archive's path
 * among its arguments. Needs the Electron binary (see app.spec.ts); skipped, with the reason, without it.
 */
const binary = resolve('node_modules/electron/dist/electron');
const mainScript = resolve('out/main/index.js');

test.skip(!existsSync(binary), 'Electron binary not present (see tests/electron/app.spec.ts).');

type Bridge = Record<string, (input: unknown) => Promise<{ ok: boolean; value?: unknown }>>;

async function launch(userData: string, ...extra: string[]): Promise<ElectronApplication> {
  return electron.launch({
    args: [mainScript, `--user-data-dir=${userData}`, ...extra],
    env: { ...process.env, ELECTRON_RENDERER_URL: '' },
  });
}

test('started with a .qonaq archive, Qonaq asks before importing it, and imports it on a yes', async () => {
  test.skip(!existsSync(mainScript), 'out/main/index.js is missing: run `npm run build` first.');
  const folder = await mkdtemp(join(tmpdir(), 'qonaq-electron-'));
  const archive = join(folder, 'Office.qonaq');
  try {
    // Another laptop's Qonaq, with one visit, exports all its data.
    const other = await launch(join(folder, 'other'));
    try {
      const window = await other.firstWindow();
      const exported = await window.evaluate(async () => {
        const bridge = (globalThis as unknown as { qonaq: Bridge }).qonaq;
        await bridge['visits.create']?.({
          visit: { title: 'Делегация МГИМО', arrivalDate: '2030-11-12', departureDate: '2030-11-15' },
        });
        return (await bridge['backups.exportArchive']?.({}))?.value as { base64: string };
      });
      await writeFile(archive, Buffer.from(exported.base64, 'base64'));
    } finally {
      await other.close();
    }

    const app = await launch(join(folder, 'this'), archive);
    try {
      const window = await app.firstWindow();
      const dialog = window.getByRole('dialog');
      await expect(dialog.getByTestId('opened-archive-path')).toHaveText(archive);
      await expect(dialog).toContainText('Office.qonaq');
      await dialog
        .getByRole('button', { name: /İdxal et və əvəz et|Import and replace|Импортировать и заменить/ })
        .click();
      await expect(dialog).toBeHidden();
      await expect(window.getByText('Делегация МГИМО')).toBeVisible();
    } finally {
      await app.close();
    }
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});
