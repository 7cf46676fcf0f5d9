import { BrowserWindow } from "electron";
import { APP_ENTRY_URL } from "./app-origin";

export function createMainWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow({
    title: "CCHC Xã",
    width: 1366,
    height: 768,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      // A middle click would open a link in a new window, bypassing will-navigate.
      disableBlinkFeatures: "Auxclick",
    },
  });
  window.once("ready-to-show", () => window.show());
  void window.loadURL(APP_ENTRY_URL);
  return window;
}
