import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { flipFuses, FuseV1Options } from '@electron/fuses';
import { validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import type { AfterPackContext, Configuration } from 'electron-builder';
import { describe, expect, it, vi } from 'vitest';
import config from '../../../electron-builder.config';
import { afterPack, fuseConfig } from '../../../scripts/after-pack';

/**
 * The installers cannot be built here (electron-builder needs the Electron binary), so what can be
 * proved without it is: the configuration is one electron-builder accepts, it asks for what the
 * offices need, and the fuses the afterPack hook flips are the ones docs/security.md promises.
 */
const ROOT = join(__dirname, '../../..');
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  productName: string;
  name: string;
  scripts: Record<string, string>;
};

describe('the electron-builder configuration', () => {
  it("is valid against electron-builder's own schema", async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('would be refused with a misspelt option: the schema check is a real one', async () => {
    const misspelt = { ...config, nsis: { ...config.nsis, oneClik: false } } as unknown as Configuration;
    await expect(validateConfiguration(misspelt, new DebugLogger(false))).rejects.toThrow(/nsis/);
  });

  it('keeps the product name of `npm start`, so that the installed app finds the same data folder', () => {
    expect(config.productName).toBe(manifest.productName);
    expect(config.productName).toBe('Qonaq');
    expect(config.extraMetadata).toBeUndefined();
  });

  it('builds a per-user Windows installer with a choice of folder, that keeps the data on uninstall', () => {
    expect(config.win?.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      selectPerMachineByDefault: false,
      allowToChangeInstallationDirectory: true,
      deleteAppDataOnUninstall: false,
    });
  });

  it('builds a universal dmg for macOS, and an AppImage and a .deb for Linux', () => {
    expect(config.mac?.target).toEqual([{ target: 'dmg', arch: ['universal'] }]);
    expect(config.linux?.target).toEqual([
      { target: 'AppImage', arch: ['x64'] },
      { target: 'deb', arch: ['x64'] },
    ]);
  });

  it('opens .qonaq archives, and packs the build with its icons', () => {
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({ ext: 'qonaq', name: 'Qonaq archive' }),
    ]);
    expect(config.files).toContain('out/**/*');
    // The window's icon, found from out/main at ../../resources/icon.png inside app.asar.
    expect(config.files).toContain('resources/icon.png');
    expect(config.asar).toBe(true);
    expect(config.win?.icon).toBe('resources/icon.ico');
    expect(config.mac?.icon).toBe('resources/icon.icns');
    expect(config.linux?.icon).toBe('resources/icons');
    expect(config.afterPack).toBe(afterPack);
    expect(config.publish).toBeNull();
  });

  it('is run by `npm run dist`, after a build, and never by `npm test`', () => {
    expect(manifest.scripts.dist).toMatch(
      /electron-vite build && electron-builder --config electron-builder\.config\.ts/,
    );
    expect(manifest.scripts.test).not.toMatch(/electron-builder|dist/);
  });
});

describe('the fuses flipped after packing', () => {
  it.each(['win32', 'darwin', 'linux'])(
    'turn off Node, inspection and NODE_OPTIONS and load only app.asar (%s)',
    (platform) => {
      const fuses = fuseConfig(platform);
      expect(fuses[FuseV1Options.RunAsNode]).toBe(false);
      expect(fuses[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
      expect(fuses[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
      expect(fuses[FuseV1Options.EnableCookieEncryption]).toBe(true);
      expect(fuses[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
      expect(fuses[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(false);
    },
  );

  it('check app.asar against its embedded hash on Windows and macOS, where Electron can, and not on Linux', () => {
    expect(fuseConfig('win32')[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(fuseConfig('darwin')[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(fuseConfig('linux')).not.toHaveProperty(
      String(FuseV1Options.EnableEmbeddedAsarIntegrityValidation),
    );
    expect(fuseConfig('darwin').resetAdHocDarwinSignature).toBe(true);
    expect(fuseConfig('win32').resetAdHocDarwinSignature).toBe(false);
  });

  it('are flipped by the afterPack hook through the packager, with the packed app it is given', async () => {
    const addElectronFuses = vi.fn(async () => 1);
    const context = {
      appOutDir: '/build/win-unpacked',
      outDir: '/build',
      electronPlatformName: 'win32',
      arch: 1,
      targets: [],
      packager: { addElectronFuses },
    } as unknown as AfterPackContext;
    await afterPack(context);
    expect(addElectronFuses).toHaveBeenCalledWith(context, fuseConfig('win32'));
  });

  it.each([
    // Electron's own settings, one character a fuse: RunAsNode, cookie encryption, NODE_OPTIONS, --inspect,
    // asar integrity, only app.asar, V8 snapshot, file: privileges, and one fuse newer than @electron/fuses
    // knows, which is left as it is.
    ['linux', '101100011', '010001001'],
    ['win32', '101100011', '010011001'],
  ])(
    'set the wire of a %s binary as intended (real @electron/fuses on a stand-in binary)',
    async (platform, before, after) => {
      const folder = await mkdtemp(join(tmpdir(), 'qonaq-fuses-'));
      try {
        // What @electron/fuses looks for in Electron: a sentinel, the wire version (1), its length, one byte per fuse.
        const binary = join(folder, 'qonaq');
        const sentinel = Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX');
        const stock = before;
        await writeFile(
          binary,
          Buffer.concat([
            Buffer.alloc(64, 7),
            sentinel,
            Buffer.from([1, stock.length]),
            Buffer.from(stock),
            Buffer.alloc(64, 7),
          ]),
        );
        await flipFuses(binary, fuseConfig(platform));
        const bytes = await readFile(binary);
        const wireAt = bytes.indexOf(sentinel) + sentinel.length + 2;
        expect(bytes.subarray(wireAt, wireAt + stock.length).toString()).toBe(after);
        // Nothing else in the file changed.
        expect(bytes.length).toBe(64 + sentinel.length + 2 + stock.length + 64);
      } finally {
        await rm(folder, { recursive: true, force: true });
      }
    },
  );
});
