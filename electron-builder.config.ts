// Installers for Windows, macOS and Linux: `npm run dist` on each platform (README, "Installers").
// Decisions: docs/decisions/0014-packaging-and-app-protocol.md.
import type { Configuration } from 'electron-builder';
import { afterPack } from './scripts/after-pack';

const config: Configuration = {
  // productName must stay "Qonaq": Electron names the userData folder after it, so the data of
  // `npm start` and of an installed Qonaq are the same folder.
  appId: 'az.qonaq.desktop',
  productName: 'Qonaq',
  copyright: 'Qonaq',
  directories: { output: 'dist', buildResources: 'resources' },
  // The build (main, preload, renderer), the manifest and the window's icon; production dependencies
  // are added by electron-builder itself, less what Node never loads from them: docx's other builds
  // (for browsers and bundlers; `require('docx')` is dist/index.cjs), exceljs's browser bundle (dist/;
  // Node loads lib/), type declarations and TypeScript sources. About 45 MB of the 65 an app.asar held.
  files: [
    'out/**/*',
    'package.json',
    '!out/**/*.map',
    'resources/icon.png',
    '!**/node_modules/docx/dist/!(index.cjs)',
    '!**/node_modules/exceljs/dist{,/**}',
    '!**/node_modules/@types{,/**}',
    '!**/node_modules/zod/src{,/**}',
    '!**/node_modules/**/*.{d.cts,d.mts,map}',
  ],
  asar: true,
  afterPack,
  // Nothing is published anywhere: installers are handed to offices as files.
  publish: null,
  fileAssociations: [
    {
      ext: 'qonaq',
      name: 'Qonaq archive',
      description: 'Qonaq archive',
      mimeType: 'application/x-qonaq-archive',
      role: 'Editor',
    },
  ],
  win: {
    target: [{ target: 'nsis', arch: ['x64'] }],
    icon: 'resources/icon.ico',
  },
  nsis: {
    // Assisted installer: the user may choose the folder. Installed for the current user by
    // default, which needs no administrator.
    oneClick: false,
    perMachine: false,
    selectPerMachineByDefault: false,
    allowToChangeInstallationDirectory: true,
    createDesktopShortcut: true,
    createStartMenuShortcut: true,
    shortcutName: 'Qonaq',
    // Uninstalling leaves the data: visits, letters and the register are the office's records.
    deleteAppDataOnUninstall: false,
    installerIcon: 'resources/icon.ico',
    uninstallerIcon: 'resources/icon.ico',
  },
  mac: {
    target: [{ target: 'dmg', arch: ['universal'] }],
    icon: 'resources/icon.icns',
    category: 'public.app-category.productivity',
    hardenedRuntime: true,
  },
  dmg: {
    title: 'Qonaq ${version}',
  },
  linux: {
    target: [
      { target: 'AppImage', arch: ['x64'] },
      { target: 'deb', arch: ['x64'] },
    ],
    icon: 'resources/icons',
    category: 'Office',
    synopsis: 'Plans delegation visits and issues their documents',
    maintainer: 'Qonaq',
  },
};

export default config;
