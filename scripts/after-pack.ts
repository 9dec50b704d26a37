// electron-builder's afterPack hook: flips Electron's fuses in the packaged binary, before it is signed.
// Fuses are switches compiled into the Electron binary; flipped off, a feature is gone from the
// installed app whatever the command line or environment says. See docs/security.md, item 19.
import { FuseV1Options, FuseVersion, type FuseConfig } from '@electron/fuses';
import type { AfterPackContext } from 'electron-builder';

/** Where Electron can check app.asar against the hash embedded at packaging time (not Linux). */
const ASAR_INTEGRITY_PLATFORMS = new Set(['darwin', 'mas', 'win32']);

export function fuseConfig(electronPlatformName: string): FuseConfig {
  const macOS = electronPlatformName === 'darwin' || electronPlatformName === 'mas';
  return {
    version: FuseVersion.V1,
    // Flipping changes the binary and breaks its ad hoc signature; an Apple silicon Mac refuses to run
    // an unsigned binary, so it is signed ad hoc again (a real signature, when configured, follows).
    resetAdHocDarwinSignature: macOS,
    // ELECTRON_RUN_AS_NODE would turn the installed app into a Node.js anyone could script.
    [FuseV1Options.RunAsNode]: false,
    // Cookies encrypted at rest with the OS key store (the app sets none today; costs nothing).
    [FuseV1Options.EnableCookieEncryption]: true,
    // NODE_OPTIONS could preload code into the main process.
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    // --inspect and friends would open a debugger port into the main process.
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    // The app is loaded from app.asar only, never from an app/ folder placed beside it...
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    // ...and app.asar must match the hash recorded when it was packaged, where Electron supports it.
    ...(ASAR_INTEGRITY_PLATFORMS.has(electronPlatformName)
      ? { [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true }
      : {}),
    // The page is served on the app's own scheme: file: needs no extra reach.
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  };
}

/**
 * Called by electron-builder for each packed app (on macOS universal builds: each architecture, then
 * the merged app; flipping is idempotent). `addElectronFuses` finds the platform's binary and runs
 * @electron/fuses' `flipFuses` on it.
 */
export async function afterPack(context: AfterPackContext): Promise<void> {
  const config = fuseConfig(context.electronPlatformName);
  await context.packager.addElectronFuses(context, config);
}

export default afterPack;
