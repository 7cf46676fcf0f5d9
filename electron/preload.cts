// CommonJS because sandboxed preloads cannot be ES modules.
import { contextBridge, ipcRenderer } from "electron";
import { API_CHANNEL, OPEN_FOLDER_CHANNEL, PRINT_CHANNEL } from "./api-channel";
import type { CchcBridge } from "./bridge";

const bridge: CchcBridge = {
  invoke: (method, input, person) => ipcRenderer.invoke(API_CHANNEL, method, input, person),
  printToPdf: () => ipcRenderer.invoke(PRINT_CHANNEL),
  openFolder: (which) => ipcRenderer.invoke(OPEN_FOLDER_CHANNEL, which),
};

contextBridge.exposeInMainWorld("cchc", bridge);
