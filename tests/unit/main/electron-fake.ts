import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

/**
 * A stand-in for the `electron` module, used through `vi.mock('electron', ...)`: the real one
 * downloads its binary on import. It keeps what the shell registers (listeners, IPC handlers,
 * session policies) so tests can drive them as Electron would.
 */

export interface FakeEvent {
  preventDefault: () => void;
  readonly defaultPrevented: boolean;
}

export function fakeEvent<P extends object>(params: P): FakeEvent & P {
  let prevented = false;
  return Object.assign(
    {
      preventDefault: vi.fn(() => {
        prevented = true;
      }),
      get defaultPrevented() {
        return prevented;
      },
    },
    params,
  );
}

export interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
}

type WindowOpenHandler = (details: { url: string }) => { action: 'allow' | 'deny' };

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: WindowOpenHandler | undefined;
  readonly mainFrame: FakeFrame = { url: '', parent: null };
  readonly setWindowOpenHandler = vi.fn((handler: WindowOpenHandler) => {
    this.windowOpenHandler = handler;
  });
}

export class FakeBrowserWindow extends EventEmitter {
  static readonly instances: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  readonly loadURL = vi.fn(async (url: string) => {
    this.webContents.mainFrame.url = url;
  });
  readonly show = vi.fn();
  readonly focus = vi.fn();
  readonly restore = vi.fn();
  readonly maximize = vi.fn();
  readonly isMinimized = vi.fn(() => false);
  readonly isMaximized = vi.fn(() => false);
  readonly getNormalBounds = vi.fn(() => ({ x: 10, y: 20, width: 1280, height: 800 }));

  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.instances.push(this);
    // As Electron does for every web contents it creates.
    electronFake.app.emit('web-contents-created', fakeEvent({}), this.webContents);
  }
}

type InvokeListener = (event: unknown, ...args: unknown[]) => unknown;

class FakeIpcMain {
  readonly handlers = new Map<string, InvokeListener>();
  readonly handle = vi.fn((channel: string, listener: InvokeListener) => {
    if (this.handlers.has(channel))
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, listener);
  });
  readonly removeHandler = vi.fn((channel: string) => {
    this.handlers.delete(channel);
  });

  /** What Electron does when a page calls `ipcRenderer.invoke(channel, input)`. */
  async invoke(channel: string, event: unknown, input: unknown): Promise<unknown> {
    const listener = this.handlers.get(channel);
    if (!listener) throw new Error(`No handler registered for '${channel}'`);
    return listener(event, input);
  }
}

type HeadersListener = (
  details: { url: string; responseHeaders?: Record<string, string | string[]> },
  callback: (response: { responseHeaders?: Record<string, string[]> }) => void,
) => void;
type PermissionRequestHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
) => void;
type PermissionCheckHandler = (contents: unknown, permission: string, origin: string) => boolean;

class FakeSession extends EventEmitter {
  headersListener: HeadersListener | undefined;
  permissionRequestHandler: PermissionRequestHandler | undefined;
  permissionCheckHandler: PermissionCheckHandler | undefined;
  readonly webRequest = {
    onHeadersReceived: vi.fn((listener: HeadersListener) => {
      this.headersListener = listener;
    }),
  };
  readonly setPermissionRequestHandler = vi.fn((handler: PermissionRequestHandler) => {
    this.permissionRequestHandler = handler;
  });
  readonly setPermissionCheckHandler = vi.fn((handler: PermissionCheckHandler) => {
    this.permissionCheckHandler = handler;
  });
}

class FakeApp extends EventEmitter {
  isPackaged = false;
  userData = '';
  switches = new Map<string, string>();
  hasLock = true;
  /** Set once a quit is not prevented: the point at which Electron would end the process. */
  exited = false;
  onExit: (() => void) | undefined;
  private ready = Promise.resolve();

  readonly commandLine = { getSwitchValue: vi.fn((name: string) => this.switches.get(name) ?? '') };
  readonly requestSingleInstanceLock = vi.fn(() => this.hasLock);
  readonly whenReady = vi.fn(() => this.ready);
  readonly getVersion = vi.fn(() => '9.8.7');
  readonly getPreferredSystemLanguages = vi.fn(() => ['ru-RU', 'en-US']);
  readonly getPath = vi.fn((name: string) => {
    if (name !== 'userData') throw new Error(`unexpected path ${name}`);
    return this.userData;
  });
  readonly setPath = vi.fn((name: string, value: string) => {
    if (name === 'userData') this.userData = value;
  });
  readonly quit = vi.fn(() => {
    const event = fakeEvent({});
    this.emit('before-quit', event);
    if (event.defaultPrevented || this.exited) return;
    this.exited = true;
    this.onExit?.();
  });

