import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserWindow, Screen } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  choosePlacement,
  EMPTY_WINDOW_STATE,
  fitInside,
  loadWindowState,
  recordPlacement,
  rememberPlacement,
  saveWindowState,
  savedPlacement,
} from '../../../src/main/window-state';
import {
  electronFake,
  FakeBrowserWindow,
  LAPTOP,
  resetElectronFake,
  type FakeDisplay,
} from './electron-fake';

vi.mock('electron', async () => (await import('./electron-fake')).electronFake);

const MONITOR: FakeDisplay = {
  id: 2,
  size: { width: 2560, height: 1440 },
  bounds: { x: 1920, y: 0, width: 2560, height: 1440 },
  workArea: { x: 1920, y: 0, width: 2560, height: 1400 },
};

let folder = '';
beforeEach(async () => {
  resetElectronFake();
  folder = await mkdtemp(join(tmpdir(), 'qonaq-window-'));
});
afterEach(async () => {
  vi.restoreAllMocks();
  await rm(folder, { recursive: true, force: true });
});

describe('where the window opens', () => {
  const onLaptop = recordPlacement(
    EMPTY_WINDOW_STATE,
    LAPTOP,
    { x: 40, y: 30, width: 1300, height: 850 },
    false,
  );
  const thenOnMonitor = recordPlacement(
    onLaptop,
    MONITOR,
    { x: 2000, y: 100, width: 1600, height: 1000 },
    true,
  );

  it('opens where it was last closed, on that display, maximised if it was', () => {
    expect(choosePlacement(thenOnMonitor, [LAPTOP, MONITOR], LAPTOP)).toEqual({
      bounds: { x: 2000, y: 100, width: 1600, height: 1000 },
      maximized: true,
    });
  });

  it("opens at the primary display's own place when the last display is unplugged", () => {
    expect(choosePlacement(thenOnMonitor, [LAPTOP], LAPTOP)).toEqual({
      bounds: { x: 40, y: 30, width: 1300, height: 850 },
      maximized: false,
    });
  });

  it('falls back to the default when nothing was saved for any display connected now', () => {
    const onlyMonitor = recordPlacement(
      EMPTY_WINDOW_STATE,
      MONITOR,
      { x: 2000, y: 0, width: 1000, height: 700 },
      false,
    );
    expect(choosePlacement(onlyMonitor, [LAPTOP], LAPTOP)).toBeUndefined();
    expect(choosePlacement(EMPTY_WINDOW_STATE, [LAPTOP, MONITOR], LAPTOP)).toBeUndefined();
  });

  it('treats the same monitor at another resolution as another display', () => {
    const smaller = { ...MONITOR, size: { width: 1920, height: 1080 } };
    expect(choosePlacement(thenOnMonitor, [LAPTOP, smaller], LAPTOP)?.bounds).toEqual({
      x: 40,
      y: 30,
      width: 1300,
      height: 850,
    });
  });

  it('never opens off screen or larger than the work area', () => {
    const area = LAPTOP.workArea;
    expect(fitInside({ x: -5000, y: 3000, width: 1200, height: 700 }, area)).toEqual({
      x: 0,
      y: 340,
      width: 1200,
      height: 700,
    });
    expect(fitInside({ x: 100, y: 100, width: 4000, height: 3000 }, area)).toEqual({
      x: 0,
      y: 0,
      width: 1920,
      height: 1040,
    });
    // Not smaller than the window's minimum, unless the display itself is.
    expect(fitInside({ x: 0, y: 0, width: 200, height: 100 }, area)).toMatchObject({
      width: 960,
      height: 600,
    });
    expect(
      fitInside({ x: 0, y: 0, width: 200, height: 100 }, { x: 0, y: 0, width: 800, height: 500 }),
    ).toEqual({
      x: 0,
      y: 0,
      width: 800,
      height: 500,
    });
  });
});

describe('the saved state', () => {
  it('survives a round trip through its file', () => {
    const file = join(folder, 'window-state.json');
    const state = recordPlacement(
      EMPTY_WINDOW_STATE,
      LAPTOP,
      { x: 1.4, y: 2.6, width: 1000.2, height: 700 },
      false,
    );
    saveWindowState(file, state);
    expect(loadWindowState(file)).toEqual(state);
    expect(loadWindowState(file).placements[`1:1920x1080`]?.bounds).toEqual({
      x: 1,
      y: 3,
      width: 1000,
      height: 700,
    });
    expect(existsSync(`${file}.tmp`)).toBe(false);
  });

  it.each([
    ['missing', undefined],
    ['not JSON', '{"version":1,'],
    ['of another shape', '{"version":1,"placements":{"1:1x1":{"bounds":{"x":"a"}}}}'],
    ['from a later version', '{"version":2,"placements":{}}'],
  ])('is empty when the file is %s, and the app starts all the same', async (_case, content) => {
    const file = join(folder, 'window-state.json');
    if (content !== undefined) await writeFile(file, content);
    expect(loadWindowState(file)).toEqual(EMPTY_WINDOW_STATE);
  });

  it('is saved with the normal bounds and the display the window is on when it closes', async () => {
    const file = join(folder, 'window-state.json');
    electronFake.screen.displays = [LAPTOP, MONITOR];
    const window = new FakeBrowserWindow({});
    window.getNormalBounds.mockReturnValue({ x: 2100, y: 50, width: 1500, height: 900 });
    window.isMaximized.mockReturnValue(true);
    rememberPlacement(window as unknown as BrowserWindow, electronFake.screen as unknown as Screen, file);
    window.emit('close');

    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({
      version: 1,
      last: '2:2560x1440',
      placements: {
        '2:2560x1440': { bounds: { x: 2100, y: 50, width: 1500, height: 900 }, maximized: true },
      },
    });
    expect(savedPlacement(electronFake.screen as unknown as Screen, file)).toEqual({
      bounds: { x: 2100, y: 50, width: 1500, height: 900 },
      maximized: true,
    });
  });

  it('is saved again when a first close was cancelled and the window moved before the next', () => {
    const file = join(folder, 'window-state.json');
    const window = new FakeBrowserWindow({});
    rememberPlacement(window as unknown as BrowserWindow, electronFake.screen as unknown as Screen, file);
    window.getNormalBounds.mockReturnValue({ x: 100, y: 100, width: 1000, height: 700 });
    window.emit('close');
    window.getNormalBounds.mockReturnValue({ x: 300, y: 150, width: 1000, height: 700 });
    window.emit('close');
    expect(loadWindowState(file).placements['1:1920x1080']?.bounds).toEqual({
      x: 300,
      y: 150,
      width: 1000,
      height: 700,
    });
  });

  it('does not stop the app closing when it cannot be written', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    saveWindowState(join(folder, 'no', 'such', 'folder', 'window-state.json'), EMPTY_WINDOW_STATE);
    expect(error).toHaveBeenCalledTimes(1);
  });
});
