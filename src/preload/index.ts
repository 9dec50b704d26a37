import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './bridge';

// The page sees `window.qonaq` and nothing of Electron: not ipcRenderer, not a generic invoke.
contextBridge.exposeInMainWorld(
  'qonaq',
  createBridge((channel, input) => ipcRenderer.invoke(channel, input)),
);