  reset(userData: string): void {
    this.removeAllListeners();
    this.isPackaged = false;
    this.userData = userData;
    this.switches.clear();
    this.hasLock = true;
    this.exited = false;
    this.onExit = undefined;
    this.ready = Promise.resolve();
  }
}

export interface FakeDisplay {
  id: number;
  size: { width: number; height: number };
  bounds: { x: number; y: number; width: number; height: number };
  workArea: { x: number; y: number; width: number; height: number };
}

export const LAPTOP: FakeDisplay = {
  id: 1,
  size: { width: 1920, height: 1080 },
  bounds: { x: 0, y: 0, width: 1920, height: 1080 },
  workArea: { x: 0, y: 0, width: 1920, height: 1040 },
};

type ProtocolHandler = (request: Request) => Response | Promise<Response>;

class FakeProtocol {
  readonly handlers = new Map<string, ProtocolHandler>();
  readonly registerSchemesAsPrivileged = vi.fn((_schemes: unknown[]) => undefined);
  readonly handle = vi.fn((scheme: string, handler: ProtocolHandler) => {
    this.handlers.set(scheme, handler);
  });
}

class FakeScreen {
  displays: FakeDisplay[] = [LAPTOP];
  readonly getAllDisplays = vi.fn(() => this.displays);
  readonly getPrimaryDisplay = vi.fn(() => this.displays[0] ?? LAPTOP);
  readonly getDisplayMatching = vi.fn((rect: { x: number; y: number }) => {
    const inside = this.displays.find(
      (d) =>
        rect.x >= d.bounds.x &&
        rect.x < d.bounds.x + d.bounds.width &&
        rect.y >= d.bounds.y &&
        rect.y < d.bounds.y + d.bounds.height,
    );
    return inside ?? this.getPrimaryDisplay();
  });
}

export interface FakeMessageBox {
  title?: string;
  message: string;
  detail?: string;
  buttons: string[];
  defaultId?: number;
  cancelId?: number;
}

/**
 * The system's encryption of secrets: reversible, and never the plain text (the bytes are reversed and
 * base64-encoded behind a marker), with `available` false as on a Linux desktop without a keyring.
 */
export class FakeSafeStorage {
  available = true;
  isEncryptionAvailable(): boolean {
    return this.available;
  }
  encryptString(text: string): Buffer {
    return Buffer.concat([Buffer.from('ENC:'), Buffer.from(Buffer.from(text).reverse().toString('base64'))]);
  }
  decryptString(encrypted: Buffer): string {
    if (!encrypted.subarray(0, 4).equals(Buffer.from('ENC:')))
      throw new Error('Error while decrypting the ciphertext');
    return Buffer.from(encrypted.subarray(4).toString(), 'base64').reverse().toString();
  }
}

export const electronFake = {
  safeStorage: new FakeSafeStorage(),
  app: new FakeApp(),
  BrowserWindow: FakeBrowserWindow,
  ipcMain: new FakeIpcMain(),
  session: { defaultSession: new FakeSession() },
  protocol: new FakeProtocol(),
  screen: new FakeScreen(),
  crashReporter: { start: vi.fn((_options: unknown) => undefined) },
  dialog: {
    showErrorBox: vi.fn((_title: string, _message: string) => undefined),
    /** The last button (Quit, Cancel) unless a test says what the user picks. */
    showMessageBox: vi.fn(async (options: FakeMessageBox) => ({
      response: options.buttons.length - 1,
      checkboxChecked: false,
    })),
    /** Cancelled unless a test says what the user picks. */
    showOpenDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePaths: [] as string[] })),
  },
  shell: { openExternal: vi.fn(async (_url: string) => undefined) },
  Menu: {
    buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
    setApplicationMenu: vi.fn((_menu: unknown) => undefined),
  },
  contextBridge: { exposeInMainWorld: vi.fn((_key: string, _api: unknown) => undefined) },
  ipcRenderer: { invoke: vi.fn(async (_channel: string, _input: unknown): Promise<unknown> => undefined) },
};

export function resetElectronFake(userData = ''): void {
  vi.clearAllMocks();
  electronFake.app.reset(userData);
  FakeBrowserWindow.instances.length = 0;
  electronFake.ipcMain.handlers.clear();
  electronFake.protocol.handlers.clear();
  electronFake.screen.displays = [LAPTOP];
  const session = electronFake.session.defaultSession;
  session.removeAllListeners();
  session.headersListener = undefined;
  session.permissionRequestHandler = undefined;
  session.permissionCheckHandler = undefined;
}
