import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { menuTemplate } from '../../../src/main/menu';

vi.mock('electron', async () => (await import('./electron-fake')).electronFake);

function roles(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ]);
}

describe('the application menu', () => {
  it('offers reload, force reload and developer tools only while developing', () => {
    const packaged = menuTemplate('linux', true);
    const viewMenu = packaged.find((item) => item.role === 'viewMenu');
    expect(Array.isArray(viewMenu?.submenu)).toBe(true);
    for (const role of ['reload', 'forceReload', 'toggleDevTools'])
      expect(roles(packaged)).not.toContain(role);
    // Without its own submenu the role brings Electron's default View menu, reload and devtools included.
    const development = menuTemplate('linux', false).find((item) => item.role === 'viewMenu');
    expect(development?.submenu).toBeUndefined();
  });

  it.each(['linux', 'win32', 'darwin'] as const)(
    'binds no Ctrl+R or Cmd+R in the packaged app, so no key press reloads away an unsaved edit (%s)',
    (platform) => {
      const items = (function flat(list: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
        return list.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flat(item.submenu) : [])]);
      })(menuTemplate(platform, true));
      expect(items.map((item) => item.accelerator).filter(Boolean)).not.toContainEqual(
        expect.stringMatching(/\+R$/i),
      );
      const viewMenu = menuTemplate(platform, true).find((item) => item.role === 'viewMenu');
      const view = Array.isArray(viewMenu?.submenu) ? viewMenu.submenu : [];
      expect(view.map((item) => item.role ?? item.type)).toEqual([
        'resetZoom',
        'zoomIn',
        'zoomOut',
        'separator',
        'togglefullscreen',
      ]);
    },
  );

  it('has the usual menus, with the app menu first on macOS only', () => {
    expect(menuTemplate('darwin', true).map((item) => item.role)).toEqual([
      'appMenu',
      'fileMenu',
      'editMenu',
      'viewMenu',
      'windowMenu',
      'help',
    ]);
    expect(menuTemplate('win32', true)[0]?.role).toBe('fileMenu');
  });
});
