import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { app, dialog, Menu, session, type BrowserWindow } from "electron";
import { startStoreWorker, type StoreWorker } from "../core/api/store-worker-client";
import { defaultDataDir, STORE_FILE_NAME } from "../core/paths";
import { registerAppScheme, serveRenderer } from "./app-protocol";
import { registerApiChannel } from "./ipc";
import { registerOpenAttachmentChannel } from "./open-attachment";
import { registerOpenFolderChannel } from "./open-folder";
import { registerPrintChannel } from "./print";
import { forkStoreWorker } from "./store-worker";
import { buildAppMenu } from "./menu";
import { blockRemoteRequests, denyAllPermissions, guardAllWebContents } from "./security";
import { createMainWindow } from "./window";

// The build puts this file in dist-electron/ next to preload.cjs and store-worker.js, and the renderer in dist/renderer/.
const preloadPath = fileURLToPath(new URL("./preload.cjs", import.meta.url));
const storeWorkerPath = fileURLToPath(new URL("./store-worker.js", import.meta.url));
const rendererDir = fileURLToPath(new URL("../dist/renderer/", import.meta.url));

/** First line only: a Node error can carry a require stack that means nothing in a dialog. */
const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e)).split("\n")[0];

/** Says why the app cannot start, then quits. Nothing here ever deletes or rewrites the user's data. */
function failStartup(message: string): void {
  dialog.showErrorBox("CCHC Xã không khởi động được", `${message}\n\nDữ liệu của bạn được giữ nguyên.`);
  app.exit(1);
}

/** better-sqlite3 built for Electron's ABI: in resources/ when packaged, built by `npm start` in development. */
function electronNativeBinding(): string | undefined {
  const file = app.isPackaged
    ? path.join(process.resourcesPath, "native", "better_sqlite3.node")
    : path.join(app.getAppPath(), "build", "electron-native", `${process.platform}-${process.arch}`, "better_sqlite3.node");
  return existsSync(file) ? file : undefined;
}

/**
 * The store, in its own process (the store worker): open, or waiting for the
 * unlock screen when protected with a passphrase. It also takes the daily
 * backups. A store that cannot be opened stops the start with the reason.
 */
function startAppStore(dataDir: string): StoreWorker {
  const storePath = path.join(dataDir, STORE_FILE_NAME);
  const worker = startStoreWorker(
    () => forkStoreWorker(storeWorkerPath),
    { storePath, nativeBinding: electronNativeBinding() },
    {
      crashed: (code, restarted) => console.error(`Bộ phận xử lý dữ liệu dừng đột ngột (mã ${code ?? "không rõ"}); ${restarted ? "đã khởi động lại" : "không khởi động lại nữa"}.`),
    },
  );
  worker.opened.catch((e: unknown) => failStartup(e instanceof Error ? e.message : String(e)));
  return worker;
}

/** Electron quits only once the store worker has let its calls finish and closed the store. */
function closeStoreOnQuit(worker: StoreWorker): void {
  let closed = false;
  app.on("will-quit", (event) => {
    if (closed) return;
    event.preventDefault();
    void worker.close().finally(() => {
      closed = true;
      app.quit();
    });
  });
}

/** The CLI's data folder becomes Electron's userData, so both use one store. Must run before the app is ready. */
function useSharedDataDir(): string | null {
  const dataDir = defaultDataDir();
  // Chromium's caches get their own subfolder, so the data folder shows the store and its backups, not browser internals.
  const sessionDir = path.join(dataDir, "electron");
  try {
    mkdirSync(sessionDir, { recursive: true });
    app.setPath("userData", dataDir);
    app.setPath("sessionData", sessionDir);
    return dataDir;
  } catch (e) {
    failStartup(`Không tạo được thư mục dữ liệu "${dataDir}": ${errorText(e)}`);
    return null;
  }
}

/** Once Electron is ready: starts the store worker and wires protocol, IPC and menu. Null when start-up failed. */
function openMainWindow(dataDir: string): BrowserWindow | null {
  if (!existsSync(path.join(rendererDir, "index.html"))) {
    failStartup(`Thiếu giao diện đã dựng trong "${rendererDir}". Hãy chạy: npm run build:renderer`);
    return null;
  }
  const worker = startAppStore(dataDir);
  closeStoreOnQuit(worker);

  denyAllPermissions(session.defaultSession);
  blockRemoteRequests(session.defaultSession);
  serveRenderer(rendererDir);
  registerApiChannel(worker.call);
  registerPrintChannel();
  registerOpenFolderChannel(worker.folder);
  registerOpenAttachmentChannel(worker.call);
  Menu.setApplicationMenu(buildAppMenu(dataDir));
  return createMainWindow(preloadPath);
}

function startApp(dataDir: string): void {
  let mainWindow: BrowserWindow | null = null;

  app.on("second-instance", () => {
    if (!mainWindow || mainWindow.isDestroyed()) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on("window-all-closed", () => app.quit());
  guardAllWebContents(app);

  app
    .whenReady()
    .then(() => {
      mainWindow = openMainWindow(dataDir);
    })
    .catch((e: unknown) => failStartup(`Lỗi khi khởi động: ${errorText(e)}`));
}

registerAppScheme();
const dataDir = useSharedDataDir();
if (dataDir) {
  // The lock lives in userData, so it is taken after the data folder is set.
  if (app.requestSingleInstanceLock()) startApp(dataDir);
  else app.quit();
}
