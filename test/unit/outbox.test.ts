import { createHash } from "node:crypto";
import { appendFileSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { ApiResult } from "../../core/api/contract";
import { dispatch } from "../../core/api/dispatch";
import { listAudit } from "../../core/audit-query";
import { createAppContext } from "../../core/app-context";
import type { AppContext } from "../../core/context";
import { OUTBOX_FOLDER_KEY } from "../../core/outbox/outbox";
import { cchc } from "../cli-runner";
import { DEMO_OUTLINE, DEMO_WINDOW, demoCommune } from "../fixtures/demo-commune";

const commune = demoCommune("cchc-hop-thu-di-");

async function ok<T>(result: Promise<ApiResult<unknown>>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Error(r.error.message);
  return r.value as T;
}

interface Entry {
  id: number;
  fileName: string;
  filePath: string;
  kind: string;
  periodFrom: string | null;
  periodTo: string | null;
  sha256: string;
  state: string;
  sentVia: string | null;
  sentBy: string | null;
  note: string | null;
  fileState: string;
}

const entries = async (ctx: AppContext) => (await ok<{ folder: string; entries: Entry[] }>(dispatch(ctx, "outbox.list", {}))).entries;
const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

describe("the outbox", () => {
  it("keeps every exported file with its kind, window and checksum, waiting to be sent", async () => {
    const ctx = commune.officer({ userName: "Nguyễn Thị Hương" });
    const exported = await ok<{ fileName: string; contentBase64: string }>(dispatch(ctx, "report.exportXlsx", { period: "2025-Q3" }));
    await ok(dispatch(ctx, "report.exportXlsx", { period: "2025-Q3" }));
    await ok(dispatch(ctx, "outline.exportDocx", { outlineId: DEMO_OUTLINE, period: DEMO_WINDOW }));
    await ok(dispatch(ctx, "outline.exportChecklistDocx", { outlineId: DEMO_OUTLINE, period: DEMO_WINDOW }));
    await ok(dispatch(ctx, "packages.create", { outlineId: DEMO_OUTLINE, period: DEMO_WINDOW, departmentCode: "KT", format: "xlsx", confirmPastDeadline: true }));

    const list = await entries(ctx);
    expect(list.map((e) => e.kind)).toEqual(["goi_phong_ban", "minh_chung", "de_cuong", "phu_luc_3", "phu_luc_3"]);
    expect(list.every((e) => e.state === "cho_gui" && e.fileState === "nguyen_ven")).toBe(true);
    const [second, first] = list.slice(3);
    expect(first!.fileName).toBe(exported.fileName);
    expect(second!.fileName).toBe(exported.fileName.replace(/\.xlsx$/, " (2).xlsx"));
    expect(first).toMatchObject({ periodFrom: "2025-06-15", periodTo: "2025-09-09", sha256: sha256(Buffer.from(exported.contentBase64, "base64")) });
    expect(path.dirname(first!.filePath)).toBe(path.join(path.dirname(ctx.store.path), "hop-thu-di"));
    expect(sha256(readFileSync(first!.filePath))).toBe(first!.sha256);
    ctx.store.close();
  });

  it("finds a file changed or removed since it was exported, and will not hand it out", async () => {
    const ctx = commune.officer();
    await ok(dispatch(ctx, "report.exportXlsx", { period: "2025-Q3" }));
    await ok(dispatch(ctx, "outline.exportDocx", { outlineId: DEMO_OUTLINE, period: DEMO_WINDOW }));
    const [docx, xlsx] = await entries(ctx);
    appendFileSync(xlsx!.filePath, "sửa tay");
    rmSync(docx!.filePath);
    const after = await entries(ctx);
    expect(after.map((e) => e.fileState)).toEqual(["khong_con", "da_thay_doi"]);
    const changed = await dispatch(ctx, "outbox.file", { id: xlsx!.id });
    expect(!changed.ok && changed.error.message).toContain("đã bị sửa sau khi xuất (mã kiểm tra khác)");
    const missing = await dispatch(ctx, "outbox.file", { id: docx!.id });
    expect(!missing.ok && missing.error.message).toContain("không còn trong thư mục Hộp thư đi");
    ctx.store.close();
  });

  it("records who sent a file, where and when, in the audit trail too", async () => {
    const ctx = commune.officer({ userName: "Lê Thị Mai" });
    await ok(dispatch(ctx, "report.exportXlsx", { period: "2025-Q3" }));
    const [entry] = await entries(ctx);
    const file = await ok<{ fileName: string; contentBase64: string }>(dispatch(ctx, "outbox.file", { id: entry!.id }));
    expect(sha256(Buffer.from(file.contentBase64, "base64"))).toBe(entry!.sha256);
    const sent = await ok<Entry & { sentAt: string }>(dispatch(ctx, "outbox.markSent", { id: entry!.id, via: "he_thong", note: "Đã nhập lên Hệ thống thông tin báo cáo", at: "2025-09-09 16:30" }));
    expect(sent).toMatchObject({ state: "da_gui", sentVia: "he_thong", sentBy: "Lê Thị Mai", sentAt: "2025-09-09 16:30", note: "Đã nhập lên Hệ thống thông tin báo cáo" });
    const audit = listAudit(ctx, { entity: "outbox_entries" }).rows;
    expect(audit).toHaveLength(1);
    expect(audit[0]!.changes.find((c) => c.field === "state")).toMatchObject({ before: "Chờ gửi", after: "Đã gửi" });
    ctx.store.close();
  });

  it("refuses the export, saving nothing, when the outbox folder cannot be written", async () => {
    const ctx = commune.officer();
    const blocker = path.join(path.dirname(ctx.store.path), "tep-chan");
    writeFileSync(blocker, "");
    ctx.store.sqlite.prepare("INSERT INTO settings (key, value) VALUES (?, ?)").run(OUTBOX_FOLDER_KEY, JSON.stringify(path.join(blocker, "hop-thu-di")));
    const result = await dispatch(ctx, "report.exportXlsx", { period: "2025-Q3" });
    expect(!result.ok && result.error.message).toMatch(/^Không lưu được tệp vào Hộp thư đi ".*tep-chan.*": thư mục không tồn tại\.$/);
    expect(await entries(ctx)).toEqual([]);
    ctx.store.close();
  });
});

describe("exports from the command line", () => {
  it("go into the outbox too, waiting to be sent, with the file's checksum", async () => {
    const ctx = commune.officer({ userName: "Nguyễn Thị Hương" });
    const db = ctx.store.path;
    ctx.store.close();
    const out = path.join(path.dirname(db), "PL3 quý III.xlsx");
    const json = cchc(["export", "phu-luc-3", "--db", db, "--period", "2025-Q3", "--out", out, "--json", "--user", "Trần Văn Nam"]);
    expect(json.status, json.stderr).toBeLessThan(2);
    const printed = JSON.parse(json.stdout) as { outbox: string };
    const checklist = path.join(path.dirname(db), "minh-chung.docx");
    const text = cchc(["export", "minh-chung", "--db", db, "--period", DEMO_WINDOW, "--out", checklist]);
    expect(text.status, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/Bản sao chờ gửi nằm trong Hộp thư đi: .*hop-thu-di.*minh-chung\.docx/);

    const reopened = createAppContext({ storePath: db });
    const kept = await entries(reopened);
    expect([...kept].sort((a, b) => a.kind.localeCompare(b.kind)).map((e) => [e.kind, e.fileName, e.state, e.periodFrom, e.periodTo])).toEqual([
      ["minh_chung", "minh-chung.docx", "cho_gui", "2025-07-01", "2025-10-09"],
      ["phu_luc_3", "PL3 quý III.xlsx", "cho_gui", "2025-06-15", "2025-09-09"],
    ]);
    const pl3 = kept.find((e) => e.kind === "phu_luc_3")!;
    expect(pl3.filePath).toBe(printed.outbox);
    expect(pl3.sha256).toBe(sha256(readFileSync(out)));
    expect(pl3.fileState).toBe("nguyen_ven");
    reopened.store.close();
  });

  it("still export when the outbox cannot take a copy, saying so", () => {
    const ctx = commune.officer();
    const blocker = path.join(path.dirname(ctx.store.path), "khong-phai-thu-muc");
    writeFileSync(blocker, "");
    ctx.store.sqlite.prepare("INSERT INTO settings (key, value) VALUES (?, ?)").run(OUTBOX_FOLDER_KEY, JSON.stringify(blocker));
    const db = ctx.store.path;
    ctx.store.close();
    const out = path.join(path.dirname(db), "pl3.xlsx");
    const run = cchc(["export", "phu-luc-3", "--db", db, "--period", "2025-Q3", "--out", out]);
    expect(run.status).toBeLessThan(2);
    expect(readFileSync(out).length).toBeGreaterThan(0);
    expect(run.stderr).toContain("Đã xuất tệp nhưng chưa đưa được bản sao vào Hộp thư đi: Không lưu được tệp vào Hộp thư đi");
    expect(run.stdout).not.toContain("Bản sao chờ gửi");
  });
});
