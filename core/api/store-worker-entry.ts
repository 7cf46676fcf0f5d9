/**
 * The store worker's process, one file for both places it runs: Electron's
 * utility process in the desktop app (process.parentPort, messages in
 * `event.data`) and a Node child started with child_process.fork (process.send),
 * which is how the tests run it. No Electron import: the port is read at run time.
 */
import { serveStore } from "./store-worker";
import type { FromWorker, ParentChannel, ToWorker } from "./worker-protocol";

interface ElectronParentPort {
  postMessage(message: unknown): void;
  on(event: "message", listener: (event: { data: unknown }) => void): void;
}

function parentChannel(): ParentChannel {
  const electronPort = (process as { parentPort?: ElectronParentPort }).parentPort;
  if (electronPort) {
    return {
      post: (message) => electronPort.postMessage(message),
      onMessage: (listener) => electronPort.on("message", (event) => listener(event.data as ToWorker)),
    };
  }
  const send = process.send?.bind(process);
  if (!send) throw new Error("Bộ phận dữ liệu phải được ứng dụng khởi động, không chạy riêng được.");
  // The main side gone, the channel closes: nothing is left to answer, so the process ends.
  process.on("disconnect", () => process.exit(0));
  return {
    post: (message: FromWorker) => void send(message),
    onMessage: (listener) => process.on("message", (message) => listener(message as ToWorker)),
  };
}

serveStore(parentChannel());
