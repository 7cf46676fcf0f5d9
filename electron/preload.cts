// CommonJS because sandboxed preloads cannot be ES modules.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from "electron";
import type { ProgressEvent } from "../core/schemas/progress";
import { API_CHANNEL, OPEN_ATTACHMENT_CHANNEL, OPEN_FOLDER_CHANNEL, PRINT_CHANNEL, PROGRESS_CHANNEL } from "./api-channel";
import type { CchcBridge } from "./bridge";

const bridge: CchcBridge = {
  invoke: (method, input, person) => ipcRenderer.invoke(API_CHANNEL, method, input, person),
  onProgress: (listener) => {
    const forward = (_event: IpcRendererEvent, progress: ProgressEvent) => listener(progress);
    ipcRenderer.on(PROGRESS_CHANNEL, forward);
    return () => void ipcRenderer.off(PROGRESS_CHANNEL, forward);
  },
  printToPdf: () => ipcRenderer.invoke(PRINT_CHANNEL),
  openFolder: (which) => ipcRenderer.invoke(OPEN_FOLDER_CHANNEL, which),
  openAttachment: (id, person) => ipcRenderer.invoke(OPEN_ATTACHMENT_CHANNEL, id, person),
};

contextBridge.exposeInMainWorld("cchc", bridge);
