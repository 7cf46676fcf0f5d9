import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { AppError } from "../../shared/errors";
import { intOption, rejectUnknown, stringOption, type ParsedArgs } from "../args";
import type { StoreGate } from "../../core/api/store-gate";
import { passphraseFromEnv, wantsJson, type CliIO } from "../io";
import { resolveStorePath, storePathForUse } from "../../core/paths";
import { startBrowserMode } from "../http-server";

export const DEFAULT_PORT = 4780;
const builtRendererDir = fileURLToPath(new URL("../../dist/renderer", import.meta.url));

/** Runs until the process is stopped (Ctrl+C), then closes the store cleanly. */
export async function runServe(args: ParsedArgs, io: CliIO): Promise<number> {
  rejectUnknown(args, ["db", "port", "renderer", "user", "json"]);
  const port = intOption(args, "port", 0, 65535) ?? DEFAULT_PORT;
  const rendererDir = path.resolve(stringOption(args, "renderer") ?? builtRendererDir);
  if (!existsSync(path.join(rendererDir, "index.html"))) {
    throw new AppError("renderer_missing", `Chưa có giao diện đã dựng ở "${rendererDir}". Hãy chạy "npm run web" (dựng giao diện rồi mở chế độ trình duyệt).`);
  }
  // The page is served at once; API calls wait for the store, whose code (nearly all of core/, exceljs, docx) takes about a second to load.
  const opening = openGate(args);
  opening.catch(() => undefined);
  let server;
  try {
    server = await startBrowserMode((method, input, person) => opening.then((gate) => gate.call(method, input, person)), { port, rendererDir });
  } catch (e) {
    opening.then(
      (gate) => gate.current()?.store.close(),
      () => undefined,
    );
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EADDRINUSE") throw new AppError("port_in_use", `Cổng ${port} đang được chương trình khác dùng. Hãy chọn cổng khác, ví dụ: --port ${port + 1}.`);
    throw e;
  }
  let gate: StoreGate;
  try {
    gate = await opening;
  } catch (e) {
    await server.close();
    throw e;
  }
  const storePath = resolveStorePath(stringOption(args, "db"));
  if (wantsJson(args)) io.out(JSON.stringify({ url: server.url, db: storePath, locked: gate.current() === null }));
  else {
    io.out(`Ứng dụng đang chạy tại ${server.url}`);
    io.out(`Mở địa chỉ trên bằng trình duyệt. Tệp dữ liệu: ${storePath}. Nhấn Ctrl+C để dừng.`);
    if (!gate.current()) io.out("Dữ liệu đã được đặt mật khẩu: nhập mật khẩu trên trang để mở.");
  }
  const { startDailyBackups } = await import("../../core/api/daily-backups");
  const dailyBackups: { stop(): Promise<void> }[] = [];
  gate.whenOpen((ctx) => {
    const daily = startDailyBackups(ctx, {
      taken: (backup) => {
        if (!wantsJson(args)) io.out(`Đã sao lưu hằng ngày vào "${backup.file}".`);
      },
      failed: (message) => io.err(`Không sao lưu hằng ngày được: ${message}`),
    });
    dailyBackups.push(daily);
  });
  const running = server;
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  await running.close();
  await Promise.all(dailyBackups.map((daily) => daily.stop()));
  gate.current()?.store.close();
  return 0;
}

/** The store for `cchc serve`: opened now, or left locked for the browser's unlock screen when it has a passphrase not given in CCHC_MAT_KHAU. */
async function openGate(args: ParsedArgs): Promise<StoreGate> {
  const [{ openStoreGate }, { withRestoreAdvice }] = await Promise.all([import("../../core/api/store-gate"), import("../../core/backup/advice")]);
  const storePath = storePathForUse(stringOption(args, "db"));
  try {
    return openStoreGate({ storePath, userName: stringOption(args, "user"), passphrase: passphraseFromEnv() });
  } catch (e) {
    throw withRestoreAdvice(e, storePath);
  }
}
