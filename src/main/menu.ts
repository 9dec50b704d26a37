import { Menu, type MenuItemConstructorOptions } from 'electron';

/**
 * The application menu, built from Electron's roles (their default labels and the platform's
 * shortcuts). View offers Reload (Ctrl+R, Cmd+R on macOS): the way back when a page will not show,
 * as a browser's. Force reload and developer tools exist only while developing.
 */
export function menuTemplate(platform: NodeJS.Platform, isPackaged: boolean): MenuItemConstructorOptions[] {
  // A role with its own submenu keeps the role's label but not its default items.
  const view: MenuItemConstructorOptions = isPackaged
    ? {
        role: 'viewMenu',
        submenu: [
          { role: 'reload', accelerator: 'CmdOrCtrl+R' },
          { type: 'separator' },
          { role: 'resetZoom' },
          { role: 'zoomIn' },
          { role: 'zoomOut' },
          { type: 'separator' },
          { role: 'togglefullscreen' },
        ],
      }
    : { role: 'viewMenu' };
  const appMenu: MenuItemConstructorOptions[] = platform === 'darwin' ? [{ role: 'appMenu' }] : [];
  return [
    ...appMenu,
    { role: 'fileMenu' },
    { role: 'editMenu' },
    view,
    { role: 'windowMenu' },
    { role: 'help', submenu: [{ role: 'about' }] },
  ];
}

export function installMenu(platform: NodeJS.Platform, isPackaged: boolean): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(platform, isPackaged)));
}
