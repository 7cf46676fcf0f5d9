/**
 * The store worker: owns the store and answers every API call in its own
 * process, so a long call (an import, a passphrase change, Tổng quan on a big
 * store) never holds up the window. It runs the same gate as browser mode,
 * keeps the daily backups, and closes the store when told to.
 */
import { withRestoreAdvice } from "../backup/advice";
import { withProgress } from "../call-progress";
import { appFolder } from "../app-folders";
import { isAppError } from "../../shared/errors";
import { apiFailure as fail, type ApiResult } from "./contract/result";
import { startDailyBackups } from "./daily-backups";
import { openStoreGate, STORE_LOCKED_MESSAGE, type StoreGate } from "./store-gate";
import type { ParentChannel, ToWorker, WorkerOptions } from "./worker-protocol";

const firstLine = (e: unknown) => (e instanceof Error ? e.message : String(e)).split("\n")[0]!;

const CLOSING = fail("store_closing", "Ứng dụng đang đóng nên thao tác này không được thực hiện.");

export function serveStore(parent: ParentChannel): void {
  let gate: StoreGate | null = null;
  let openFailure: string | null = null;
  let closing = false;
  const running = new Set<Promise<unknown>>();
  const stops: (() => Promise<void>)[] = [];

  function open(options: WorkerOptions): void {
    try {
      gate = openStoreGate(options);
    } catch (e) {
      const advised = withRestoreAdvice(e, options.storePath);
      openFailure = isAppError(advised) ? advised.message : `Không mở được tệp dữ liệu: ${firstLine(e)}`;
      parent.post({ type: "open_failed", message: openFailure });
      return;
    }
    gate.whenOpen((ctx) => {
      const daily = startDailyBackups(ctx, { taken: () => undefined, failed: (message) => console.error(`Không sao lưu hằng ngày được: ${message}`) });
      stops.push(daily.stop);
    });
    parent.post({ type: "opened" });
  }

  /** Every answer goes back by id; a call still running when the store closes is waited for. */
  function answer(id: number, job: () => Promise<ApiResult<unknown>>): void {
    const done = (closing ? Promise.resolve(CLOSING) : job())
      .catch((e: unknown) => fail("internal", `Lỗi không mong đợi: ${firstLine(e)}`))
      .then((result) => parent.post({ type: "result", id, result }));
    running.add(done);
    void done.finally(() => running.delete(done));
  }

  function call(message: Extract<ToWorker, { type: "call" }>): Promise<ApiResult<unknown>> {
    if (!gate) return Promise.resolve(fail("store_unavailable", openFailure ?? "Dữ liệu chưa được mở."));
    const { id, method, input, person } = message;
    const opened = gate;
    return withProgress(
      (progress) => parent.post({ type: "progress", id, progress }),
      () => opened.call(method, input, person),
    );
  }

  async function folder(which: unknown): Promise<ApiResult<unknown>> {
    const ctx = gate?.current();
    if (!ctx) return fail("store_locked", STORE_LOCKED_MESSAGE);
    try {
      return { ok: true, value: appFolder(ctx, which) };
    } catch (e) {
      return isAppError(e) ? fail(e.code, e.message) : fail("open_failed", firstLine(e));
    }
  }

  async function close(): Promise<void> {
    closing = true;
    await Promise.all([...running, ...stops.map((stop) => stop())]);
    gate?.current()?.store.close();
    parent.post({ type: "closed" });
  }

  parent.onMessage((message) => {
    switch (message.type) {
      case "open":
        return open(message.options);
      case "call":
        return answer(message.id, () => call(message));
      case "folder":
        return answer(message.id, () => folder(message.which));
      case "close":
        if (!closing) void close();
        return;
    }
  });
}
