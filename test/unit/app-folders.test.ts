import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { appFolder } from "../../core/app-folders";
import { BACKUP_FOLDER_KEY } from "../../core/backup/folder";
import { demoCommune } from "../fixtures/demo-commune";

const commune = demoCommune("cchc-thu-muc-");

describe("the folders the desktop shell may open", () => {
  it("are Hộp thư đi and the backup folder as set, created when missing, and nothing else", () => {
    const ctx = commune.officer();
    const dir = path.dirname(ctx.store.path);
    expect(appFolder(ctx, "hop-thu-di")).toBe(path.join(dir, "hop-thu-di"));
    expect(existsSync(path.join(dir, "hop-thu-di"))).toBe(true);
    const usb = path.join(dir, "usb", "sao-luu-cchc");
    ctx.store.sqlite.prepare("INSERT INTO settings (key, value) VALUES (?, ?)").run(BACKUP_FOLDER_KEY, JSON.stringify(usb));
    expect(appFolder(ctx, "sao-luu")).toBe(usb);
    expect(existsSync(usb)).toBe(true);
    for (const other of ["..", "/etc", "sao-luu/..", null, { which: "sao-luu" }]) {
      expect(() => appFolder(ctx, other)).toThrow("Ứng dụng chỉ mở thư mục Hộp thư đi và thư mục sao lưu.");
    }
    ctx.store.close();
  });
});
