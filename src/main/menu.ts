import { Menu, type MenuItemConstructorOptions } from 'electron';

/**
 * The application menu, built from Electron's roles (their default labels and the platform's
 * shortcuts). Reload, force reload and developer tools exist only while developing: in the packaged
 * app a reload (Ctrl+R pressed by habit) would drop an edit not yet saved without asking, and a page
 * that fails offers its own "Reload this page" after saying what happened.
 */
export function menuTemplate(platform: NodeJS.Platform, isPackaged: boolean): MenuItemConstructorOptions[] {
  // A role with its own submenu keeps the role's label but not its default items.
  const view: MenuItemConstructorOptions = isPackaged
    ? {
        role: 'viewMenu',
        submenu: [
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
