import path from "node:path";
import { describe, expect, it } from "vitest";
import { createAppContext } from "../../core/app-context";
import { dispatch } from "../../core/api/dispatch";
import { resolvePeriod } from "../../core/periods";
import { getProfile } from "../../core/profiles";
import { buildReport, reportValues } from "../../core/indicators/report";
import { useTempDir } from "../helpers";

const tempDir = useTempDir();
const newContext = () => createAppContext({ storePath: path.join(tempDir(), "x.sqlite"), userName: "Văn thư" });
const ok = <T>(r: { ok: boolean; value?: unknown; error?: { message: string } }) => {
  if (!r.ok) throw new Error(r.error!.message);
  return r.value as T;
};

describe("PAKN and satisfaction records", () => {
  it("are entered, edited, searched without diacritics and deleted, and feed the figures", async () => {
    const ctx = newContext();
    const a = ok<{ id: number }>(
      await dispatch(ctx, "pakn.save", {
        code: "PAKN-01",
        receivedDate: "2025-07-03",
        dueDate: "2025-07-13",
        resolvedDate: null,
        procedureName: "Đăng ký khai sinh",
        field: "Hộ tịch",
        content: "Chậm trả kết quả",
        senderName: "Nguyễn Văn An",
        channel: "Cổng DVCQG",
        result: null,
      }),
    );
    ok(await dispatch(ctx, "pakn.save", { ...(a as object), id: a.id, resolvedDate: "2025-07-10", result: "Đã trả lời" }));
    expect(ok<unknown[]>(await dispatch(ctx, "pakn.list", { search: "cham tra" }))).toHaveLength(1);
    expect(ok<unknown[]>(await dispatch(ctx, "pakn.list", { search: "dat dai" }))).toHaveLength(0);
    ok(await dispatch(ctx, "satisfaction.save", { periodFrom: "2025-07-01", periodTo: "2025-09-30", field: "Đất đai", rated: 40, satisfied: 35, source: "Phiếu khảo sát" }));
    ok(await dispatch(ctx, "satisfaction.save", { periodFrom: "2025-07-01", periodTo: "2025-09-30", field: "Hộ tịch", rated: 160, satisfied: 158, source: null }));
    const bad = await dispatch(ctx, "satisfaction.save", { periodFrom: "2025-07-01", periodTo: "2025-09-30", field: null, rated: 10, satisfied: 11, source: null });
    expect(bad).toMatchObject({ ok: false, error: { code: "invalid_input" } });
    if (!bad.ok) expect(bad.error.message).toContain("Số hài lòng không được lớn hơn số lượt đánh giá");

    const values = reportValues(buildReport(ctx, resolvePeriod("2025-07-01..2025-10-09", getProfile(ctx.profiles, "hai-phong"))));
    expect(values["tthc.pakn.tiep_nhan_moi"]).toBe(1);
    expect(values["tthc.pakn.da_giai_quyet"]).toBe(1);
    expect(values["tthc.hai_long.ty_le"]).toBe(96.5);
    expect(values["tthc.hai_long.dat_dai_ty_le"]).toBe(87.5);

    expect(ok(await dispatch(ctx, "pakn.delete", { id: a.id }))).toEqual({ deleted: true });
    expect(await dispatch(ctx, "pakn.delete", { id: a.id })).toMatchObject({ ok: false, error: { message: "Không còn phản ánh, kiến nghị này (có thể đã bị xóa)." } });
    expect(ctx.store.sqlite.prepare("SELECT entity, action FROM audit_log ORDER BY id").all()).toEqual([
      { entity: "pakn", action: "tao" },
      { entity: "pakn", action: "sua" },
      { entity: "satisfaction_ratings", action: "tao" },
      { entity: "satisfaction_ratings", action: "tao" },
      { entity: "pakn", action: "xoa" },
    ]);
    ctx.store.close();
  });
});
