import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { BrowserWindow, Display, Rectangle, Screen } from 'electron';
import { z } from 'zod';

/**
 * Where the window was, per display: an officer with a laptop and an office monitor gets the
 * window back where it was on each. A saved place is only used on a display that is there now,
 * and is fitted inside its work area, so a window never opens off screen after a monitor is unplugged.
 */

export const MIN_WIDTH = 960;
export const MIN_HEIGHT = 600;

const rectangle = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
});

const placement = z.object({ bounds: rectangle, maximized: z.boolean() });
export type Placement = z.infer<typeof placement>;

const windowState = z.object({
  version: z.literal(1),
  /** The display the window was last closed on. */
  last: z.string().optional(),
  placements: z.record(z.string(), placement),
});
export type WindowState = z.infer<typeof windowState>;

export const EMPTY_WINDOW_STATE: WindowState = { version: 1, placements: {} };

/** A display by its id and size: the same monitor at another resolution keeps a place of its own. */
export function displayKey(display: Pick<Display, 'id' | 'size'>): string {
  return `${display.id}:${display.size.width}x${display.size.height}`;
}

/** `bounds` moved and, if need be, shrunk to lie wholly inside `area`. */
export function fitInside(bounds: Rectangle, area: Rectangle): Rectangle {
  const width = Math.min(Math.max(bounds.width, Math.min(MIN_WIDTH, area.width)), area.width);
  const height = Math.min(Math.max(bounds.height, Math.min(MIN_HEIGHT, area.height)), area.height);
  const x = Math.min(Math.max(bounds.x, area.x), area.x + area.width - width);
  const y = Math.min(Math.max(bounds.y, area.y), area.y + area.height - height);
  return { x, y, width, height };
}

type DisplayInfo = Pick<Display, 'id' | 'size' | 'workArea'>;

/**
 * Where to open: the place saved for the display the window was last on, if that display is
 * connected; else the place saved for the primary display; else nothing (the default size, centred).
 */
export function choosePlacement(
  state: WindowState,
  displays: readonly DisplayInfo[],
  primary: DisplayInfo,
): Placement | undefined {
  const lastDisplay = displays.find((display) => displayKey(display) === state.last);
  for (const display of lastDisplay ? [lastDisplay, primary] : [primary]) {
    const saved = state.placements[displayKey(display)];
    if (saved) return { bounds: fitInside(saved.bounds, display.workArea), maximized: saved.maximized };
  }
  return undefined;
}

export function recordPlacement(
  state: WindowState,
  display: Pick<Display, 'id' | 'size'>,
  bounds: Rectangle,
  maximized: boolean,
): WindowState {
  const key = displayKey(display);
  const rounded = {
    x: Math.round(bounds.x),
    y: Math.round(bounds.y),
    width: Math.round(bounds.width),
    height: Math.round(bounds.height),
  };
  return {
    version: 1,
    last: key,
    placements: { ...state.placements, [key]: { bounds: rounded, maximized } },
  };
}

/** The saved state, or an empty one when there is none or it cannot be read: never a reason not to start. */
export function loadWindowState(file: string): WindowState {
  try {
    const parsed = windowState.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : EMPTY_WINDOW_STATE;
  } catch {
    return EMPTY_WINDOW_STATE;
  }
}

/** Written whole to a temporary file, then renamed over the old one: a crash leaves one or the other. */
export function saveWindowState(file: string, state: WindowState): void {
  try {
    writeFileSync(`${file}.tmp`, JSON.stringify(state));
    renameSync(`${file}.tmp`, file);
  } catch (error: unknown) {
    console.error('[qonaq] could not remember the window position:', error);
  }
}

/**
 * Remembers where `window` is each time it closes. `screen` tells which display it is on; the
 * normal bounds are saved, so a maximised window comes back maximised over its last normal place.
 */
export function rememberPlacement(
  window: Pick<BrowserWindow, 'on' | 'getNormalBounds' | 'isMaximized'>,
  screen: Pick<Screen, 'getDisplayMatching'>,
  file: string,
): void {
  // Every time, not once: a close the page cancels (unsaved changes) is followed by another.
  window.on('close', () => {
    const bounds = window.getNormalBounds();
    const state = recordPlacement(
      loadWindowState(file),
      screen.getDisplayMatching(bounds),
      bounds,
      window.isMaximized(),
    );
    saveWindowState(file, state);
  });
}

/** Where to open the window, from the state saved in `file` and the displays connected now. */
export function savedPlacement(
  screen: Pick<Screen, 'getAllDisplays' | 'getPrimaryDisplay'>,
  file: string,
): Placement | undefined {
  return choosePlacement(loadWindowState(file), screen.getAllDisplays(), screen.getPrimaryDisplay());
}
